package dev.dyad.core.gazetteer;

/**
 * One word of a text: its span {@code [start, end)} in the original text, the word as written and
 * its folded form ("Việt" → "viet", "U.S." → "us").
 */
record Token(int start, int end, String raw, String folded) {

  /** True when the word begins with a capital letter (also true for all-caps words). */
  boolean capitalised() {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
      }
    }
    return false;
  }

  /** The letters and digits of the word as written, without dots or apostrophes. */
  String letters() {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
