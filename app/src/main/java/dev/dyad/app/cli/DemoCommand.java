package dev.dyad.app.cli;

import dev.dyad.app.profile.MarkdownProfileRenderer;
import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.profile.DateRange;
import dev.dyad.core.profile.DyadProfile;
import dev.dyad.core.profile.ProfileBuilder;
import dev.dyad.core.resolve.ResolvedKnowledge;
import dev.dyad.core.resolve.Resolver;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LineLabel;
import dev.dyad.store.sqlite.SqliteKnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad demo}: ingests the bundled sample articles into a fresh knowledge base, prints what
 * it stored and the Vietnam–Belarus brief, then serves the web page until interrupted (unless
 * {@code --no-serve}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled sample articles into a fresh store, print what was stored and the "
        + "Vietnam-Belarus brief, then serve the web page (stop with Ctrl-C)."})
final class DemoCommand implements Callable<Integer> {
  static final String HOME_PROPERTY = "dyad.home";

  @Option(names = "--samples", paramLabel = "DIR",
      description = "Folder of sample articles (default: the samples folder of the Dyad checkout).")
  Path samples;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad-data/demo.db",
      description = "Store to (re)create for the demo (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--no-serve", description = "Print the brief and stop instead of serving the page.")
  boolean noServe;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port to serve on (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path dir = samples != null ? samples : Path.of(System.getProperty(HOME_PROPERTY, "."), "samples");
    if (!Files.isDirectory(dir)) {
      System.err.println("error: no sample folder at " + dir + " (pass --samples DIR)");
      return 2;
    }
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + "-wal"));
    Files.deleteIfExists(Path.of(db + "-shm"));
    ResolvedKnowledge k;
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(db)) {
      Ingestion.Tally tally = new Ingestion(kb, System.err, Runtime.getRuntime().availableProcessors()).run(List.of(dir), s -> { });
      System.out.println("Ingested the sample articles from " + dir + ": " + tally);
      System.out.println();
      for (CleanArticle a : kb.articles()) {
        System.out.printf("%-22s %-10s %s%n", a.article().id(),
            a.article().published().map(Object::toString).orElse("(no date)"), a.title().orElse("(no title)"));
        System.out.println("    " + describe(a));
      }
      System.out.println();
      System.out.println("Store: " + kb.file() + "  —  export it with: dyad export --db " + db + " --format json");
      k = Resolver.resolve(kb.articles(), kb.records());
      if (tally.failed != 0) {
        return 1;
      }
    }
    DyadProfile brief = new ProfileBuilder(Gazetteer.standard()).build(k, "VNM", "BLR", DateRange.ALL);
    System.out.println();
    System.out.println(new MarkdownProfileRenderer().render(brief));
    if (noServe) {
      System.out.println("See it on the web page with: dyad serve --db " + db);
      return 0;
    }
    return ServeCommand.serve(k, "127.0.0.1", port, "dyad.html?pair=" + brief.key());
  }

  private static String describe(CleanArticle a) {
    Map<LineLabel, Long> counts = a.lines().stream()
        .filter(l -> l.label() != LineLabel.BLANK)
        .collect(Collectors.groupingBy(l -> l.label(), () -> new java.util.EnumMap<>(LineLabel.class), Collectors.counting()));
    return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().key())
        .collect(Collectors.joining(", ")) + " lines";
  }
}
