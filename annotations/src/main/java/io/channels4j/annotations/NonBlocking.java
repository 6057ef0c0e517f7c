package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link Action} whose handler never blocks: no I/O, no lock held for long, no waiting. It
 * then runs on the connection's I/O thread, with no hand-off to a handler thread and back, so its
 * reply leaves in the same pass of the I/O loop its frame came in. Its {@code @Permission} and
 * {@code @Limit} checks run there too, so they must not block either (a limiter that asks Redis
 * does).
 *
 * <p>An action that returns a {@code CompletionStage} is non-blocking without this annotation: it
 * starts its work and returns. Other actions run on the server's handler threads. The frames of one
 * connection are handled in the order they came, whichever thread each runs on.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NonBlocking {}
