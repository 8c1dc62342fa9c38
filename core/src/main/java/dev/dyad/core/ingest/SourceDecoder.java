package dev.dyad.core.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.dyad.core.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The decoder that turns the bytes of a source into text, or into a {@link Problem} saying why
 * they are not text: empty, too large, binary, or in an encoding that cannot be told.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>a file over the size limit is refused before it is read ("file too large (52.4 MB > 20
 *       MB limit)");
 *   <li>an empty file is refused, and so, once decoded, is a whitespace-only one ("empty file");
 *   <li>a UTF-16 or UTF-32 byte order mark decides the charset;
 *   <li>a known signature (PNG, PDF, ZIP, GZIP, JPEG, GIF) means binary;
 *   <li>UTF-16 without a mark is told by its NUL bytes, all on one side of each pair;
 *   <li>other NUL bytes, or many control characters in the first 8 KB, mean binary;
 *   <li>a UTF-8 byte order mark is dropped, and valid UTF-8 is decoded as such;
 *   <li>anything else is decoded with the charset ICU4J detects with a confidence of at least
 *       {@value #MIN_CONFIDENCE}, and refused when there is none.
 * </ol>
 *
 * <p>Apart from a leading byte order mark, the text is exactly what the bytes say: offsets into it
 * are offsets into the file's characters.
 *
 * <p>Stateless and thread-safe. Never throws on bad input; I/O errors become problems.
 */
public final class SourceDecoder {

  /** The default size limit: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20_000_000L;

  /** ICU4J's confidence (0-100) below which a detected charset is not trusted. */
  public static final int MIN_CONFIDENCE = 50;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF32BE_BOM = {0, 0, (byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

  private final long maxBytes;

  public SourceDecoder() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A decoder that refuses sources larger than {@code maxBytes} (at most 2 GB). */
  public SourceDecoder(long maxBytes) {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16) + ", got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Reads and decodes a file; the size is checked before anything is read. */
  public DecodeResult decode(Path path) {
    String location = path.toString();
    Path name = path.getFileName();
    String fileName = name == null ? location : name.toString();
    try {
      if (Files.isDirectory(path)) {
        return failed(location, "is a directory, not a file");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        return failed(location, tooLarge(size));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        // Read at most one byte past the limit, in case the file grew since it was measured.
        bytes = in.readNBytes((int) maxBytes + 1);
      }
      return decode(location, fileName, bytes);
    } catch (NoSuchFileException e) {
      return failed(location, "no such file or directory");
    } catch (AccessDeniedException e) {
      return failed(location, "permission denied");
    } catch (IOException | SecurityException e) {
      return failed(location, "could not read file (" + e + ")");
    }
  }

  /** Decodes bytes already in memory (from a URL or an archive, say). */
  public DecodeResult decode(String location, String fileName, byte[] bytes) {
    if (bytes.length > maxBytes) {
      return failed(location, tooLarge(bytes.length));
    }
    if (bytes.length == 0) {
      return failed(location, "empty file");
    }
    Optional<Charset> bomCharset = byteOrderMark(bytes);
    if (bomCharset.isPresent()) {
      Charset cs = bomCharset.get();
      return strict(bytes, 0, cs)
          .map(text -> finish(location, fileName, stripBom(text), cs.name()))
          .orElseGet(
              () -> failed(location, "starts with a " + cs.name() + " byte order mark but is not "
                  + cs.name()));
    }
    Optional<String> binary = BinarySniffer.signature(bytes);
    if (binary.isPresent()) {
      return failed(location, "binary file (" + binary.get() + "), not text");
    }
    Optional<Charset> utf16 = utf16WithoutBom(bytes);
    if (utf16.isPresent()) {
      Optional<String> text = strict(bytes, 0, utf16.get());
      if (text.isPresent() && BinarySniffer.looksLikeText(text.get())) {
        return finish(location, fileName, text.get(), utf16.get().name());
      }
    }
    binary = BinarySniffer.controlReason(bytes);
    if (binary.isPresent()) {
      return failed(location, "binary file (" + binary.get() + "), not text");
    }
    int offset = BinarySniffer.startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    Optional<String> utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return finish(location, fileName, utf8.get(), StandardCharsets.UTF_8.name());
    }
    return detect(bytes)
        .map(cs -> finish(location, fileName, new String(bytes, cs), cs.name()))
        .orElseGet(() -> failed(location, "not UTF-8 and encoding could not be detected"));
  }

  private static DecodeResult finish(String location, String fileName, String text, String cs) {
    if (text.isBlank()) {
      return failed(location, "empty file");
    }
    return DecodeResult.ok(new Decoded(new SourceText(location, fileName, text), cs));
  }

  /** The first charset ICU4J is confident about, skipping UTF-8 (already known not to fit). */
  private static Optional<Charset> detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    if (matches == null) {
      return Optional.empty();
    }
    for (CharsetMatch m : matches) {
      if (m.getConfidence() < MIN_CONFIDENCE) {
        break; // detectAll sorts by confidence, best first
      }
      String name = m.getName();
      if (!name.equalsIgnoreCase("UTF-8") && Charset.isSupported(name)) {
        return Optional.of(Charset.forName(name));
      }
    }
    return Optional.empty();
  }

  private static Optional<Charset> byteOrderMark(byte[] bytes) {
    // UTF-32LE's mark begins with UTF-16LE's, so the longer marks are tried first.
    if (BinarySniffer.startsWith(bytes, UTF32BE_BOM)) {
      return Optional.of(Charset.forName("UTF-32BE"));
    }
    if (BinarySniffer.startsWith(bytes, UTF32LE_BOM)) {
      return Optional.of(Charset.forName("UTF-32LE"));
    }
    if (BinarySniffer.startsWith(bytes, UTF16BE_BOM)) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (BinarySniffer.startsWith(bytes, UTF16LE_BOM)) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  /**
   * UTF-16 without a byte order mark, told by its NUL bytes: in Latin-script text every other byte
   * is NUL, all on the same side, which binary data hardly ever does.
   */
  private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, BinarySniffer.SAMPLE) & ~1;
    if (n < 4) {
      return Optional.empty();
    }
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i < n; i += 2) {
      evenNuls += bytes[i] == 0 ? 1 : 0;
      oddNuls += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (evenNuls == 0 && oddNuls * 10 >= pairs * 3) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (oddNuls == 0 && evenNuls * 10 >= pairs * 3) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset cs) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  private String tooLarge(long size) {
    return "file too large (" + humanSize(size) + " > " + humanSize(maxBytes) + " limit)";
  }

  /** "52.4 MB", "20 MB": decimal megabytes, one decimal unless zero; under 0.1 MB in bytes. */
  static String humanSize(long bytes) {
    if (bytes < 100_000) {
      return bytes + " bytes";
    }
    String s = String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " MB";
  }

  private static DecodeResult failed(String location, String message) {
    return DecodeResult.failed(Problem.of(location, message));
  }

  @Override
  public String toString() {
    return "SourceDecoder[max " + humanSize(maxBytes) + "]";
  }
}
