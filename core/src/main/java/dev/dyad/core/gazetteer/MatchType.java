package dev.dyad.core.gazetteer;

/** What a {@link GazetteerMatch} found. */
public enum MatchType {
  /** A country name: "Vietnam", "Republic of Belarus", "U.S.". */
  COUNTRY,
  /** An adjectival or demonymic form, or a combining form before a hyphen ("Sino-"). */
  DEMONYM,
  /** A capital or large city. */
  CITY,
  /** An office title. */
  OFFICE
}
