package dev.dyad.core.clean;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text measures of one line that the labelling rules share: normalised form, words, shape. */
final class LineText {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s•·*|>»\\-–—:]+");
  private static final Pattern TRAILING_JUNK = Pattern.compile("[\\s•·*|<«\\-–—:.,!]+$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*\\s*$|[\"”’]\\s*$");

  private LineText() {}

  /** Lower case, NFKC, single spaces, without bullets, pipes and punctuation at either end. */
  static String normalize(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    t = SPACES.matcher(t).replaceAll(" ");
    t = LEADING_JUNK.matcher(t).replaceAll("");
    return TRAILING_JUNK.matcher(t).replaceAll("").strip();
  }

  static int wordCount(String s) {
    int n = 0;
    var m = WORD.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }

  static boolean hasLetterOrDigit(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** A line of running prose: long enough and closed like a sentence, or simply long. */
  static boolean isSentenceLike(String s) {
    int words = wordCount(s);
    return words >= 25 || (words >= 10 && SENTENCE_END.matcher(s).find());
  }

  /** A headline: a few words, not closed with a full stop. */
  static boolean isHeadingLike(String s) {
    int words = wordCount(s);
    String t = s.strip();
    return words >= 3 && words <= 30 && !t.endsWith(".") && !t.endsWith(":");
  }

  /** Letters present and none of them lower case ("VNA", "MINISTRY OF FOREIGN AFFAIRS"). */
  static boolean isAllCaps(String s) {
    boolean letters = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letters;
  }
}
