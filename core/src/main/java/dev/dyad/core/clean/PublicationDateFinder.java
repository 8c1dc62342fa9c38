package dev.dyad.core.clean;

import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.PartialDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when an article was published: from its source's metadata, else from a dateline or
 * timestamp line before the text ("December 17, 2024 - 17:01"), else from the dateline that opens
 * the first paragraph ("CAIRO – 29 February 2024: ..."). Empty when none gives a full date;
 * inferring a date from the article's other references is a later stage's job.
 */
public final class PublicationDateFinder {
  /** The dateline of a first paragraph: its opening words up to a dash or colon. */
  private static final Pattern OPENING_DATELINE = Pattern.compile("^(.{3,80}?)(?:\\s[–—-]{1,2}\\s|:\\s)");

  public Optional<PartialDate> find(CleanArticle clean) {
    if (clean.article().published().isPresent()) {
      return clean.article().published();
    }
    for (LabelledLine line : clean.lines()) {
      if (line.label() == LineLabel.META) {
        Optional<PartialDate> d = DateLines.firstFullDate(line.content());
        if (d.isPresent()) {
          return d;
        }
      }
      if (line.label() == LineLabel.BODY) {
        Matcher m = OPENING_DATELINE.matcher(line.content());
        return m.find() ? DateLines.firstFullDate(m.group(1)) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
