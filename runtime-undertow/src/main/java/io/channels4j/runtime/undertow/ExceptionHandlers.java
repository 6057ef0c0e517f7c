package io.channels4j.runtime.undertow;

import io.channels4j.runtime.ChannelException;
import io.channels4j.runtime.ExceptionHandler;
import java.util.Map;

/** The server's exception handlers by type; the most specific registered supertype wins. */
final class ExceptionHandlers {
  private final Map<Class<?>, ExceptionHandler<Throwable>> byType;
  private final ClassValue<ExceptionHandler<Throwable>> resolved =
      new ClassValue<>() {
        @Override
        protected ExceptionHandler<Throwable> computeValue(Class<?> type) {
          // Runtime errors (ChannelException) only reach handlers registered for their own
          // family, so a catch-all handler for Exception does not swallow protocol errors.
          boolean protocolError = ChannelException.class.isAssignableFrom(type);
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            ExceptionHandler<Throwable> handler = byType.get(c);
            if (handler != null) {
              return handler;
            }
            if (protocolError && c == ChannelException.class) {
              break;
            }
          }
          return null;
        }
      };

  ExceptionHandlers(Map<Class<?>, ExceptionHandler<Throwable>> byType) {
    this.byType = Map.copyOf(byType);
  }

  /** The handler for {@code error}, or {@code null}. */
  ExceptionHandler<Throwable> find(Throwable error) {
    return byType.isEmpty() ? null : resolved.get(error.getClass());
  }
}
