package dev.dyad.core.gazetteer;

/** The kind of an {@link Office}: who holds it in a state's order of precedence. */
public enum OfficeKind {
  HEAD_OF_STATE,
  PARTY_LEADER,
  HEAD_OF_GOVERNMENT,
  MINISTER,
  DEPUTY_MINISTER,
  AMBASSADOR,
  ENVOY,
  LEGISLATURE,
  REGIONAL,
  MILITARY,
  ROYAL,
  OTHER
}
