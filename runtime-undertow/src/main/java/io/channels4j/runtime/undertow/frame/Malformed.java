package io.channels4j.runtime.undertow.frame;

/** Why a frame is refused; gathers the path on its way out of the containers. */
final class Malformed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final StringBuilder path = new StringBuilder();

  Malformed(String message) {
    super(message, null, false, false);
  }

  Malformed within(String step) {
    path.insert(0, step);
    return this;
  }
}
