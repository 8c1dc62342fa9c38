package dev.dyad.core.extract;

import dev.dyad.core.resolve.NameKey;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the bilateral instruments an article reports as signed, exchanged, approved or in force
 * ({@link InstrumentPhrases}), with their parties ({@link AgreementParties}) and dates: the date
 * after "took effect" or "entered into force" is the effective date; otherwise the sentence's
 * first date after the verb, else the nearest before it, is the signing date, unless the verb is
 * a plan ("will be signed"). The countries are the article's dyad. One record per title per article.
 *
 * <p>Pure and thread-safe.
 */
public final class AgreementExtractor {
  private static final Set<String> FINITE_VERBS = Set.of("VBD", "VBZ", "VBP", "MD");
  private final InstrumentPhrases phrases = new InstrumentPhrases();
  private final AgreementParties parties;
  private final Pattern effect = ExtractResource.words("agreement-effect-triggers.txt");

  public AgreementExtractor(Gazetteer gazetteer) {
    this.parties = new AgreementParties(gazetteer);
  }

  public List<Agreement> extract(AnnotatedArticle article, ArticleDyad dyad) {
    Map<String, Agreement> byKey = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      List<DateSpan> dates = SentenceDates.points(s);
      Evidence quote = SentenceQuote.of(article, s);
      Set<Integer> verbs = s.tokens().stream().filter(t -> FINITE_VERBS.contains(t.pos()))
          .map(t -> t.start() - s.start()).collect(Collectors.toSet());
      for (InstrumentPhrases.Phrase p : phrases.find(s.text(), dates, verbs)) {
        Optional<PartialDate> effective = effectiveDate(s.text(), dates, p);
        Optional<PartialDate> signed = p.future() || p.triggerStart() < 0
            ? Optional.empty() : signedDate(s.text(), dates, p, effective);
        Agreement a = new Agreement(p.title(), Optional.of(p.kind()), dyad.countries(),
            parties.of(p.title(), s.text()), signed, effective, List.of(quote));
        // an article names a pair's free trade agreement in several ways ("the FTA", "the X-Y FTA")
        String key = p.kind().equals("free_trade_agreement") ? p.kind() : NameKey.of(p.title());
        byKey.merge(key, a, AgreementExtractor::merge);
      }
    }
    return List.copyOf(byKey.values());
  }

  private Optional<PartialDate> effectiveDate(String text, List<DateSpan> dates, InstrumentPhrases.Phrase p) {
    Matcher m = effect.matcher(text);
    while (m.find()) {
      if (m.start() >= p.start()) {
        int after = m.end();
        return dates.stream().filter(d -> d.start() >= after && d.to().isEmpty()).findFirst().map(DateSpan::from);
      }
    }
    return Optional.empty();
  }

  private static Optional<PartialDate> signedDate(
      String text, List<DateSpan> dates, InstrumentPhrases.Phrase p, Optional<PartialDate> effective) {
    List<DateSpan> points = dates.stream()
        .filter(d -> d.to().isEmpty() && !(d.start() >= p.start() && d.end() <= p.end()))
        .filter(d -> effective.map(e -> !e.equals(d.from())).orElse(true))
        .toList();
    Optional<DateSpan> after = points.stream().filter(d -> d.start() >= p.triggerEnd()).findFirst();
    if (after.isPresent()) {
      return after.map(DateSpan::from);
    }
    DateSpan before = null;
    for (DateSpan d : points) {
      if (d.end() <= p.triggerStart()) {
        before = d;
      }
    }
    return Optional.ofNullable(before).map(DateSpan::from);
  }

  private static Agreement merge(Agreement a, Agreement b) {
    List<Evidence> ev = new ArrayList<>(a.evidence());
    b.evidence().stream().filter(e -> !ev.contains(e)).forEach(ev::add);
    List<String> parties = a.parties().isEmpty() ? b.parties() : a.parties();
    return new Agreement(a.title(), a.kind(), a.countries(), parties, a.signed().or(b::signed),
        a.effective().or(b::effective), ev);
  }
}
