package dev.dyad.core.clean;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.Line;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.PartialDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels every line of an article as body, title, standfirst, caption, credit, meta, boilerplate,
 * teaser or blank, and marks repeated lines so they are read once.
 *
 * <p>The rules are general, not per outlet. In order: what a line is by itself (an image file
 * name, a share bar, a caption, a dateline); the regions opened by markers ("See more" opens the
 * teasers of other stories, "Comments" a run of boilerplate); the header before the first line of
 * running prose (title, standfirst, metadata, breadcrumbs); credits after the last line of prose;
 * and repeats (a caption printed twice, a standfirst repeated as the first paragraph).
 *
 * <p>Thread-safe and stateless: the same article always gets the same labels.
 */
public final class LineLabeler {
  /** The metadata prefix of Dyad's plain-text articles: {@code " date 2023-12-09"}. */
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*date \\d{4}-\\d{2}-\\d{2}\\b\\s*");
  private static final Pattern IMAGE_FILE = Pattern.compile("^\\S+\\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_ONLY = Pattern.compile("^(?:https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BREADCRUMB = Pattern.compile("\\S\\s+[>»›/]\\s+\\S");
  private static final Pattern QUOTES = Pattern.compile("[\"“”‘’']");
  private static final int MAX_SHORT_WORDS = 14;
  private static final int STANDFIRST_WINDOW = 3;
  private static final long FOREIGN_DATE_DAYS = 7;

  private final CleaningRules rules;

  public LineLabeler() {
    this(CleaningRules.standard());
  }

  LineLabeler(CleaningRules rules) {
    this.rules = rules;
  }

  public CleanArticle label(Article article) {
    return new Labelling(article).run();
  }

  /** The state of labelling one article; one instance per call. */
  private final class Labelling {
    private final Article article;
    private final List<Line> lines;
    private final int n;
    private final LineLabel[] label;
    private final LineLabel[] opensRegion;
    private final int[] contentStart;
    private final String[] content;
    private final String[] normalized;
    private final int[] duplicateOf;

    Labelling(Article article) {
      this.article = article;
      this.lines = article.lines();
      this.n = lines.size();
      this.label = new LineLabel[n];
      this.opensRegion = new LineLabel[n];
      this.contentStart = new int[n];
      this.content = new String[n];
      this.normalized = new String[n];
      this.duplicateOf = new int[n];
    }

    CleanArticle run() {
      splitMetadataPrefixes();
      labelIntrinsically();
      labelRegions();
      int bodyStart = firstProse();
      labelHeader(bodyStart);
      markRepeats(bodyStart);
      labelBody(bodyStart);
      List<LabelledLine> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(new LabelledLine(lines.get(i), label[i], contentStart[i], duplicateOf[i]));
      }
      return new CleanArticle(article, out);
    }

    private void splitMetadataPrefixes() {
      for (int i = 0; i < n; i++) {
        Line line = lines.get(i);
        int skip = 0;
        if (line.number() <= 2) {
          Matcher m = DATE_PREFIX.matcher(line.text());
          if (m.find()) {
            skip = m.end();
          }
        }
        contentStart[i] = line.start() + skip;
        content[i] = line.text().substring(skip);
        normalized[i] = LineText.normalize(content[i]);
        if (content[i].isBlank()) {
          label[i] = skip > 0 ? LineLabel.META : LineLabel.BLANK;
        }
      }
    }

    /** What a line is by itself, whatever its position. */
    private void labelIntrinsically() {
      boolean teaserPending = false;
      boolean captionPending = false;
      for (int i = 0; i < n; i++) {
        if (label[i] != null) {
          continue;
        }
        String raw = content[i].strip();
        String norm = normalized[i];
        Optional<LineLabel> region = rules.blockMarker(norm);
        Optional<String> inlinePrefix = rules.inlineTeaserPrefix(raw);
        // "RELATED:" links one story inline; "Related" alone opens a block of them.
        if (inlinePrefix.isPresent()) {
          boolean bare = raw.substring(inlinePrefix.get().length()).isBlank();
          label[i] = bare ? LineLabel.BOILERPLATE : LineLabel.TEASER;
          teaserPending = bare;
          continue;
        } else if (region.isPresent()) {
          opensRegion[i] = region.get();
          label[i] = LineLabel.BOILERPLATE;
        } else if (teaserPending) {
          label[i] = LineLabel.TEASER;
        } else if (IMAGE_FILE.matcher(raw).matches()) {
          label[i] = LineLabel.BOILERPLATE;
          captionPending = true;
          continue;
        } else if (URL_ONLY.matcher(raw).matches() || !LineText.hasLetterOrDigit(raw)
            || rules.boilerplateLines().matches(norm) || rules.isNavigation(norm)) {
          label[i] = LineLabel.BOILERPLATE;
        } else if (captionPending || rules.looksLikeCaption(raw)) {
          label[i] = LineLabel.CAPTION;
        } else if (isShort(raw) && DateLines.mentionsDateOrTime(raw) && !isShortSentence(raw)) {
          label[i] = LineLabel.META;
        } else if (norm.equals("by") || norm.endsWith(" by")) {
          label[i] = LineLabel.META;
        } else if (norm.startsWith("by ") && isShort(raw)) {
          label[i] = LineLabel.CREDIT;
        }
        teaserPending = false;
        captionPending = false;
      }
    }

    /** A marker line labels every line after it with its region until the next marker. */
    private void labelRegions() {
      LineLabel region = null;
      for (int i = 0; i < n; i++) {
        if (opensRegion[i] != null) {
          region = opensRegion[i];
        } else if (region != null && label[i] != LineLabel.BLANK) {
          label[i] = region;
        }
      }
    }

    /** The index of the first line of running prose not yet labelled, or n. */
    private int firstProse() {
      for (int i = 0; i < n; i++) {
        if (label[i] == null && LineText.isSentenceLike(content[i])) {
          return i;
        }
      }
      return n;
    }

    private void labelHeader(int bodyStart) {
      Optional<PartialDate> published = article.published();
      int title = -1;
      for (int i = 0; i < bodyStart; i++) {
        if (label[i] == LineLabel.META && published.isPresent() && isForeignDate(content[i], published.get())) {
          label[i] = LineLabel.BOILERPLATE; // the site's own "today", not the article's date
        }
        if (label[i] != null) {
          continue;
        }
        if (isShort(content[i]) && BREADCRUMB.matcher(content[i]).find() || repeatsAnotherLineWithPrefix(i)) {
          label[i] = LineLabel.BOILERPLATE;
        } else if (title < 0 && LineText.isHeadingLike(content[i])) {
          label[i] = LineLabel.TITLE;
          title = i;
        } else if (title >= 0 && LineText.isHeadingLike(content[i]) && LineText.wordCount(content[i]) >= 5) {
          label[i] = LineLabel.STANDFIRST;
        } else {
          label[i] = LineLabel.META;
        }
      }
      if (title >= 0) {
        for (int i = title + 1; i < n; i++) {
          if (normalized[i].equals(normalized[title])) {
            label[i] = LineLabel.TITLE;
            duplicateOf[i] = lines.get(title).number();
          }
        }
      }
    }

    /** Lines printed twice are read once; an unlabelled line printed twice is a caption. */
    private void markRepeats(int bodyStart) {
      for (int i = 0; i < n; i++) {
        if (label[i] == LineLabel.BLANK || duplicateOf[i] != 0 || normalized[i].isEmpty()) {
          continue;
        }
        for (int j = 0; j < i; j++) {
          if (normalized[j].equals(normalized[i]) && label[j] != LineLabel.BLANK) {
            duplicateOf[i] = lines.get(j).number();
            if (label[i] == null && (label[j] == null || label[j] == LineLabel.CAPTION)) {
              label[i] = LineLabel.CAPTION;
              label[j] = LineLabel.CAPTION;
            }
            break;
          }
        }
      }
      markStandfirst(bodyStart);
    }

    /** An opening paragraph repeated, reworded at its start, by a later one is a standfirst. */
    private void markStandfirst(int bodyStart) {
      int seen = 0;
      for (int i = bodyStart; i < n && seen < STANDFIRST_WINDOW; i++) {
        if (label[i] != null) {
          continue;
        }
        seen++;
        for (int j = i + 1; j < n; j++) {
          if (label[j] == null && Repeats.mostlyContainedIn(content[i], content[j])) {
            label[i] = LineLabel.STANDFIRST;
            duplicateOf[i] = lines.get(j).number();
            break;
          }
        }
      }
    }

    /** After the last line of prose, short all-caps or "by" lines are credits ("VNA"). */
    private void labelBody(int bodyStart) {
      int lastProse = -1;
      for (int i = bodyStart; i < n; i++) {
        if (label[i] == null && LineText.isSentenceLike(content[i])) {
          lastProse = i;
        }
      }
      for (int i = bodyStart; i < n; i++) {
        if (label[i] != null) {
          continue;
        }
        boolean credit = i > lastProse && isShort(content[i]) && !QUOTES.matcher(content[i]).find()
            && (LineText.isAllCaps(content[i]) && LineText.wordCount(content[i]) <= 5
                || normalized[i].matches(".*\\bby\\b.*") && LineText.wordCount(content[i]) <= 8);
        label[i] = credit ? LineLabel.CREDIT : LineLabel.BODY;
      }
    }

    /** "News World Some headline" where "Some headline" is another line: a breadcrumb trail. */
    private boolean repeatsAnotherLineWithPrefix(int i) {
      for (int j = 0; j < n; j++) {
        if (j != i && LineText.wordCount(normalized[j]) >= 3 && normalized[i].length() > normalized[j].length()
            && normalized[i].endsWith(" " + normalized[j])) {
          return true;
        }
      }
      return false;
    }

    private boolean isForeignDate(String text, PartialDate published) {
      return DateLines.firstFullDate(text)
          .map(d -> Math.abs(ChronoUnit.DAYS.between(d.earliest(), published.earliest())) > FOREIGN_DATE_DAYS)
          .orElse(false);
    }
  }

  /** "X met Y on March 3.": a short paragraph of prose, not a dateline, even though it names a day. */
  private static boolean isShortSentence(String s) {
    String t = s.strip();
    return LineText.wordCount(t) >= 6 && (t.endsWith(".") || t.endsWith("!") || t.endsWith("?"));
  }

  private static boolean isShort(String s) {
    return LineText.wordCount(s) <= MAX_SHORT_WORDS && s.strip().length() <= 120;
  }
}
