package dev.dyad.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash of an article: SHA-256 of its text as UTF-8, in lower-case hex. Two articles
 * with the same hash are the same article, whatever their ids.
 */
final class ContentHash {

  private ContentHash() {}

  static String of(String text) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (see MessageDigest's Javadoc).
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
