package dev.dyad.app.cli;

import dev.dyad.app.profile.HtmlProfileRenderer;
import dev.dyad.app.profile.MarkdownProfileRenderer;
import dev.dyad.app.profile.ProfileJson;
import dev.dyad.app.profile.SafeJson;
import dev.dyad.core.gazetteer.Country;
import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.profile.CountryNames;
import dev.dyad.core.profile.DateRange;
import dev.dyad.core.profile.DyadProfile;
import dev.dyad.core.profile.ProfileBuilder;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad profile A B [--format md|html|json] [--out FILE] [--from DATE] [--to DATE]}: the
 * brief of a country pair; exit code 2 for an unknown country, a bad date or a missing store.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = {"Print the profile of a country pair: overview, timeline, mechanisms, agreements, figures, "
        + "locality partnerships, officials, conflicting claims and the sources every line cites.",
        "Countries are ISO codes or names in any case: VNM, Vietnam, \"Việt Nam\", belarus."})
final class ProfileCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { md, html, json }

  @Parameters(index = "0", paramLabel = "A", description = "First country (code or name).")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "Second country (code or name).")
  String second;

  @Option(names = "--format", defaultValue = "md", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = "--from", paramLabel = "DATE", description = "Keep dated records from DATE on (2023, 2023-12 or 2023-12-08).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Keep dated records up to DATE (inclusive).")
  String to;

  @Mixin
  StoreOption store = new StoreOption();

  @Override
  public Integer call() throws IOException {
    CountryNames names = new CountryNames(Gazetteer.standard());
    Optional<Country> a = names.find(first);
    Optional<Country> b = names.find(second);
    if (a.isEmpty() || b.isEmpty()) {
      System.err.println("error: not a country: '" + (a.isEmpty() ? first : second) + "' (give an ISO code or a name, e.g. VNM or Vietnam)");
      return 2;
    }
    DateRange range;
    try {
      range = new DateRange(date(from, "--from"), date(to, "--to"));
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    if (a.get().equals(b.get())) {
      System.err.println("error: a dyad needs two different countries, got " + a.get().iso3() + " twice");
      return 2;
    }
    Optional<ResolvedKnowledge> resolved = store.resolved();
    if (resolved.isEmpty()) {
      return 2;
    }
    ResolvedKnowledge k = resolved.get();
    DyadProfile profile = new ProfileBuilder(Gazetteer.standard()).build(k, a.get().iso3(), b.get().iso3(), range);
    String text = render(profile, format);
    if (out == null) {
      System.out.print(text);
      System.out.flush();
    } else {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      Files.writeString(out, text, StandardCharsets.UTF_8);
      System.err.println("wrote the " + profile.key() + " profile (" + profile.timeline().size() + " events, "
          + profile.sources().size() + " sources) to " + out);
    }
    return 0;
  }

  static String render(DyadProfile profile, Format format) throws IOException {
    return switch (format) {
      case md -> new MarkdownProfileRenderer().render(profile);
      case html -> new HtmlProfileRenderer().render(profile);
      case json -> {
        var mapper = SafeJson.mapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        yield mapper.writeValueAsString(new ProfileJson(mapper).render(profile)) + "\n";
      }
    };
  }

  private static Optional<PartialDate> date(String value, String option) {
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(PartialDate.parse(value).orElseThrow(() -> new IllegalArgumentException(
        option + " '" + value + "' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")));
  }
}
