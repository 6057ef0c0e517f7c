package io.channels4j.test;

import io.channels4j.client.ChannelClosedException;
import io.channels4j.client.ChannelError;
import io.channels4j.client.ClientMessage;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * The assertions of a channel test on the stages a generated client's actions return, and on
 * broadcasts. Each fails with an {@link AssertionFailedError} that says what came instead.
 */
public final class ChannelAssertions {
  /** How long {@link #await(CompletionStage)} waits, as a {@link ChannelTestServer} does. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  private ChannelAssertions() {}

  /** The value {@code stage} completes with, such as an action's reply; fails if it fails. */
  public static <T> T await(CompletionStage<T> stage) {
    return await("the stage", stage, TIMEOUT);
  }

  static <T> T await(String what, CompletionStage<T> stage, Duration timeout) {
    try {
      return stage.toCompletableFuture().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw new AssertionFailedError(what + " failed: " + describe(e.getCause()), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionFailedError(
          what + " did not complete within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionFailedError("interrupted while awaiting " + what, e);
    }
  }

  /**
   * The error frame {@code stage}, a request's, fails with, whose {@code errors} must be {@code
   * errors}: {@code assertError(alice.actions().admin(), "Permission Denied")}. Its {@code
   * requestId()} is the request's, its {@code action()} the action's.
   */
  public static ChannelError assertError(CompletionStage<?> stage, String errors) {
    Throwable failure = failure(stage, "an error frame \"" + errors + "\"");
    if (!(failure instanceof ChannelError error)) {
      throw new AssertionFailedError(
          "expected the error frame \""
              + errors
              + "\", but the request failed with "
              + describe(failure),
          failure);
    }
    if (!errors.equals(error.errors())) {
      throw new AssertionFailedError(
          "expected the error \"" + errors + "\", got " + error.frame(), errors, error.errors());
    }
    return error;
  }

  /**
   * The close {@code stage}, a request's, fails with because the socket closed before an answer
   * came: the server's {@code code}.
   */
  public static ChannelClosedException assertClosedBefore(CompletionStage<?> stage, int code) {
    Throwable failure = failure(stage, "the close " + code);
    if (!(failure instanceof ChannelClosedException closed)) {
      throw new AssertionFailedError(
          "expected the close " + code + ", but the request failed with " + describe(failure),
          failure);
    }
    if (closed.code() != code) {
      throw new AssertionFailedError(
          "expected the close " + code + ", got " + closed.getMessage(), code, closed.code());
    }
    return closed;
  }

  /**
   * That the next message of every one of {@code members} is {@code expected}, read by {@code
   * type}: a broadcast that reached the whole room, such as {@code
   * assertBroadcast(ChatClient::asSaid, new Said("alice", "hi"), alice, bob)}.
   */
  @SafeVarargs
  public static <T> void assertBroadcast(
      Function<ClientMessage, T> type, T expected, TestClient<?>... members) {
    if (members.length == 0) {
      throw new IllegalArgumentException("assertBroadcast needs the members it should reach");
    }
    for (TestClient<?> member : members) {
      T received = member.nextMessage(type);
      if (!expected.equals(received)) {
        throw new AssertionFailedError(
            member + ": expected the broadcast " + expected + ", got " + received,
            expected,
            received);
      }
    }
  }

  private static Throwable failure(CompletionStage<?> stage, String expected) {
    Object value;
    try {
      value = stage.toCompletableFuture().get(TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionFailedError(
          "expected " + expected + ", but nothing came within " + TIMEOUT.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionFailedError("interrupted while awaiting " + expected, e);
    }
    throw new AssertionFailedError(
        "expected " + expected + ", but the request succeeded with " + value);
  }

  private static String describe(Throwable failure) {
    if (failure instanceof ChannelError error) {
      return "the error frame " + error.frame();
    }
    return String.valueOf(failure);
  }
}
