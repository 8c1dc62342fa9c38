package dev.dyad.app.cli;

import dev.dyad.app.web.DyadServer;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve [--port N] [--host H]}: serves the API and the page until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the knowledge base read-only: a JSON API under /api (described at /api/openapi.json) "
        + "and a web page with each pair's timeline, figures, tables and evidence. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Mixin
  StoreOption store = new StoreOption();

  @Override
  public Integer call() throws InterruptedException {
    Optional<ResolvedKnowledge> resolved = store.resolved();
    if (resolved.isEmpty()) {
      return 2;
    }
    ResolvedKnowledge k = resolved.get();
    return serve(k, host, port, null);
  }

  /** Serves until the process is interrupted; prints the address, with {@code page} appended when given. */
  static int serve(ResolvedKnowledge k, String host, int port, String page) throws InterruptedException {
    DyadServer server;
    try {
      server = DyadServer.start(k, host, port);
    } catch (RuntimeException e) {
      System.err.println("error: cannot serve on " + host + ":" + port + ": " + e.getMessage() + " (choose another --port)");
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "dyad-serve-stop"));
    System.out.println("Serving " + k.articles().size() + " articles at " + server.address()
        + (page == null ? "" : "  —  " + server.address() + page) + "  (Ctrl-C stops)");
    System.out.flush();
    stopped.await();
    return 0;
  }
}
