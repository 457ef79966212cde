package org.tollrecon.pipeline;

/** Nothing at all could be read from the inputs; the message says why, for the user to fix. */
public final class NothingReadableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NothingReadableException(String message) {
    super(message);
  }
}
