package dev.dyad.app.web;

/** A request the API refuses: 400 for a bad parameter, 404 for an unknown id; sent as {@code {"error": message}}. */
final class ApiError extends RuntimeException {
  private final int status;

  private ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  int status() {
    return status;
  }
}
