package dev.dyad.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;

/** The short, one-line reason to put in a problem about JSON that Jackson could not read. */
final class JsonReasons {

  private static final int MAX = 100;

  private JsonReasons() {}

  static String of(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String first = message.strip().lines().findFirst().orElse("");
    return first.length() <= MAX ? first : first.substring(0, MAX - 1) + "…";
  }
}
