package dev.dyad.core.annotate;

import dev.dyad.core.model.EntityMention;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.TimeMention;
import dev.dyad.core.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Converts one CoreNLP sentence into a Dyad {@link Sentence}, once: this is the only place that
 * reads CoreNLP's annotation map, and nothing of CoreNLP is reachable from what it returns.
 */
final class SentenceConverter {
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private final String articleText;
  private final TextMap map;
  private final TimeNormalizer times;

  SentenceConverter(String articleText, TextMap map, TimeNormalizer times) {
    this.articleText = articleText;
    this.map = map;
    this.times = times;
  }

  Sentence convert(CoreMap sentence) {
    int docBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int docEnd = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    int start = map.begin(docBegin);
    int end = map.end(docEnd);
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String ner = t.ner() == null ? "O" : t.ner();
      String lemma = t.lemma() == null ? t.word() : t.lemma();
      tokens.add(new Token(t.originalText(), lemma, t.tag(), ner,
          map.begin(t.beginPosition()), map.end(t.endPosition())));
    }
    List<EntityMention> entities = new ArrayList<>();
    List<TimexCandidate> candidates = new ArrayList<>();
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
      String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      List<CoreLabel> mTokens = m.get(CoreAnnotations.TokensAnnotation.class);
      // entity mentions also carry pronouns ("he", "his") whose tokens are tagged O: not entities
      if (type == null || mTokens.isEmpty() || !type.equals(mTokens.get(0).ner())) {
        continue;
      }
      int ms = map.begin(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
      int me = map.end(m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      entities.add(new EntityMention(type, ms, me, articleText.substring(ms, me)));
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex != null && TIME_TYPES.contains(type)) {
        addCandidate(candidates, timex, ms, me);
      }
    }
    List<TimeMention> timeMentions =
        times.normalize(articleText.substring(start, end), start, tokens, candidates);
    return new Sentence(start, end, articleText.substring(start, end), map.lineNumber(docBegin),
        tokens, entities, timeMentions);
  }

  /**
   * Adds SUTime's expression, merging it with the previous one when both are parts of the same
   * TIMEX ("Sunday" DATE + "evening" TIME are one expression "Sunday evening").
   */
  private void addCandidate(List<TimexCandidate> out, Timex timex, int start, int end) {
    String value = timex.value() == null ? "" : timex.value();
    String alt = timex.altVal() == null ? "" : timex.altVal();
    String type = timex.timexType() == null ? "DATE" : timex.timexType();
    if (!out.isEmpty()) {
      TimexCandidate last = out.get(out.size() - 1);
      boolean adjacent = articleText.substring(last.end(), start).isBlank();
      if (adjacent && last.value().equals(value) && last.altValue().equals(alt)) {
        out.set(out.size() - 1, new TimexCandidate(last.start(), end,
            articleText.substring(last.start(), end), last.type(), value, alt));
        return;
      }
    }
    out.add(new TimexCandidate(start, end, articleText.substring(start, end), type, value, alt));
  }
}
