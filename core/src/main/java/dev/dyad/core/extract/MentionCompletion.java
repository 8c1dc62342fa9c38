package dev.dyad.core.extract;

import dev.dyad.core.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the person mentions CoreNLP and the title rule miss: a family name standing alone after the
 * full name was given ("Hang paid a courtesy call", after "Deputy Minister Le Thi Thu Hang"), and
 * a sentence opening with "He" or "She", which continues the previous sentence's first-named
 * person ("For his part, PM X highlighted ... He informed his host ...").
 */
final class MentionCompletion {
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("He", "She");
  private static final Set<String> GROUP_NOUNS = Set.of("leader", "president", "minister", "official", "premier",
      "counterpart", "foreign minister", "head", "chancellor");

  private MentionCompletion() {}

  static void complete(List<SentenceContext> sentences, Map<Integer, List<PersonMention>> mentions) {
    Map<String, PersonMention> fullNames = new java.util.HashMap<>();
    mentions.values().forEach(list -> list.stream().filter(m -> NameWords.keyWords(m.name()).size() >= 2)
        .forEach(m -> fullNames.putIfAbsent(NameWords.familyWord(m.name()), m)));
    for (SentenceContext s : sentences) {
      List<PersonMention> here = new ArrayList<>(mentions.get(s.index()));
      Set<Integer> covered = new HashSet<>();
      here.forEach(m -> covered.addAll(tokensOf(s, m)));
      List<Token> t = s.tokens();
      for (int k = 0; k < t.size(); k++) {
        Token tok = t.get(k);
        if (covered.contains(k) || !tok.pos().startsWith("NNP") || s.matchAt(tok.start(),
            dev.dyad.core.gazetteer.MatchType.CITY, dev.dyad.core.gazetteer.MatchType.COUNTRY).isPresent()) {
          continue; // "Minh" in "Ho Chi Minh City" is the city, not a person named Minh
        }
        PersonMention full = fullNames.get(NameWords.fold(tok.word()));
        if (full != null && !s.headline()) {
          here.add(new PersonMention(s.index(), tok.start(), tok.end(), tok.word(), full.country(),
              Optional.empty(), Optional.empty(), false));
        }
      }
      // "Burhan visited Libya where he met with ...": a pronoun after a named person is that person.
      List<PersonMention> named = List.copyOf(here);
      for (int k = 1; k < t.size(); k++) {
        Token pronoun = t.get(k);
        if (pronoun.word().equals("they")) {
          List<PersonMention> before = named.stream().filter(m -> m.end() <= pronoun.start()).toList();
          if (before.size() >= 2) {
            before.forEach(m -> here.add(new PersonMention(s.index(), pronoun.start(), pronoun.end(), m.name(),
                m.country(), Optional.empty(), Optional.empty(), false)));
          }
          continue;
        }
        if (!Set.of("he", "she").contains(pronoun.word())) {
          continue;
        }
        PersonMention antecedent = null;
        for (PersonMention m : named) {
          if (m.end() <= pronoun.start()) {
            antecedent = m;
          }
        }
        if (antecedent != null) {
          here.add(new PersonMention(s.index(), pronoun.start(), pronoun.end(), antecedent.name(),
              antecedent.country(), Optional.empty(), Optional.empty(), false));
        }
      }
      if (!t.isEmpty() && SUBJECT_PRONOUNS.contains(t.get(0).word()) && s.index() > 0) {
        List<PersonMention> previous = mentions.get(s.index() - 1);
        if (!previous.isEmpty()) {
          PersonMention antecedent = previous.get(0);
          here.add(new PersonMention(s.index(), t.get(0).start(), t.get(0).end(), antecedent.name(),
              antecedent.country(), Optional.empty(), Optional.empty(), false));
        }
      }
      addGroupReference(s, t, mentions, here);
      addOfficeReferences(s, mentions, here);
      here.sort((a, b) -> Integer.compare(a.start(), b.start()));
      mentions.put(s.index(), inheritInLists(s, here));
    }
  }

