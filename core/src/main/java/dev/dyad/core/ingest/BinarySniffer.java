package dev.dyad.core.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * A check of the first bytes of a source that tells binary files from text: a known file
 * signature, NUL bytes, or a high share of control characters.
 *
 * <p>Callers must handle UTF-16 and UTF-32 before asking: their NUL bytes are text.
 */
final class BinarySniffer {

  /** How much of a file is looked at. */
  static final int SAMPLE = 8 * 1024;

  /** Share of control characters above which a sample is binary; real text has almost none. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private record Magic(String name, byte[] signature) {}

  private static final Magic[] MAGICS = {
    magic("PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
    magic("PDF document", '%', 'P', 'D', 'F', '-'),
    magic("ZIP archive", 'P', 'K', 0x03, 0x04),
    magic("GZIP archive", 0x1F, 0x8B),
    magic("JPEG image", 0xFF, 0xD8, 0xFF),
    magic("GIF image", 'G', 'I', 'F', '8'),
  };

  private BinarySniffer() {}

  /** The kind of file a known signature shows ("looks like PNG image"), or empty. */
  static Optional<String> signature(byte[] bytes) {
    for (Magic m : MAGICS) {
      if (startsWith(bytes, m.signature())) {
        return Optional.of("looks like " + m.name());
      }
    }
    return Optional.empty();
  }

  /**
   * Why the first bytes look binary ("contains NUL bytes", "34% control characters"), or empty
   * when they look like text in a single-byte or UTF-8 encoding.
   */
  static Optional<String> controlReason(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("contains NUL bytes");
      }
      if (isControl(b)) {
        controls++;
      }
    }
    if (n > 0 && controls > n * MAX_CONTROL_SHARE) {
      return Optional.of(
          String.format(Locale.ROOT, "%d%% control characters", Math.round(100.0 * controls / n)));
    }
    return Optional.empty();
  }

  static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** True when the start of a decoded text has no more control characters than text has. */
  static boolean looksLikeText(String sample) {
    int n = Math.min(sample.length(), SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = sample.charAt(i);
      if (c == 0 || isControl(c)) {
        controls++;
      }
    }
    return controls <= n * MAX_CONTROL_SHARE;
  }

  private static boolean isControl(int b) {
    // Tab, line feed, form feed, carriage return and escape turn up in real text files.
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B)
        || b == 0x7F;
  }

  private static Magic magic(String name, int... signature) {
    byte[] bytes = new byte[signature.length];
    for (int i = 0; i < signature.length; i++) {
      bytes[i] = (byte) signature[i];
    }
    return new Magic(name, bytes);
  }
}
