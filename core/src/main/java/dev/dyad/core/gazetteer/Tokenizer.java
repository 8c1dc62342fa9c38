package dev.dyad.core.gazetteer;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The splitter that cuts text into folded {@link Token}s with their offsets in the original text.
 *
 * <p>A word is a run of letters, digits and combining marks; everything else (spaces, hyphens,
 * dashes, dots, apostrophes, brackets) separates words, so "Vietnam-Belarus" is two words and
 * "Côte d'Ivoire" three. Dotted initials ("U.S.", "D.P.R.K.") are one word, dots included in the
 * span. Folding is ICU's {@code Any-Latin; Latin-ASCII} (which turns Đ into D, where stripping
 * accents does not) and then lower case. Thread-safe.
 */
final class Tokenizer {

  private static final int CACHE_LIMIT = 50_000;

  /** Folded forms of non-ASCII words: transliteration costs microseconds, a lookup nanoseconds. */
  private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

  // Transliterator instances are not documented as thread-safe; one per thread is cheap.
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private Tokenizer() {}

  /** The words of {@code text}, in order. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 1);
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int end = initialsEnd(text, i);
      if (end < 0) {
        end = i + 1;
        while (end < n && isWordChar(text.charAt(end))) {
          end++;
        }
      }
      String raw = text.substring(i, end);
      String folded = fold(raw);
      if (!folded.isEmpty()) {
        out.add(new Token(i, end, raw, folded));
      }
      i = end;
    }
    return out;
  }

  /** The folded words of a name, joined by single spaces: the key names are stored under. */
  static String key(String name) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens(name)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.folded());
    }
    return sb.toString();
  }

  /** One word folded: ASCII letters and digits only, lower case. */
  static String fold(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 128;
    }
    if (ascii) {
      return keepAlnum(word.toLowerCase(Locale.ROOT));
    }
    String cached = FOLDED.get(word);
    if (cached != null) {
      return cached;
    }
    String folded = keepAlnum(TO_ASCII.get().transliterate(word).toLowerCase(Locale.ROOT));
    if (FOLDED.size() >= CACHE_LIMIT) {
      FOLDED.clear();
    }
    FOLDED.put(word, folded);
    return folded;
  }

  private static String keepAlnum(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
          char d = s.charAt(j);
          if ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')) {
            sb.append(d);
          }
        }
        return sb.toString();
      }
    }
    return s;
  }

  static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** End of dotted initials such as "U.S." starting at {@code i}, or -1 if there are none. */
  private static int initialsEnd(String text, int i) {
    int n = text.length();
    int j = i;
    int count = 0;
    while (j + 1 < n && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
        && (j == i || text.charAt(j - 1) == '.')) {
      count++;
      j += 2;
      if (j < n && Character.isLetter(text.charAt(j)) && j + 1 < n && isWordChar(text.charAt(j + 1))) {
        break;
      }
    }
    return count >= 2 ? j : -1;
  }
}