  /**
   * "The two leaders co-chaired ...", "Both leaders witnessed ...": the people of the
   * last sentence (of the three before) that named two or more.
   */
  private static void addGroupReference(SentenceContext s, List<Token> t, Map<Integer, List<PersonMention>> mentions,
      List<PersonMention> here) {
    for (int k = 0; k + 1 < t.size(); k++) {
      // "the two (top) leaders", "both leaders", "The leaders ..."
      int noun;
      if (t.get(k).word().equalsIgnoreCase("the") && t.get(k + 1).word().equalsIgnoreCase("two") && k + 2 < t.size()) {
        noun = k + 2;
      } else if (t.get(k).word().equalsIgnoreCase("both")) {
        noun = k + 1;
      } else if (k == 0 && t.get(k).word().equals("The") && t.get(k + 1).pos().equals("NNS")) {
        noun = k + 1; // "The leaders witnessed ...", opening the sentence
      } else {
        continue;
      }
      int head = t.get(noun).pos().startsWith("JJ") && noun + 1 < t.size() ? noun + 1 : noun;
      // a plural noun: "both leaders", not "both President X and Prime Minister Y"
      if (!GROUP_NOUNS.contains(t.get(head).lemma().toLowerCase(java.util.Locale.ROOT)) || !t.get(head).pos().equals("NNS")) {
        continue;
      }
      for (int back = s.index() - 1; back >= Math.max(0, s.index() - 3); back--) {
        List<PersonMention> earlier = mentions.get(back);
        if (earlier != null && earlier.size() >= 2) {
          for (PersonMention m : earlier) {
            here.add(new PersonMention(s.index(), t.get(k).start(), t.get(head).end(), m.name(), m.country(),
                Optional.empty(), Optional.empty(), false));
          }
          return;
        }
      }
    }
  }

  /**
   * "the Russian foreign minister arrived ...", "the Belarusian PM": an office named with a country
   * but no name is the person the article names elsewhere with that office and country.
   */
  private static void addOfficeReferences(SentenceContext s, Map<Integer, List<PersonMention>> mentions,
      List<PersonMention> here) {
    for (dev.dyad.core.gazetteer.GazetteerMatch office : s.matches(dev.dyad.core.gazetteer.MatchType.OFFICE)) {
      boolean named = here.stream().anyMatch(m -> m.start() >= office.start() && s.tokenAt(m.start()) - s.tokenAt(office.end()) <= 3);
      Optional<String> country = PersonMentionFinder.countryBefore(s, office.start());
      if (named || country.isEmpty()) {
        continue;
      }
      dev.dyad.core.gazetteer.Office wanted = (dev.dyad.core.gazetteer.Office) office.value();
      List<PersonMention> holders = mentions.values().stream().flatMap(List::stream)
          .filter(m -> m.country().equals(country) && m.officeValue().isPresent())
          .filter(m -> m.officeValue().get().title().equals(wanted.title())
              && m.officeValue().get().portfolios().equals(wanted.portfolios()))
          .toList();
      if (!holders.isEmpty() && holders.stream().map(m -> NameWords.familyWord(m.name())).distinct().count() == 1) {
        PersonMention holder = holders.get(0);
        here.add(new PersonMention(s.index(), office.start(), office.end(), holder.name(), holder.country(),
            holder.office(), holder.officeValue(), false));
      }
    }
  }

  /** "Ethiopian President X, Prime Minister Y and ...": a list shares the first item's country. */
  private static List<PersonMention> inheritInLists(SentenceContext s, List<PersonMention> here) {
    List<PersonMention> out = new ArrayList<>(here);
    for (int i = 1; i < out.size(); i++) {
      PersonMention prev = out.get(i - 1);
      PersonMention m = out.get(i);
      int officeStart = m.office().map(o -> s.sentence().text().lastIndexOf(o, m.start() - s.sentence().start()))
          .filter(at -> at >= 0).map(at -> at + s.sentence().start()).orElse(m.start());
      if (officeStart <= prev.end()) {
        continue;
      }
      String between = s.between(prev.end(), officeStart).strip();
      if (m.country().isEmpty() && prev.country().isPresent() && m.office().isPresent()
          && (between.equals(",") || between.equals("and") || between.equals(", and"))) {
        out.set(i, m.withCountry(prev.country()));
      }
    }
    return out;
  }

  private static Set<Integer> tokensOf(SentenceContext s, PersonMention m) {
    Set<Integer> out = new HashSet<>();
    for (int k = s.tokenAt(m.start()); k <= s.tokenBefore(m.end()); k++) {
      out.add(k);
    }
    return out;
  }
}
