package dev.dyad.core.ingest;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Problem;
import dev.dyad.core.model.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader for plain text files: one article per file, its text kept verbatim.
 *
 * <p>The article id is the file name without its extension and the text is the decoded file,
 * unchanged, so that line numbers and character offsets stay those of the file. An optional first
 * line {@code " date 2023-12-09"} (a space, "date", an ISO date, then anything) gives the
 * publication date; the line stays in the text. No title: a later stage finds it.
 *
 * <p>Example: {@code " date 2023-12-09 VIETNAM, December 9 -\n\nHÀ NỘI – ..."} in {@code
 * 000_c84a.txt} gives id {@code 000_c84a}, published 2023-12-09, and the whole text. A date line
 * whose date cannot be read ({@code " date 2023-13-45"}) gives a problem on line 1 and an article
 * without a date.
 */
public final class TextArticleReader implements ArticleReader {

  /** " date", then maybe blanks and a token, then a blank or the end of the line. */
  private static final Pattern DATE_LINE =
      Pattern.compile("^ date(?:[ \\t]+(\\S*))?(?=[ \\t\\r\\n]|$)");

  @Override
  public String format() {
    return "text";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("txt", "text");
  }

  /** Accepts any text: plain text is the fallback when no other format fits. */
  @Override
  public boolean accepts(SourceText source) {
    return true;
  }

  @Override
  public ReadResult read(SourceText source) {
    String text = source.text();
    if (text.isBlank()) {
      return ReadResult.failed(Problem.of(source.location(), "empty file"));
    }
    List<Problem> problems = new ArrayList<>();
    Optional<PartialDate> published = Optional.empty();
    Matcher m = DATE_LINE.matcher(text);
    if (m.lookingAt()) {
      String token = m.group(1) == null ? "" : m.group(1);
      published = PartialDate.parse(token);
      if (published.isEmpty()) {
        problems.add(
            new Problem(
                source.location(),
                1,
                "date line without a valid date: \"" + m.group()
                    + "\" (expected \" date YYYY-MM-DD\")"));
      }
    }
    Article article =
        new Article(source.baseName(), source.location(), Optional.empty(), published, text);
    return new ReadResult(List.of(article), problems);
  }
}
