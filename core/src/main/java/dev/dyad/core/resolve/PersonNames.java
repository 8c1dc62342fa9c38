package dev.dyad.core.resolve;

import dev.dyad.core.internal.NameFolding;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Compares personal names written in different forms: diacritics ("Trọng" = "Trong"), short forms
 * ("Golovchenko" = "Roman Golovchenko"), initials ("R. Golovchenko") and name order ("Khrenin Viktor
 * Gennadievich" = "Viktor Khrenin"). Two names are the same person's when the words of the shorter
 * are all in the longer and an initial, if any, agrees.
 */
public final class PersonNames {

  private static final int RESPELL_MIN_WORDS = 3;
  private static final int RESPELL_MIN_LETTERS = 4;

  private PersonNames() {}

  public static boolean same(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    Set<String> small = wa.size() <= wb.size() ? wa : wb;
    Set<String> large = small == wa ? wb : wa;
    if (!large.containsAll(small) && !oneWordRespelled(small, large)) {
      return false;
    }
    Character initial = initial(small == wa ? a : b);
    return initial == null || large.stream().anyMatch(w -> w.charAt(0) == initial && !small.contains(w));
  }

  /**
   * "Luis Inácio Lula da Silva" = "Luiz Inacio Lula da Silva": in names of three words or more,
   * one word may be spelled with one letter changed, added or dropped (never its first).
   */
  private static boolean oneWordRespelled(Set<String> small, Set<String> large) {
    if (small.size() < RESPELL_MIN_WORDS) {
      return false;
    }
    java.util.List<String> missing = small.stream().filter(w -> !large.contains(w)).toList();
    return missing.size() == 1 && large.stream().anyMatch(w -> !small.contains(w) && oneEditApart(missing.get(0), w));
  }

  private static boolean oneEditApart(String a, String b) {
    if (a.length() < RESPELL_MIN_LETTERS || b.length() < RESPELL_MIN_LETTERS || a.charAt(0) != b.charAt(0)
        || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  /** The form with more words, or the longer one. */
  public static String fuller(String a, String b) {
    int wa = words(a).size();
    int wb = words(b).size();
    return wb > wa || wb == wa && b.length() > a.length() ? b : a;
  }

  /** Folded name words of two letters or more. */
  public static Set<String> words(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : NameFolding.fold(name).split("[^a-z0-9]+")) {
      if (w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }

  private static Character initial(String name) {
    for (String w : name.split("\\s+")) {
      if (w.matches("\\p{Lu}\\.")) {
        return NameFolding.fold(w).charAt(0);
      }
    }
    return null;
  }
}
