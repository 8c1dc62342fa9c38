package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import dev.dyad.core.gazetteer.GazetteerMatch;
import dev.dyad.core.gazetteer.MatchType;
import dev.dyad.core.gazetteer.Office;
import dev.dyad.core.model.EntityMention;
import dev.dyad.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the people a sentence names, with the office and country it gives them. Two sources:
 * names right after an office title ("Belarusian Prime Minister Roman Golovchenko", "President
 * Cường", "Prime Minister of the Republic of Belarus Roman Golovchenko" — CoreNLP misses some of
 * these), and CoreNLP's PERSON mentions, whose office may follow as an apposition ("Bianca Ojo,
 * Nigeria's Minister of State for Foreign Affairs").
 */
final class PersonMentionFinder {
  private static final int MAX_NAME_WORDS = 5;
  private static final Set<String> FORMER = Set.of("then", "former", "ex", "ex-", "outgoing");
  private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "On", "In", "At", "For", "And", "But",
      "During", "After", "Before", "While", "His", "Her", "Their", "This", "That", "He", "She", "It", "They");
  private static final Set<String> NOT_NAME_WORDS = Set.copyOf(ResourceLines.lines("/extract/not-name-words.txt"));
  private static final Set<String> COUNTERPARTS = Set.of("counterpart", "host", "guest", "colleague");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "near", "from", "to");
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

  List<PersonMention> find(SentenceContext ctx) {
    boolean headline = ctx.headline();
    List<PersonMention> out = new ArrayList<>();
    for (GazetteerMatch office : ctx.matches(MatchType.OFFICE)) {
      titled(ctx, office, headline).ifPresent(m -> addUnlessOverlapping(out, m));
    }
    for (EntityMention e : ctx.sentence().entities()) {
      if (e.type().equals("PERSON")) {
        fromEntity(ctx, e).ifPresent(m -> addUnlessOverlapping(out, m));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** A name right after an office title, with the country before or after the title. */
  private Optional<PersonMention> titled(SentenceContext ctx, GazetteerMatch office, boolean headline) {
    List<Token> t = ctx.tokens();
    int j = ctx.tokenAt(office.end());
    Optional<String> country = countryBefore(ctx, office.start());
    String officeText = office.text();
    if (j < t.size() && Set.of("of", "to").contains(t.get(j).word())) {
      int k = j + 1 < t.size() && t.get(j + 1).word().equalsIgnoreCase("the") ? j + 2 : j + 1;
      Optional<GazetteerMatch> place = k < t.size()
          ? ctx.matchAt(t.get(k).start(), MatchType.COUNTRY) : Optional.empty();
      if (place.isEmpty() && t.get(j).word().equals("of")) {
        Optional<GazetteerMatch> demonym = k < t.size() ? ctx.matchAt(t.get(k).start(), MatchType.DEMONYM) : Optional.empty();
        if (demonym.isPresent()) {
          country = country.or(() -> demonym.get().iso3());
          int m = ctx.tokenAt(demonym.get().end());
          while (m < t.size() && Character.isUpperCase(t.get(m).word().codePointAt(0)) && !t.get(m).ner().equals("PERSON")) {
            m++; // "... of the Libyan Presidential Council Mohamed Al-Menfi"
          }
          j = m;
        }
      }
      if (place.isPresent()) {
        if (t.get(j).word().equals("of")) {
          country = country.or(() -> place.get().iso3());
        } else {
          officeText = officeText + " to " + place.get().text();
        }
        j = ctx.tokenAt(place.get().end());
        if (j < t.size() && t.get(j).word().equals(",")) {
          j++; // "Deputy Prime Minister of Russia, Denis Manturov"
        }
      }
    }
    // "MEA Secretary (East) Jaideep Mazumdar", "Minister for Foreign Affairs, Leopoldo Sahores"
    if (j + 2 < t.size() && t.get(j).word().equals("-LRB-") || j + 2 < t.size() && t.get(j).word().equals("(")) {
      int close = j;
      while (close < t.size() && close - j < 5 && !t.get(close).word().equals(")") && !t.get(close).word().equals("-RRB-")) {
        close++;
      }
      j = close < t.size() ? close + 1 : j;
    } else if (j + 1 < t.size() && t.get(j).word().equals(",")) {
      j++;
    }
    while (j < t.size() && NameWords.isHonorific(t.get(j).word())) {
      j++;
    }
    int end = nameEnd(ctx, j, headline);
    if (end <= j) {
      return Optional.empty();
    }
    int start = t.get(j).start();
    int stop = t.get(end - 1).end();
    Office value = (Office) office.value();
    return Optional.of(new PersonMention(ctx.index(), start, stop, ctx.between(start, stop), country,
        Optional.of(officeText), Optional.of(value), isFormer(ctx, office.start())));
  }

  /** The end (exclusive token index) of a personal name starting at token {@code from}. */
  private int nameEnd(SentenceContext ctx, int from, boolean headline) {
    List<Token> t = ctx.tokens();
    int i = from;
    int lastNameWord = from;
    while (i < t.size() && i - from < MAX_NAME_WORDS + 2) {
      Token tok = t.get(i);
      String w = tok.word();
      boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !NOT_NAMES.contains(w);
      boolean initial = w.matches("\\p{Lu}\\.");
      if (ctx.matchAt(tok.start(), MatchType.COUNTRY, MatchType.DEMONYM, MatchType.CITY, MatchType.OFFICE).isPresent()
          && !tok.ner().equals("PERSON")) {
        break;
      }
      if ((capitalised || initial) && (!headline || tok.ner().equals("PERSON"))) {
        i++;
        lastNameWord = i;
      } else if (i > from && isJoiningHyphen(t, i)) {
        i++; // "El-Sisi", "al-Burhan": the tokenizer splits the hyphen off
      } else if (i > from && NameWords.isParticle(w)) {
        i++;
      } else {
        break;
      }
    }
    return lastNameWord - from > MAX_NAME_WORDS ? from + MAX_NAME_WORDS : lastNameWord;
  }

  private static boolean isJoiningHyphen(List<Token> t, int i) {
    return (t.get(i).word().equals("-") || t.get(i).word().equals("‐")) && i + 1 < t.size()
        && t.get(i - 1).end() == t.get(i).start() && t.get(i).end() == t.get(i + 1).start()
        && Character.isUpperCase(t.get(i + 1).word().codePointAt(0));
  }

  /** A CoreNLP PERSON mention, unless it is really a place ("at Schloss X"); its office may follow it. */
  private Optional<PersonMention> fromEntity(SentenceContext ctx, EntityMention e) {
    if (ctx.matchAt(e.start(), MatchType.COUNTRY, MatchType.CITY, MatchType.DEMONYM, MatchType.OFFICE).isPresent()) {
      return Optional.empty();
    }
    int before = ctx.tokenBefore(e.start());
    if (before >= 0 && PLACE_PREPOSITIONS.contains(ctx.tokens().get(before).word())) {
      return Optional.empty();
    }
    String name = e.text();
    int start = e.start();
    int end = e.end();
    int next = ctx.tokenAt(end);
    while (next + 1 < ctx.tokens().size() && ctx.tokens().get(next).start() == end && isJoiningHyphen(ctx.tokens(), next)) {
      end = ctx.tokens().get(next + 1).end();
      next = next + 2;
    }
    for (String word : name.split(" ")) {
      if (!NameWords.isHonorific(word)) {
        break;
      }
      start += word.length() + 1;
    }
    if (start >= end || NameWords.keyWords(ctx.between(start, end)).isEmpty()) {
      return Optional.empty();
    }
    PersonMention m = new PersonMention(ctx.index(), start, end, ctx.between(start, end),
        countryBefore(ctx, start), Optional.empty(), Optional.empty(), false);
    return Optional.of(withAppositiveOffice(ctx, m));
  }

  /** "X, Nigeria's Minister of State for Foreign Affairs, ..." or "X, chairman of the Sudanese council". */
  private PersonMention withAppositiveOffice(SentenceContext ctx, PersonMention m) {
    List<Token> t = ctx.tokens();
    int i = ctx.tokenAt(m.end());
    if (i >= t.size() || !t.get(i).word().equals(",")) {
      return m;
    }
    for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
      Optional<GazetteerMatch> office = ctx.matchAt(t.get(k).start(), MatchType.OFFICE);
      if (office.isPresent()) {
        // "I. Petrov, a Russian trade envoy": the demonym anywhere in the apposition
        Optional<String> country = countryBefore(ctx, office.get().start())
            .or(() -> countryInPhrase(ctx, i + 1));
        return m.withOffice(office.get().text(), (Office) office.get().value(), isFormer(ctx, office.get().start()))
            .withCountry(country);
      }
      if (t.get(k).word().equals(",")) {
        break;
      }
    }
    return m;
  }

  /** The first country or demonym in the phrase from token {@code from} to the next comma. */
  private Optional<String> countryInPhrase(SentenceContext ctx, int from) {
    List<Token> t = ctx.tokens();
    for (int k = from; k < Math.min(t.size(), from + 10) && !t.get(k).word().equals(","); k++) {
      Optional<GazetteerMatch> g = ctx.matchAt(t.get(k).start(), MatchType.COUNTRY, MatchType.DEMONYM);
      if (g.isPresent()) {
        return g.get().iso3();
      }
    }
    return Optional.empty();
  }

  /**
   * "Belarusian Prime Minister", "Vietnam's Prime Minister", "US Secretary of State", and before a
   * name, "his Brazilian counterpart, X".
   */
  static Optional<String> countryBefore(SentenceContext ctx, int offset) {
    List<Token> t = ctx.tokens();
    int k = ctx.tokenBefore(offset);
    if (k >= 0 && t.get(k).word().equals(",")) {
      k--;
    }
    if (k >= 0 && COUNTERPARTS.contains(t.get(k).lemma().toLowerCase(Locale.ROOT))) {
      k--;
    } else if (k >= 0 && k < ctx.tokenBefore(offset)) {
      return Optional.empty(); // a comma not after "counterpart": another phrase
    }
    if (k >= 0 && POSSESSIVE.contains(t.get(k).word())) {
      k--;
    }
    // "Libyan National Unity Government Prime Minister X": the demonym opens the body's name.
    for (int steps = 0; k >= 0 && steps < 5; steps++, k--) {
      Optional<String> c = ctx.matchAt(t.get(k).start(), MatchType.DEMONYM, MatchType.COUNTRY).flatMap(GazetteerMatch::iso3);
      if (c.isPresent()) {
        return c;
      }
      if (!Character.isUpperCase(t.get(k).word().codePointAt(0))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "then Prime Minister", "former President", "then Belarusian Prime Minister". */
  private static boolean isFormer(SentenceContext ctx, int officeStart) {
    List<Token> t = ctx.tokens();
    int k = ctx.tokenBefore(officeStart);
    for (int steps = 0; k >= 0 && steps < 3; steps++, k--) {
      String w = t.get(k).word().toLowerCase(Locale.ROOT);
      if (FORMER.contains(w)) {
        return true;
      }
      if (ctx.matchAt(t.get(k).start(), MatchType.DEMONYM, MatchType.COUNTRY).isEmpty()
          && !POSSESSIVE.contains(w) && !w.equals("of") && !w.equals("the")) {
        return false;
      }
    }
    return false;
  }

  private static void addUnlessOverlapping(List<PersonMention> out, PersonMention m) {
    for (String w : m.name().split("[\\s-]+")) {
      if (NOT_NAME_WORDS.contains(w)) {
        return;
      }
    }
    for (PersonMention o : out) {
      if (m.start() < o.end() && o.start() < m.end()) {
        return;
      }
    }
    out.add(m);
  }
}
