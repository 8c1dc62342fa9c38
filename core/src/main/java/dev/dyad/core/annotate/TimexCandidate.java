package dev.dyad.core.annotate;

import java.util.Objects;

/**
 * A time expression as SUTime found it, already in article offsets: span, text, TIMEX3 type
 * (DATE, TIME, DURATION, SET), value ("2023-12-08", "XXXX-WXX-2", may be empty) and alternative
 * value ("2023 INTERSECT P9M", may be empty). The bridge between CoreNLP's Timex and
 * {@link TimeNormalizer}, so the normalizer can be tested without loading CoreNLP.
 */
record TimexCandidate(int start, int end, String text, String type, String value, String altValue) {
  TimexCandidate {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(altValue, "altValue");
  }
}
