package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Problem;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDecoderTest {

  @TempDir Path dir;

  private final SourceDecoder decoder = new SourceDecoder();

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static Problem problemOf(DecodeResult result) {
    assertThat(result.isOk()).as("decoded although a problem was expected").isFalse();
    return result.problem().orElseThrow();
  }

  private static Decoded decodedOf(DecodeResult result) {
    assertThat(result.problem()).isEmpty();
    return result.decoded().orElseThrow();
  }

  @Test
  void decodesUtf8SeedArticleUnchanged() throws Exception {
    Path file = TextArticleReaderTest.resource("000_c84a6828bc171109.txt");

    Decoded decoded = decodedOf(decoder.decode(file));

    assertThat(decoded.charset()).isEqualTo("UTF-8");
    assertThat(decoded.isUtf8()).isTrue();
    assertThat(decoded.source().text()).isEqualTo(Files.readString(file));
    assertThat(decoded.source().fileName()).isEqualTo("000_c84a6828bc171109.txt");
    assertThat(decoded.source().location()).isEqualTo(file.toString());
  }

  @Test
  void stripsUtf8ByteOrderMark() throws Exception {
    byte[] text = "Hà Nội, 9 December".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);

    Decoded decoded = decodedOf(decoder.decode(write("bom.txt", bytes)));

    assertThat(decoded.source().text()).isEqualTo("Hà Nội, 9 December");
    assertThat(decoded.charset()).isEqualTo("UTF-8");
  }

  @Test
  void detectsAndDecodesWindows1252() throws Exception {
    String text =
        "The Prime Minister met his counterpart at the Élysée Palace on Tuesday. The café owners "
            + "near the embassy said the délégation arrived early and left after the signing of "
            + "the agreement on cultural cooperation, which both sides described as a “new step”.";
    Path file = write("latin.txt", text.getBytes(Charset.forName("windows-1252")));

    Decoded decoded = decodedOf(decoder.decode(file));

    assertThat(decoded.source().text()).isEqualTo(text).contains("Élysée", "café");
    assertThat(decoded.charset()).isEqualTo("windows-1252");
    assertThat(decoded.isUtf8()).isFalse();
  }

  @Test
  void detectsAndDecodesLatin1() throws Exception {
    String text =
        "Le ministre des affaires étrangères a reçu son homologue à Paris. Les deux pays ont "
            + "signé un accord de coopération économique et décidé de renforcer leurs échanges.";
    Path file = write("latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1));

    Decoded decoded = decodedOf(decoder.decode(file));

    assertThat(decoded.source().text()).isEqualTo(text);
    assertThat(decoded.charset()).isIn("ISO-8859-1", "windows-1252");
  }

  @Test
  void decodesUtf16WithByteOrderMark() throws Exception {
    // Java's "UTF-16" encoder writes a big-endian byte order mark.
    Path file = write("utf16.txt", "Việt Nam – Belarus".getBytes(StandardCharsets.UTF_16));

    Decoded decoded = decodedOf(decoder.decode(file));

    assertThat(decoded.source().text()).isEqualTo("Việt Nam – Belarus");
    assertThat(decoded.charset()).isEqualTo("UTF-16BE");
  }

  @Test
  void decodesUtf16LittleEndianWithoutByteOrderMark() throws Exception {
    Path file = write("utf16le.txt", "Minsk and Hanoi signed.".getBytes(StandardCharsets.UTF_16LE));

    Decoded decoded = decodedOf(decoder.decode(file));

    assertThat(decoded.source().text()).isEqualTo("Minsk and Hanoi signed.");
    assertThat(decoded.charset()).isEqualTo("UTF-16LE");
  }

  @Test
  void refusesPngImage() throws Exception {
    byte[] bytes = new byte[64];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    System.arraycopy(magic, 0, bytes, 0, magic.length);
    for (int i = magic.length; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 7);
    }
    Path file = write("photo.txt", bytes);

    assertThat(problemOf(decoder.decode(file)))
        .isEqualTo(Problem.of(file.toString(), "binary file (looks like PNG image), not text"));
  }

  @Test
  void refusesPdfAndGzip() {
    assertThat(problemOf(decoder.decode("a.pdf", "a.pdf", "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).message())
        .isEqualTo("binary file (looks like PDF document), not text");
    assertThat(problemOf(decoder.decode("a.gz", "a.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2})).message())
        .isEqualTo("binary file (looks like GZIP archive), not text");
  }

  @Test
  void refusesBytesWithNulsOrManyControlCharacters() {
    byte[] nuls = {'a', 'b', 0, 'c', 'd', 'e', 'f', 0, 0, 0, 'g', 'h'};
    byte[] controls = new byte[100];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
    }

    assertThat(problemOf(decoder.decode("n", "n", nuls)).message())
        .isEqualTo("binary file (contains NUL bytes), not text");
    assertThat(problemOf(decoder.decode("c", "c", controls)).message())
        .isEqualTo("binary file (34% control characters), not text");
  }

  @Test
  void refusesEmptyFile() throws Exception {
    Path file = write("empty.txt", new byte[0]);

    assertThat(problemOf(decoder.decode(file))).isEqualTo(Problem.of(file.toString(), "empty file"));
  }

  @Test
  void refusesWhitespaceOnlyFile() throws Exception {
    Path file = write("blank.txt", " \n\t\r\n  \n".getBytes(StandardCharsets.US_ASCII));

    assertThat(problemOf(decoder.decode(file))).isEqualTo(Problem.of(file.toString(), "empty file"));
  }

  @Test
  void refusesLargeFileWithoutReadingIt() throws Exception {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024); // sparse: no disk, and reading it would take a while
    }

    long start = System.nanoTime();
    Problem problem = problemOf(decoder.decode(file));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(problem)
        .isEqualTo(Problem.of(file.toString(), "file too large (52.4 MB > 20 MB limit)"));
    assertThat(took).isLessThan(Duration.ofMillis(500));
  }

  @Test
  void sizeLimitIsConfigurable() {
    SourceDecoder small = new SourceDecoder(150_000);

    assertThat(problemOf(small.decode("big.txt", "big.txt", new byte[200_000])).message())
        .isEqualTo("file too large (0.2 MB > 0.2 MB limit)");
    assertThat(problemOf(new SourceDecoder(10).decode("t", "t", "eleven char".getBytes(StandardCharsets.US_ASCII))).message())
        .isEqualTo("file too large (11 bytes > 10 bytes limit)");
  }

  @Test
  void reportsMissingFile() {
    Path missing = dir.resolve("nope.txt");

    assertThat(problemOf(decoder.decode(missing)))
        .isEqualTo(Problem.of(missing.toString(), "no such file or directory"));
  }

  @Test
  void reportsDirectory() {
    assertThat(problemOf(decoder.decode(dir)).message()).isEqualTo("is a directory, not a file");
  }

  @Test
  void refusesUndetectableEncoding() {
    // A few bytes that are not UTF-8 and too short and odd for any confident guess.
    byte[] bytes = {'x', (byte) 0xFF, 'q', (byte) 0x81, 'z', (byte) 0xFE};

    assertThat(problemOf(decoder.decode("odd", "odd", bytes)).message())
        .isEqualTo("not UTF-8 and encoding could not be detected");
  }
}
