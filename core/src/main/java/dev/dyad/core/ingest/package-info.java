/**
 * Ingest, the first stage: files in, {@link dev.dyad.core.model.Article}s and problems out.
 *
 * <p>The story of one file: {@link dev.dyad.core.ingest.ArticleSources} finds it (directories are
 * walked, sorted, hidden files skipped), {@link dev.dyad.core.ingest.SourceDecoder} turns its bytes
 * into text or refuses them (missing, empty, too large, binary, unknown encoding), and the
 * {@link dev.dyad.core.ingest.ArticleReader} whose {@code accepts} takes the text reads it:
 * {@link dev.dyad.core.ingest.JsonLinesArticleReader} for feeds, {@link
 * dev.dyad.core.ingest.HtmlArticleReader} for web pages, and {@link
 * dev.dyad.core.ingest.TextArticleReader}, the fallback, for the rest. Formats are told by
 * content; the file extension only breaks ties.
 *
 * <p>Contracts: bad input never throws, it becomes a {@link dev.dyad.core.model.Problem} naming the
 * source (and line) next to whatever could still be read. Plain text is kept verbatim, so offsets
 * into {@link dev.dyad.core.model.Article#text()} are offsets into the file's characters. Missing
 * metadata (no date) is not a problem; malformed metadata (a date that is no date) is. The stage
 * knows the model and nothing downstream of it.
 */
package dev.dyad.core.ingest;
