package dev.dyad.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids that stay the same however often a source is read: a short hash of a stable key (a URI, a guid). */
final class StableIds {
  private static final int HEX_DIGITS = 12;

  private StableIds() {}

  /** {@code <prefix>-<12 hex digits of the SHA-256 of key>}. */
  static String of(String prefix, String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return prefix + "-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
