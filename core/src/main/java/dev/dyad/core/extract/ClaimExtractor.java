package dev.dyad.core.extract;

import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.Claim;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what an article states about a pair's standing facts, as the text words it:
 * <ul>
 *   <li>{@code relations_established}: the date after "established diplomatic relations" or "the
 *       establishment of diplomatic relations" ("on 3 May 1971" → "1971-05-03"), or the year an
 *       anniversary counts from ("the 50th anniversary of diplomatic relations", published 2021 → "1971");
 *   <li>{@code legal_instruments_count}: the quantifier and number of a treaty base ("a legal
 *       framework of over 60 documents" → "over 60");
 *   <li>{@code locality_partnerships}: the clause counting twinned localities, numbers as digits;
 *   <li>{@code strategic_partnership_established}: the date after "strategic partnership established".
 * </ul>
 * Each claim is dated by the article's publication month. Pure and thread-safe.
 */
public final class ClaimExtractor {
  private static final int MAX_DATE_WORDS = 10;
  private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

  private final Pattern relations;
  private final Pattern partnershipKind;
  private final Pattern established;
  private final Pattern anniversary;
  private final Pattern instruments;
  private final Pattern instrumentContext;
  private final Pattern localities;
  private final Pattern partnership;
  private final Map<String, String> numberWords = ExtractResource.table("number-words.tsv");

  public ClaimExtractor() {
    Map<String, String> p = ExtractResource.table("claim-patterns.tsv");
    relations = compile(p, "relations");
    partnershipKind = compile(p, "partnership-kind");
    established = compile(p, "established");
    anniversary = compile(p, "anniversary");
    instruments = compile(p, "instruments");
    instrumentContext = compile(p, "instrument-context");
    localities = compile(p, "localities");
    partnership = compile(p, "partnership");
  }

  public List<Claim> extract(AnnotatedArticle article, ArticleDyad dyad) {
    Optional<PartialDate> published = article.article().published();
    Optional<PartialDate> asOf = published.map(d -> d.month() == 0 ? d : PartialDate.ofMonth(d.year(), d.month()));
    Map<String, Claim> out = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      for (Map.Entry<String, String> c : find(s.text(), SentenceDates.points(s), published)) {
        out.putIfAbsent(c.getKey() + "|" + c.getValue(), new Claim(c.getKey(), dyad.countries(), c.getValue(), asOf,
            List.of(SentenceQuote.of(article, s))));
      }
    }
    return List.copyOf(out.values());
  }

  /** The claims of one sentence as (kind, value) pairs. */
  List<Map.Entry<String, String>> find(String text, List<DateSpan> dates, Optional<PartialDate> published) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    established(relations, text, dates).or(() -> anniversary(text, published))
        .ifPresent(v -> out.add(Map.entry("relations_established", v)));
    established(partnershipKind, text, dates)
        .ifPresent(v -> out.add(Map.entry("strategic_partnership_established", v)));
    Matcher i = instruments.matcher(text);
    if (i.find() && instrumentContext.matcher(text).find()) {
      String q = i.group(1) == null ? "" : i.group(1).toLowerCase(Locale.ROOT) + " ";
      out.add(Map.entry("legal_instruments_count", q + i.group(2)));
    }
    String digits = digits(text);
    Matcher l = localities.matcher(digits);
    if (l.find() && partnership.matcher(digits).find()) {
      Matcher n = NUMBER.matcher(digits);
      if (n.find() && n.start() < l.end()) {
        int end = digits.indexOf('.', n.start());
        String clause = digits.substring(n.start(), end < 0 ? digits.length() : end).replaceAll("\\bout of\\b", "of");
        out.add(Map.entry("locality_partnerships", clause.strip()));
      }
    }
    return out;
  }

  private Optional<String> established(Pattern what, String text, List<DateSpan> dates) {
    Matcher r = what.matcher(text);
    while (r.find()) {
      String around = text.substring(Math.max(0, r.start() - 40), Math.min(text.length(), r.end() + 30));
      if (!established.matcher(around).find()) {
        continue;
      }
      int from = r.end();
      for (DateSpan d : dates) {
        if (d.start() >= from && d.to().isEmpty() && words(text.substring(from, d.start())) <= MAX_DATE_WORDS) {
          return Optional.of(d.from().toString());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> anniversary(String text, Optional<PartialDate> published) {
    Matcher a = anniversary.matcher(text);
    if (a.find() && published.isPresent()) {
      return Optional.of(String.valueOf(published.get().year() - Integer.parseInt(a.group(1))));
    }
    return Optional.empty();
  }

  private String digits(String text) {
    String out = text;
    for (Map.Entry<String, String> e : numberWords.entrySet()) {
      out = out.replaceAll("(?i)\\b" + e.getKey() + "\\b", e.getValue());
    }
    return out;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static Pattern compile(Map<String, String> table, String role) {
    String p = table.get(role);
    if (p == null) {
      throw new IllegalStateException("/extract/claim-patterns.tsv has no '" + role + "' row");
    }
    return Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
