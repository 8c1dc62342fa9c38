package dev.dyad.core.gazetteer;

import java.util.List;

/**
 * One name as stored in the name trie: what it is, what it resolves to, the form as written in
 * the data, and the rules for matching it in running text.
 *
 * @param value what the name resolves to; {@code null} only for {@link Kind#EXCLUDED} names
 * @param capitals for each word of {@code form}, whether it is written with a capital there
 * @param exactCase the form has no lower-case letters ("US", "DPRK"), so only that case matches
 * @param secondary another entry of the same kind owns this name first ("Congolese" → COD)
 */
record NameEntry(
    Kind kind,
    GazetteerValue value,
    String form,
    List<Boolean> capitals,
    boolean ambiguous,
    boolean exactCase,
    boolean secondary) {

  /** Kinds in order of precedence when one name has several entries. */
  enum Kind {
    EXCLUDED,
    COUNTRY,
    DEMONYM,
    COMBINING,
    CITY
  }

  NameEntry {
    capitals = List.copyOf(capitals);
  }

  static NameEntry of(Kind kind, GazetteerValue value, String form, boolean ambiguous,
      boolean secondary, boolean caseFlag) {
    List<Token> words = Tokenizer.tokens(form);
    List<Boolean> capitals = words.stream().map(Token::capitalised).toList();
    boolean hasLower = form.chars().anyMatch(Character::isLowerCase);
    boolean exactCase = caseFlag || (!hasLower && form.chars().anyMatch(Character::isLetter));
    return new NameEntry(kind, value, form, capitals, ambiguous, exactCase, secondary);
  }

  MatchType matchType() {
    return switch (kind) {
      case COUNTRY -> MatchType.COUNTRY;
      case DEMONYM, COMBINING -> MatchType.DEMONYM;
      case CITY -> MatchType.CITY;
      case EXCLUDED -> throw new IllegalStateException("excluded names are never reported");
    };
  }

  /** Whether words {@code [from, to)} of a text, as written there, may be this name. */
  boolean acceptsCase(List<Token> tokens, int from, int to) {
    if (exactCase) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i < to; i++) {
        sb.append(tokens.get(i).letters());
      }
      return sb.toString().equals(lettersOf(form));
    }
    if (!tokens.get(from).capitalised()) {
      return false;
    }
    for (int i = from + 1; i < to && i - from < capitals.size(); i++) {
      if (capitals.get(i - from) && !tokens.get(i).capitalised()) {
        return false;
      }
    }
    return true;
  }

  private static String lettersOf(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
