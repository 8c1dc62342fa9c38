package dev.dyad.app.cli;

import dev.dyad.store.sqlite.SqliteKnowledgeBase;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest PATH...}: reads, cleans and stores articles; exit code 1 if any failed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read articles (text, HTML, JSON Lines; files or folders) into the knowledge base.")
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
  List<Path> paths;

  @Mixin
  StoreOption store = new StoreOption();

  @picocli.CommandLine.Option(names = "--threads", paramLabel = "N",
      description = "Articles processed in parallel (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(store.resolve());
         ProgressBar bar = progressBar()) {
      Ingestion.Tally tally = new Ingestion(kb, System.err, threads).run(paths, source -> {
        if (bar != null) {
          bar.step();
        }
      });
      if (bar != null) {
        bar.close();
      }
      System.out.println(tally + " — store: " + kb.file());
      return tally.failed == 0 ? 0 : 1;
    }
  }

  /** A progress bar on an interactive terminal only: it would litter logs otherwise. */
  private static ProgressBar progressBar() {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).build();
  }
}
