package dev.dyad.core.annotate;

import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.TimeMention;
import dev.dyad.core.model.TimeMention.Kind;
import dev.dyad.core.model.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one sentence's time expressions into {@link TimeMention}s: Dyad's own {@link DateRules}
 * first (day ranges, spans of months), then SUTime's readings of everything else, corrected where
 * SUTime is known to go wrong on news text.
 *
 * <p>Corrections: bare ordinals ("its 9th session") are not dates; a weekday or a month named
 * without a year takes its year from the tense of the governing verb ({@link Tense}, "arrived on
 * Sunday" → the Sunday before, "will meet on Tuesday" → the Tuesday after); "last year" is a
 * PERIOD; without a document date, anything whose year the text does not name stays
 * RELATIVE_UNRESOLVED rather than getting an invented year.
 *
 * <p>Immutable and thread-safe; one instance per document date.
 */
final class TimeNormalizer {
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_NAME = Pattern.compile("\\b(January|February|March|April|May"
      + "|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept"
      + "|Sep|Oct|Nov|Dec)\\b\\.?");
  private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern RELATIVE_WORD = Pattern.compile(
      "\\b(last|next|this|previous|coming|past|current|ago)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE_YEAR = Pattern.compile(
      "(?:the\\s+)?(?:last|this|next|current|past|previous|coming)\\s+year", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL = Pattern.compile("(?:\\d{1,2}(?:st|nd|rd|th)|(?:twenty-|thirty-)?"
      + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
      + "|\\w+teenth|twentieth|thirtieth))", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRST_MONTHS_ALT = Pattern.compile("(\\d{4}) INTERSECT P(\\d{1,2})M");

  private final Optional<LocalDate> docDate;

  TimeNormalizer(Optional<LocalDate> docDate) {
    this.docDate = docDate;
  }

  /**
   * The time mentions of one sentence, in text order.
   *
   * @param text the sentence text (input)
   * @param offset where {@code text} starts in the article (input)
   * @param tokens the sentence's tokens, in article offsets (input)
   * @param candidates SUTime's expressions in the sentence, in article offsets (input)
   */
  List<TimeMention> normalize(String text, int offset, List<Token> tokens,
      List<TimexCandidate> candidates) {
    List<TimeMention> out = new ArrayList<>();
    List<DateRules.Match> rules = DateRules.find(text);
    for (DateRules.Match r : rules) {
      out.add(fromRule(r, text, offset, tokens));
    }
    for (TimexCandidate c : candidates) {
      boolean claimed = rules.stream()
          .anyMatch(r -> c.start() < offset + r.end() && offset + r.start() < c.end());
      if (!claimed) {
        fromSutime(c, tokens).ifPresent(out::add);
      }
    }
    out.sort(Comparator.comparingInt(TimeMention::start));
    return List.copyOf(out);
  }

  private TimeMention fromRule(DateRules.Match r, String text, int offset, List<Token> tokens) {
    int start = offset + r.start();
    int end = offset + r.end();
    String span = text.substring(r.start(), r.end());
    Tense tense = Tense.governing(tokens, start, end);
    Kind kind = r.days() ? Kind.RANGE : Kind.PERIOD;
    int y1;
    int y2;
    switch (r.yearSource()) {
      case EXPLICIT -> {
        y2 = r.year();
        y1 = r.startYear() != 0 ? r.startYear() : r.month1() <= r.month2() ? y2 : y2 - 1;
      }
      case RELATIVE -> {
        if (docDate.isEmpty()) {
          return unresolved(start, end, span, r);
        }
        y1 = y2 = docDate.get().getYear() + r.year();
      }
      default -> {
        if (docDate.isEmpty()) {
          return unresolved(start, end, span, r);
        }
        LocalDate doc = docDate.get();
        y1 = r.days()
            ? DateAnchor.monthDay(doc, r.month1(), r.day1(), tense).getYear()
            : DateAnchor.periodYear(doc, r.month2(), tense) - (r.month1() <= r.month2() ? 0 : 1);
        y2 = r.month1() <= r.month2() ? y1 : y1 + 1;
      }
    }
    Optional<PartialDate> from = date(y1, r.month1(), r.day1());
    Optional<PartialDate> to = date(y2, r.month2(), r.day2());
    if (from.isEmpty() || to.isEmpty() || from.get().compareTo(to.get()) > 0) {
      return unresolved(start, end, span, r); // "31 February", or a range running backwards
    }
    return mention(start, end, span, from.get(), to, kind);
  }

  private Optional<TimeMention> fromSutime(TimexCandidate c, List<Token> tokens) {
    String text = c.text();
    if (c.type().equals("DURATION") || c.type().equals("SET")) {
      return Optional.empty(); // "three days", "every year": no calendar date
    }
    if (ORDINAL.matcher(text).matches()) {
      return Optional.empty(); // "its 9th session": SUTime reads the ordinal as a day of month
    }
    String value = c.value();
    if (value.isEmpty()) {
      Matcher m = FIRST_MONTHS_ALT.matcher(c.altValue());
      if (m.matches() && Integer.parseInt(m.group(2)) <= 12) {
        int y = Integer.parseInt(m.group(1));
        return Optional.of(mention(c.start(), c.end(), text, PartialDate.ofMonth(y, 1),
            Optional.of(PartialDate.ofMonth(y, Integer.parseInt(m.group(2)))), Kind.PERIOD));
      }
      return Optional.of(unresolved(c, c.altValue().isEmpty() ? text : c.altValue()));
    }
    boolean namesYear = YEAR.matcher(text).find();
    boolean relative = RELATIVE_WORD.matcher(text).find();
    Tense tense = Tense.governing(tokens, c.start(), c.end());

    Matcher weekday = WEEKDAY.matcher(text);
    if (weekday.find() && !MONTH_NAME.matcher(text).find() && !DIGIT.matcher(text).find()
        && !relative) {
      if (docDate.isEmpty()) {
        return Optional.of(unresolved(c, value));
      }
      // Resolved here, not by SUTime, whose answer for a weekday without tense differs between runs.
      DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
      LocalDate d = DateAnchor.weekday(docDate.get(), day, tense);
      return Optional.of(mention(c.start(), c.end(), text, PartialDate.of(d), Optional.empty(), Kind.POINT));
    } else if (MONTH_NAME.matcher(text).find() && !namesYear && !relative) {
      Optional<int[]> md = TimexValues.monthDay(value);
      if (md.isPresent()) {
        int month = md.get()[0];
        int day = md.get()[1];
        if (docDate.isEmpty()) {
          return Optional.of(unresolved(c, value));
        }
        LocalDate doc = docDate.get();
        if (day > java.time.Month.of(month).maxLength()) {
          return Optional.of(unresolved(c, value));
        }
        if (day > 0) {
          LocalDate d = DateAnchor.monthDay(doc, month, day, tense);
          return Optional.of(mention(c.start(), c.end(), text, PartialDate.of(d), Optional.empty(),
              Kind.POINT));
        }
        int fallbackYear = value.startsWith("X") ? doc.getYear() : Integer.parseInt(value.substring(0, 4));
        YearMonth ym = DateAnchor.month(doc, month, tense, fallbackYear);
        return Optional.of(mention(c.start(), c.end(), text,
            PartialDate.ofMonth(ym.getYear(), ym.getMonthValue()), Optional.empty(), Kind.POINT));
      }
    }
    Optional<TimexValues.Resolved> read = TimexValues.read(value);
    if (read.isEmpty()) {
      if (value.endsWith("_REF")) {
        return Optional.empty(); // "now", "recently", "in the future"
      }
      return Optional.of(unresolved(c, value));
    }
    TimexValues.Resolved r = read.get();
    Kind kind = r.kind();
    if (kind == Kind.POINT && RELATIVE_YEAR.matcher(text.strip()).matches()
        && r.from().precision() == PartialDate.Precision.YEAR) {
      kind = Kind.PERIOD; // "last year" is the span of trade figures, not a point
    }
    return Optional.of(mention(c.start(), c.end(), text, r.from(), r.to(), kind));
  }

  private static Optional<PartialDate> date(int year, int month, int day) {
    try {
      return Optional.of(new PartialDate(year, month, day));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static TimeMention mention(int start, int end, String text, PartialDate from,
      Optional<PartialDate> to, Kind kind) {
    String value = from + to.map(t -> "/" + t).orElse("");
    return new TimeMention(start, end, text, Optional.of(from), to, kind, value);
  }

  private static TimeMention unresolved(TimexCandidate c, String value) {
    return new TimeMention(c.start(), c.end(), c.text(), Optional.empty(), Optional.empty(),
        Kind.RELATIVE_UNRESOLVED, value);
  }

  private static TimeMention unresolved(int start, int end, String text, DateRules.Match r) {
    String value = r.days()
        ? String.format("XXXX-%02d-%02d/XXXX-%02d-%02d", r.month1(), r.day1(), r.month2(), r.day2())
        : String.format("XXXX-%02d/XXXX-%02d", r.month1(), r.month2());
    return new TimeMention(start, end, text, Optional.empty(), Optional.empty(),
        Kind.RELATIVE_UNRESOLVED, value);
  }
}
