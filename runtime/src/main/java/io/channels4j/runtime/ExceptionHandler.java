package io.channels4j.runtime;

/**
 * Turns an exception thrown by a handler into what the client sees, registered per exception type
 * on the server; the most specific registered type wins.
 *
 * <p>A handler may reply with {@code ctx.reply(...)}, throw a {@link ChannelException} to send its
 * error frame (and close, if it says so), or return quietly to send nothing.
 *
 * <pre>{@code
 * builder.exceptionHandler(OutOfStock.class, (ctx, e) -> {
 *   throw new ChannelException("Out of stock: " + e.item()).with("code", 409);
 * });
 * }</pre>
 *
 * @param <E> the exception type handled
 */
@FunctionalInterface
public interface ExceptionHandler<E extends Throwable> {
  /** Handles {@code exception}, thrown while serving a frame of {@code ctx}. */
  void handle(ChannelContext ctx, E exception);
}
