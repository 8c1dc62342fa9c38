package dev.dyad.core.extract;

import dev.dyad.core.model.EventType;
import java.util.Optional;

/**
 * Words in a sentence that report an event: its type and subtype, and the tokens
 * {@code [first, last]} they span ("paid an official visit" → VISIT/official).
 */
record Trigger(EventType type, Optional<String> subtype, int first, int last) {}
