package dev.dyad.core.model;

/** The kinds of bilateral events Dyad records (see the export format). */
public enum EventType {
  /** A delegation travels to another country. */
  VISIT,
  /** A reception, talks, a courtesy call or a meeting in person. */
  MEETING,
  /** A phone or video call. */
  CALL,
  /** A session of a standing bilateral mechanism (political consultation, joint commission...). */
  CONSULTATION,
  /** An agreement, programme or memorandum is signed. */
  SIGNING,
  /** Material assistance. */
  AID
}
