package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.gazetteer.GazetteerMatch;
import dev.dyad.core.gazetteer.MatchType;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sentence with what the extractors look up in it: its tokens, and the gazetteer's matches
 * moved to article offsets. {@code index} is the sentence's position in the article; {@code headline}
 * marks a title, where capitals do not mark names.
 */
record SentenceContext(int index, Sentence sentence, List<GazetteerMatch> places, boolean headline) {

  static SentenceContext of(int index, Sentence sentence, Gazetteer gazetteer, boolean headline) {
    List<GazetteerMatch> shifted = new ArrayList<>();
    for (GazetteerMatch m : gazetteer.find(sentence.text())) {
      shifted.add(new GazetteerMatch(m.type(), m.start() + sentence.start(), m.end() + sentence.start(),
          m.text(), m.value(), m.ambiguous()));
    }
    return new SentenceContext(index, sentence, List.copyOf(shifted), headline);
  }

  List<Token> tokens() {
    return sentence.tokens();
  }

  /** Index of the first token starting at or after {@code offset}, or the token count. */
  int tokenAt(int offset) {
    List<Token> t = tokens();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).start() >= offset) {
        return i;
      }
    }
    return t.size();
  }

  /** Index of the last token ending at or before {@code offset}, or -1. */
  int tokenBefore(int offset) {
    List<Token> t = tokens();
    for (int i = t.size() - 1; i >= 0; i--) {
      if (t.get(i).end() <= offset) {
        return i;
      }
    }
    return -1;
  }

  /** The gazetteer match of the given types that covers the offset, if any. */
  Optional<GazetteerMatch> matchAt(int offset, MatchType... types) {
    for (GazetteerMatch m : places) {
      if (m.start() <= offset && offset < m.end() && List.of(types).contains(m.type())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  List<GazetteerMatch> matches(MatchType type) {
    return places.stream().filter(m -> m.type() == type).toList();
  }

  /** The article text between two offsets inside this sentence. */
  String between(int from, int to) {
    int s = sentence.start();
    return sentence.text().substring(Math.max(0, from - s), Math.max(0, Math.min(sentence.text().length(), to - s)));
  }
}
