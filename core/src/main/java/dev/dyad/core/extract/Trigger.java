package dev.dyad.core.extract;

import dev.dyad.core.model.EventType;
import java.util.Optional;

/**
 * Words in a sentence that report an event: its type and subtype, the tokens {@code [first, last]}
 * they span ("paid an official visit" → VISIT/official), and whether the person right after them
 * is a party to it ("received the minister", "visiting Prime Minister X").
 */
record Trigger(EventType type, Optional<String> subtype, int first, int last, boolean takesObject) {

  /** The family the scorer and the merger treat alike: meetings, calls and consultations are encounters. */
  String family() {
    return switch (type) {
      case MEETING, CALL, CONSULTATION -> "ENCOUNTER";
      default -> type.name();
    };
  }
}
