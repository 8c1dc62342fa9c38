package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.Statistic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bilateral figures: an amount of money ({@link MoneyAmounts}) or a growth rate ("grew by
 * 4.5%") after a word saying what it measures ("two-way trade", "exports") and with a period
 * ("last year", "the first half of 2021", "between March and June 2019"). The period is the first
 * one after the amount and before the next, else the nearest before it; "the same period of
 * 2020" takes the months of the period named before. Amounts restated in another currency in
 * brackets, goals ("aim to raise trade to $5bn") and figures without a period are left out.
 *
 * <p>Pure and thread-safe.
 */
public final class StatisticExtractor {
  private static final int MAX_TRIGGER_WORDS = 15;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,%-]*");
  private static final Pattern SAME_PERIOD = Pattern.compile("(?i)\\b(?:same|corresponding) period\\b");
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?(?:%|percent\\b|per cent\\b)");

  private final MoneyAmounts amounts = new MoneyAmounts();
  private final List<Map.Entry<Pattern, String>> metrics;
  private final Pattern targets;
  private final Map<String, String> growthVerbs = ExtractResource.table("statistic-growth-verbs.tsv");
  private final Pattern growth;

  /** A figure found in one sentence, before it is tied to a pair. */
  record Figure(String metric, double value, String unit, String period) {}

  public StatisticExtractor() {
    this.metrics = ExtractResource.table("statistic-metrics.tsv").entrySet().stream()
        .map(e -> Map.entry(Pattern.compile("(?i)\\b" + e.getKey() + "\\b"), e.getValue())).toList();
    this.targets = Pattern.compile("(?i)\\b" + ExtractResource.alternation(ResourceLines.lines("/extract/statistic-target-markers.txt")) + "\\b");
    this.growth = Pattern.compile("(?i)\\b(" + ExtractResource.alternation(List.copyOf(growthVerbs.keySet()))
        + ")(?: by)? " + PERCENT.pattern());
  }

  public List<Statistic> extract(AnnotatedArticle article, ArticleDyad dyad) {
    Map<String, Statistic> out = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      for (Figure f : find(s.text(), SentenceDates.periods(s, article.article().published()))) {
        String key = f.metric() + f.value() + f.unit() + f.period();
        out.putIfAbsent(key, new Statistic(f.metric(), dyad.countries(), f.value(), f.unit(), f.period(),
            List.of(SentenceQuote.of(article, s))));
      }
    }
    return List.copyOf(out.values());
  }

  /** The figures of one sentence, given its periods. */
  List<Figure> find(String text, List<DateSpan> periods) {
    List<Span> spans = new ArrayList<>();
    for (MoneyAmounts.Amount a : amounts.find(text)) {
      if (!a.restated()) {
        spans.add(new Span(a.start(), a.end(), a.value(), a.unit(), false));
      }
    }
    Matcher g = growth.matcher(text);
    while (g.find()) {
      String verb = g.group(1).toLowerCase();
      int sign = growthVerbs.entrySet().stream().filter(e -> verb.matches(e.getKey()))
          .map(e -> Integer.parseInt(e.getValue())).findFirst().orElse(1);
      spans.add(new Span(g.start(2), g.end(), sign * Double.parseDouble(g.group(2)), "%", true));
    }
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Figure> out = new ArrayList<>();
    Optional<DateSpan> previous = Optional.empty();
    for (int i = 0; i < spans.size(); i++) {
      Span sp = spans.get(i);
      int limit = i + 1 < spans.size() ? spans.get(i + 1).start() : text.length();
      Optional<String> metric = metric(text, sp.start());
      Optional<DateSpan> period = after(periods, sp.end(), limit);
      Optional<String> iso;
      if (period.isPresent() && previous.isPresent()
          && SAME_PERIOD.matcher(text.substring(sp.end(), period.get().start())).find()) {
        iso = sameMonths(previous.get(), period.get());
      } else {
        period = period.or(() -> before(periods, sp.start()));
        iso = period.filter(StatisticExtractor::isPeriod).map(DateSpan::iso);
      }
      previous = period.or(() -> Optional.empty());
      if (metric.isEmpty() || iso.isEmpty() || isGoal(text, sp.start())) {
        continue;
      }
      String m = sp.growth() ? metric.get().replace("_turnover", "") + "_growth" : metric.get();
      out.add(new Figure(m, sp.value(), sp.unit(), iso.get()));
    }
    return out;
  }

  private record Span(int start, int end, double value, String unit, boolean growth) {}

  /** The metric named nearest before {@code pos}, within fifteen words. */
  private Optional<String> metric(String text, int pos) {
    int best = -1;
    String metric = null;
    for (Map.Entry<Pattern, String> e : metrics) {
      Matcher m = e.getKey().matcher(text.substring(0, pos));
      while (m.find()) {
        if (m.end() > best && words(text, m.end(), pos) <= MAX_TRIGGER_WORDS) {
          best = m.end();
          metric = e.getValue();
        }
      }
    }
    return Optional.ofNullable(metric);
  }

  private boolean isGoal(String text, int pos) {
    int from = Math.max(0, pos - 40);
    return targets.matcher(text.substring(from, pos)).find();
  }

  private static Optional<DateSpan> after(List<DateSpan> periods, int from, int limit) {
    return periods.stream().filter(d -> d.start() >= from && d.end() <= limit).findFirst();
  }

  private static Optional<DateSpan> before(List<DateSpan> periods, int pos) {
    DateSpan best = null;
    for (DateSpan d : periods) {
      if (d.end() <= pos) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isPeriod(DateSpan d) {
    return d.from().precision() != PartialDate.Precision.DAY;
  }

  /** "the same period of 2023" after "January-October 2024": January-October 2023. */
  private static Optional<String> sameMonths(DateSpan previous, DateSpan year) {
    if (previous.to().isEmpty() || previous.from().month() == 0) {
      return Optional.of(year.iso());
    }
    int y = year.from().year();
    return Optional.of(PartialDate.ofMonth(y, previous.from().month()) + "/"
        + PartialDate.ofMonth(y, previous.to().get().month()));
  }

  private static int words(String text, int from, int to) {
    Matcher w = WORD.matcher(text);
    w.region(from, to);
    int n = 0;
    while (w.find()) {
      n++;
    }
    return n;
  }
}
