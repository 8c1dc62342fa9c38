package dev.dyad.core.model;

/**
 * What a line of an article is. Content lines ({@link #isContent()}) are read for facts;
 * the others are kept for the record but never annotated.
 */
public enum LineLabel {
  BODY(true),
  TITLE(true),
  STANDFIRST(true),
  /** A photo caption: content, since a signing may be known only from its caption. */
  CAPTION(true),
  /** Author, agency or photo credit ("VNA", "By Lee Haye-ah"). */
  CREDIT(false),
  /** Datelines, timestamps and other metadata ("December 17, 2024 - 17:01"). */
  META(false),
  /** Navigation, share widgets, "See more", image file names. */
  BOILERPLATE(false),
  /** Headlines and blurbs of other stories printed after the article. */
  TEASER(false),
  BLANK(false);

  private final boolean content;

  LineLabel(boolean content) {
    this.content = content;
  }

  public boolean isContent() {
    return content;
  }

  /** The name used in the export ("boilerplate"). */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
