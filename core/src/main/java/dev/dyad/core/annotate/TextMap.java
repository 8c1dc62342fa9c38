package dev.dyad.core.annotate;

import dev.dyad.core.model.LabelledLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The text handed to CoreNLP for some readable lines, and the map from its offsets back to the
 * article's. Line contents are joined with a blank line ("\n\n") so that, with
 * {@code ssplit.newlineIsSentenceBreak=always}, no sentence crosses a line.
 *
 * <p>Example: lines 3 (content at 20, "Talks held.") and 5 (content at 40, "Ties grew.") give
 * "Talks held.\n\nTies grew."; document offset 13 ("T" of "Ties") maps to article offset 40.
 */
final class TextMap {
  static final String SEPARATOR = "\n\n";

  /** A line's content at [docStart, docStart + length) of the document and at articleStart of the article. */
  private record Segment(int docStart, int articleStart, int length, int lineNumber) {}

  private final String text;
  private final List<Segment> segments;

  private TextMap(String text, List<Segment> segments) {
    this.text = text;
    this.segments = List.copyOf(segments);
  }

  /** Joins the non-blank contents of {@code lines} (all readable, in order). */
  static TextMap of(List<LabelledLine> lines) {
    StringBuilder sb = new StringBuilder();
    List<Segment> segments = new ArrayList<>();
    for (LabelledLine l : lines) {
      String content = l.content();
      if (content.isBlank()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(SEPARATOR);
      }
      segments.add(new Segment(sb.length(), l.contentStart(), content.length(), l.number()));
      sb.append(content);
    }
    return new TextMap(sb.toString(), segments);
  }

  String text() {
    return text;
  }

  boolean isEmpty() {
    return segments.isEmpty();
  }

  /** The article offset of document offset {@code begin}, the start of a span. */
  int begin(int begin) {
    Segment s = segmentOf(begin);
    return s.articleStart() + (begin - s.docStart());
  }

  /** The article offset of document offset {@code end}, the (exclusive) end of a non-empty span. */
  int end(int end) {
    return begin(end - 1) + 1;
  }

  /** The number of the line holding document offset {@code begin}. */
  int lineNumber(int begin) {
    return segmentOf(begin).lineNumber();
  }

  private Segment segmentOf(int offset) {
    int lo = 0;
    int hi = segments.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (segments.get(mid).docStart() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    Segment s = segments.get(lo);
    if (offset < s.docStart() || offset >= s.docStart() + s.length()) {
      throw new IllegalStateException("offset " + offset
          + " lies between lines: CoreNLP returned a span across the line separator");
    }
    return s;
  }
}
