package dev.dyad.core.ingest;

import dev.dyad.core.model.ReadResult;
import java.util.List;

/**
 * Turns the bytes of one source into articles. One implementation per format (plain text, HTML,
 * JSON Lines). A reader never throws on bad input: what it cannot read comes back as a
 * {@link dev.dyad.core.model.Problem} naming the source (and line) and the reason.
 * Implementations are stateless and thread-safe.
 */
public interface ArticleReader {

  /** The format's name as shown in messages ("text", "html", "jsonl"). */
  String format();

  /**
   * File name extensions usual for the format, without the dot ("html", "htm"). Used only to break
   * ties when more than one reader accepts a source's content.
   */
  default List<String> fileExtensions() {
    return List.of();
  }

  /**
   * Whether the decoded text looks like this reader's format. Decided by content first; the file
   * name is a hint only.
   */
  boolean accepts(SourceText source);

  /** Reads the articles of one source. */
  ReadResult read(SourceText source);
}
