package dev.dyad.core.gazetteer;

/** A thing a gazetteer name resolves to: a {@link Country}, a {@link Place} or an {@link Office}. */
public sealed interface GazetteerValue permits Country, Place, Office {}
