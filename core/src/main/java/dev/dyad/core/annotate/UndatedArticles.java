package dev.dyad.core.annotate;

import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an article that states no publication date from its own references, and then resolves
 * the times it left open. The latest date with a year ("in October 2024") bounds the publication
 * from below; a day without a year ("on April 24") is taken at its first occurrence after that
 * bound, and the publication is placed in the month of the latest day so found — month precision,
 * never a guessed day. Without such a day the article stays undated (a later, cross-article step
 * may date it). Relative references ("earlier this month", "last year", "the first nine months of
 * this year") are then resolved against that month. In an article dated only to the month, day
 * words ("on Wednesday", "yesterday") are kept to that month.
 */
public final class UndatedArticles {
  private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?(?:/XXXX-(\\d{2})(?:-(\\d{2}))?)?");
 private static final Pattern DAY_WORDS = Pattern.compile(
      "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight|week)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile("THIS P1([MY])(?: OFFSET P(-?\\d+)[MY])?");

  private UndatedArticles() {}

  public static AnnotatedArticle infer(AnnotatedArticle article) {
    if (article.article().published().isPresent()) {
      return coarsenDayWords(article);
    }
    Optional<LocalDate> bound = article.sentences().stream().flatMap(s -> s.times().stream())
        .filter(TimeMention::isResolved).map(t -> t.to().orElse(t.from().get()).latest())
        .max(LocalDate::compareTo);
    if (bound.isEmpty()) {
      return article;
    }
    LocalDate latestDay = null;
    for (Sentence s : article.sentences()) {
      for (TimeMention t : s.times()) {
        Matcher m = MONTH_DAY.matcher(t.value());
        if (!t.isResolved() && m.matches() && m.group(2) != null) {
          LocalDate day = firstOnOrAfter(bound.get(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
          if (latestDay == null || day.isAfter(latestDay)) {
            latestDay = day;
          }
        }
      }
    }
    if (latestDay == null) {
      return article;
    }
    PartialDate published = PartialDate.ofMonth(latestDay.getYear(), latestDay.getMonthValue());
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<TimeMention> times = s.times().stream().map(t -> t.isResolved() ? t : resolve(t, bound.get(), published)).toList();
      sentences.add(new Sentence(s.start(), s.end(), s.text(), s.lineNumber(), s.tokens(), s.entities(), times));
    }
    var clean = new dev.dyad.core.model.CleanArticle(article.article().withPublished(Optional.of(published)),
        article.clean().lines());
    return new AnnotatedArticle(clean, sentences);
  }

  /**
   * An article dated only to the month (or year) cannot place "on Wednesday" or "yesterday" on a
   * day: such expressions keep only what is known, the publication's month (or year).
   */
  private static AnnotatedArticle coarsenDayWords(AnnotatedArticle article) {
    PartialDate published = article.article().published().get();
    if (published.precision() == PartialDate.Precision.DAY) {
      return article;
    }
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<TimeMention> times = s.times().stream().map(t -> DAY_WORDS.matcher(t.text()).find()
          ? new TimeMention(t.start(), t.end(), t.text(), Optional.of(published), Optional.empty(),
              TimeMention.Kind.POINT, t.value())
          : t).toList();
      sentences.add(new Sentence(s.start(), s.end(), s.text(), s.lineNumber(), s.tokens(), s.entities(), times));
    }
    return new AnnotatedArticle(article.clean(), sentences);
  }

  private static TimeMention resolve(TimeMention t, LocalDate bound, PartialDate published) {
    Matcher m = MONTH_DAY.matcher(t.value());
    if (m.matches()) {
      PartialDate from = at(bound, published, m.group(1), m.group(2));
      Optional<PartialDate> to = m.group(3) == null ? Optional.empty() : Optional.of(at(bound, published, m.group(3), m.group(4)));
      TimeMention.Kind kind = to.isEmpty() ? TimeMention.Kind.POINT
          : from.precision() == PartialDate.Precision.DAY ? TimeMention.Kind.RANGE : TimeMention.Kind.PERIOD;
      if (to.isPresent() && to.get().earliest().isBefore(from.earliest())) {
        return t;
      }
      return new TimeMention(t.start(), t.end(), t.text(), Optional.of(from), to, kind, t.value());
    }
    Matcher r = RELATIVE.matcher(t.value());
    if (r.matches()) {
      int offset = r.group(2) == null ? 0 : Integer.parseInt(r.group(2));
      PartialDate d = r.group(1).equals("M")
          ? PartialDate.of(published.earliest().plusMonths(offset)).withMonthPrecision()
          : PartialDate.ofYear(published.year() + offset);
      return new TimeMention(t.start(), t.end(), t.text(), Optional.of(d), Optional.empty(),
          r.group(1).equals("Y") && offset != 0 ? TimeMention.Kind.PERIOD : TimeMention.Kind.POINT, t.value());
    }
    return t;
  }

  /** A month(-day) in the year that puts it on or after the bound for days, near the publication for months. */
  private static PartialDate at(LocalDate bound, PartialDate published, String month, String day) {
    int mo = Integer.parseInt(month);
    if (day != null) {
      return PartialDate.of(firstOnOrAfter(bound, mo, Integer.parseInt(day)));
    }
    int year = mo <= published.month() ? published.year() : published.year() - 1;
    return PartialDate.ofMonth(year, mo);
  }

  private static LocalDate firstOnOrAfter(LocalDate bound, int month, int day) {
    LocalDate d = LocalDate.of(bound.getYear(), month, Math.min(day, 28)).withDayOfMonth(day);
    return d.isBefore(bound) ? d.plusYears(1) : d;
  }
}
