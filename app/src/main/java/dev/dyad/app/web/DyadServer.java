package dev.dyad.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.app.profile.SafeJson;
import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.resolve.ResolvedKnowledge;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Dyad's read-only web server: the JSON API under {@code /api}, the page's static files from the
 * classpath ({@code /web}) and Chart.js from its webjar. Only GET (and HEAD) routes exist, so any
 * other method is refused with 405; errors under {@code /api} are JSON {@code {"error": ...}}.
 * Every response carries a Content-Security-Policy that allows scripts from this server only.
 */
public final class DyadServer implements AutoCloseable {
  /** Scripts and data from this origin only; styles may be set by the timeline library. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
      + "frame-ancestors 'none'";
  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY");

  /** Marks a request whose error the API already explained, so the generic 404 leaves it alone. */
  private static final String ANSWERED = "dyad.error-answered";

  private final Javalin app;
  private final String host;

  private DyadServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** Starts serving {@code k} on {@code host:port} (port 0: any free port). */
  public static DyadServer start(ResolvedKnowledge k, String host, int port) {
    ObjectMapper mapper = SafeJson.mapper();
    DyadApi api = new DyadApi(k, Gazetteer.standard(), mapper);
    byte[] openApi = resource("/dyad-openapi.json");
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.http.prefer405over404 = true;
      cfg.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
        files.headers = HEADERS;
      });
      cfg.staticFiles.enableWebjars();
      cfg.routes.before(ctx -> HEADERS.forEach(ctx::header));
      cfg.routes.get("/api/dyads", ctx -> send(ctx, mapper, api.dyads()));
      cfg.routes.get("/api/dyads/{pair}", ctx -> send(ctx, mapper,
          api.profile(ctx.pathParam("pair"), ctx.queryParam("from"), ctx.queryParam("to"))));
      cfg.routes.get("/api/events", ctx -> send(ctx, mapper, api.events(ctx.queryParam("country"),
          ctx.queryParam("type"), ctx.queryParam("from"), ctx.queryParam("to"))));
      cfg.routes.get("/api/articles/{id}", ctx -> send(ctx, mapper, api.article(ctx.pathParam("id"))));
      cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
      cfg.routes.exception(ApiError.class, (e, ctx) -> {
        ctx.attribute(ANSWERED, true);
        error(ctx, mapper, e.status(), e.getMessage());
      });
      cfg.routes.error(404, ctx -> {
        if (ctx.path().startsWith("/api") && ctx.attribute(ANSWERED) == null) {
          error(ctx, mapper, 404, "no such resource: " + ctx.path());
        }
      });
      cfg.routes.error(405, ctx -> error(ctx, mapper, 405, "read-only: " + ctx.method() + " is not allowed"));
    });
    app.start(host, port);
    return new DyadServer(app, host);
  }

  /** Where the page is: {@code http://127.0.0.1:7070/}. */
  public String address() {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/";
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void send(Context ctx, ObjectMapper mapper, JsonNode body) throws JsonProcessingException {
    ctx.contentType("application/json; charset=utf-8").result(mapper.writeValueAsBytes(body));
  }

  private static void error(Context ctx, ObjectMapper mapper, int status, String message) {
    try {
      ctx.status(status).contentType("application/json; charset=utf-8")
          .result(mapper.writeValueAsBytes(mapper.createObjectNode().put("error", message)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an error message as JSON", e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = DyadServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from the classpath: rebuild the app");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
