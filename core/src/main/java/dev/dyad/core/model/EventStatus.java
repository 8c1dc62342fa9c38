package dev.dyad.core.model;

/** Whether an event took place or is announced. */
public enum EventStatus {
  OCCURRED,
  PLANNED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
