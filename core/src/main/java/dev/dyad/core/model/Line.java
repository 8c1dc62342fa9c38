package dev.dyad.core.model;

/**
 * One line of an article's text: its 1-based number and the character span it covers
 * (without the line break).
 */
public record Line(int number, int start, int end, String text) {
  public Line {
    if (number < 1 || start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("bad line " + number + " [" + start + "," + end + ")");
    }
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
