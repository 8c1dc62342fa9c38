package dev.dyad.store.sqlite;

/**
 * An unchecked exception for a knowledge-base file that cannot be opened, migrated, read or
 * written; its message names the file or article concerned and its cause is the driver's error.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
