package dev.dyad.app.profile;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON mapper for output that may end up near HTML: {@code < > & '} are written as
 * {@code \\u003C}-style escapes, so article text stays inert even if a page embeds the JSON.
 */
public final class SafeJson {
  private SafeJson() {}

  public static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.getFactory().setCharacterEscapes(new HtmlEscapes());
    return mapper;
  }

  private static final class HtmlEscapes extends CharacterEscapes {
    private final int[] escapes;

    HtmlEscapes() {
      escapes = standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\''}) {
        escapes[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null; // only standard \\uXXXX escapes are used
    }
  }
}
