package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.RateLimiter;
import io.channels4j.runtime.ScheduledTask;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every broker and rate limiter promises, run against the in-memory backends and the Redis
 * ones alike.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
abstract class BackendContractTest {
  private final List<AutoCloseable> opened = new ArrayList<>();

  /** A new, unstarted broker; every call of one test shares the backend's state. */
  protected abstract Broker newBroker() throws Exception;

  /** A new rate limiter; every call of one test shares the backend's state. */
  protected abstract RateLimiter newLimiter() throws Exception;

  /**
   * Returns once everything {@code broker} published to {@code room} before this call has been
   * handed to {@code recorder} if it ever will be (the Redis broker's own echo included).
   */
  protected void fence(Broker broker, String room, Recorder recorder) throws Exception {}

  /** Lets {@code millis} pass on the backend's clock (the limiter's and the history's). */
  protected abstract void pass(long millis);

  protected final Broker started(Recorder recorder) throws Exception {
    Broker broker = newBroker();
    opened.add(broker);
    broker.start(recorder);
    return broker;
  }

  protected final RateLimiter limiter() throws Exception {
    RateLimiter limiter = newLimiter();
    opened.add(limiter);
    return limiter;
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The history contract, on this backend's brokers. */
  @Nested
  class History extends HistoryContract {
    @Override
    protected Broker started(Recorder recorder) throws Exception {
      return BackendContractTest.this.started(recorder);
    }

    @Override
    protected void fence(Broker broker, String room, Recorder recorder) throws Exception {
      BackendContractTest.this.fence(broker, room, recorder);
    }

    @Override
    protected void pass(long millis) {
      BackendContractTest.this.pass(millis);
    }
  }

  private static ScheduledTask task(String id, long due, long every) {
    return new ScheduledTask(
        id, ScheduledTask.Kind.BROADCAST, "lobby", "{\"n\":1}", 0, "", due, every);
  }

  @Test
  void schedulesAreListedSoonestFirstWithEverythingTheyHoldAndCancelled() throws Exception {
    Broker broker = started(new Recorder());
    ScheduledTask later = task("later", 5_000, 0);
    ScheduledTask sooner =
        new ScheduledTask(
            "sooner",
            ScheduledTask.Kind.DISCONNECT,
            "ann",
            "",
            4001,
            "banned \u2713",
            2_000,
            60_000);
    broker.schedule(later);
    broker.schedule(sooner);
    assertThat(broker.schedules()).containsExactly(sooner, later).inOrder();
    assertThat(broker.unschedule("sooner")).isTrue();
    assertThat(broker.unschedule("sooner")).isFalse();
    assertThat(broker.schedules()).containsExactly(later);
    broker.schedule(task("later", 7_000, 0)); // the same id replaces it
    assertThat(broker.schedules()).containsExactly(task("later", 7_000, 0));
  }

  @Test
  void aDueRunIsClaimedByOneCallerOnlyAndATaskThatDoesNotRepeatIsThenGone() throws Exception {
    Broker one = started(new Recorder());
    Broker other = started(new Recorder());
    one.schedule(task("once", 1_000, 0));
    assertThat(one.claimDue(999)).isEmpty();
    assertThat(other.claimDue(1_000)).containsExactly(task("once", 1_000, 0));
    assertThat(one.claimDue(1_000)).isEmpty();
    assertThat(one.schedules()).isEmpty();
  }

  @Test
  void aRepeatingTaskMovesToItsNextTimeAndRunsMissedMeanwhileAreSkipped() throws Exception {
    Broker broker = started(new Recorder());
    broker.schedule(task("tick", 1_000, 100));
    assertThat(broker.claimDue(1_000)).containsExactly(task("tick", 1_000, 100));
    assertThat(broker.schedules()).containsExactly(task("tick", 1_100, 100));
    // Down from 1,100 to 1,350: one run, as due at 1,100, and the next at 1,400.
    assertThat(broker.claimDue(1_350)).containsExactly(task("tick", 1_100, 100));
    assertThat(broker.schedules()).containsExactly(task("tick", 1_400, 100));
  }

  @Test
  void aControlMessageReachesTheOtherNodes() throws Exception {
    Recorder sender = new Recorder();
    Recorder receiver = new Recorder();
    Broker one = started(sender);
    started(receiver);
    one.publishControl(bytes("{\"disconnect\":\"ann\"}"));
    receiver.awaitFrame("control", "{\"disconnect\":\"ann\"}");
    assertThat(receiver.withoutFences()).containsExactly("control|{\"disconnect\":\"ann\"}");
  }

  @Test
  void publishReachesLocalMembersExactlyOnce() throws Exception {
    Recorder recorder = new Recorder();
    Broker broker = started(recorder);
    broker.subscribe("lobby");
    broker.subscribe("lobby");
    broker.publish("lobby", bytes("{\"text\":\"hi\"}"));
    broker.publish("lobby", bytes("{\"text\":\"again\"}"));
    fence(broker, "lobby", recorder);
    assertThat(recorder.withoutFences())
        .containsExactly("lobby|{\"text\":\"hi\"}", "lobby|{\"text\":\"again\"}")
        .inOrder();
  }

  @Test
  void publishGoesToTheNamedRoomOnly() throws Exception {
    Recorder recorder = new Recorder();
    Broker broker = started(recorder);
    broker.subscribe("a");
    broker.subscribe("b");
    broker.publish("b", bytes("for-b"));
    fence(broker, "a", recorder);
    fence(broker, "b", recorder);
    assertThat(recorder.withoutFences()).containsExactly("b|for-b");
  }

  @Test
  void tryJoinNeverAdmitsMoreThanTheLimitUnderConcurrency() throws Exception {
    Broker broker = started(new Recorder());
    int threads = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String id = "conn-" + i;
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return broker.tryJoin("crowded", id, 60);
                }));
      }
      go.countDown();
      int admitted = 0;
      for (Future<Boolean> result : results) {
        if (result.get(30, TimeUnit.SECONDS)) {
          admitted++;
        }
      }
      assertThat(admitted).isEqualTo(60);
      assertThat(broker.count("crowded")).isEqualTo(60);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void joinLeaveAndCount() throws Exception {
    Broker broker = started(new Recorder());
    assertThat(broker.count("room")).isEqualTo(0);
    assertThat(broker.tryJoin("room", "a", 2)).isTrue();
    assertThat(broker.tryJoin("room", "b", 2)).isTrue();
    assertThat(broker.tryJoin("room", "c", 2)).isFalse();
    // Joining again is not a second member, even when the room is full.
    assertThat(broker.tryJoin("room", "a", 2)).isTrue();
    assertThat(broker.count("room")).isEqualTo(2);
    broker.leave("room", "a");
    broker.leave("room", "a");
    assertThat(broker.count("room")).isEqualTo(1);
    assertThat(broker.tryJoin("room", "c", 2)).isTrue();
    broker.leave("room", "b");
    broker.leave("room", "c");
    broker.leave("room", "never-joined");
    assertThat(broker.count("room")).isEqualTo(0);
  }

  @Test
  void noLimitMeansNoLimit() throws Exception {
    Broker broker = started(new Recorder());
    for (int i = 0; i < 25; i++) {
      assertThat(broker.tryJoin("open", "c" + i, 0)).isTrue();
    }
    assertThat(broker.count("open")).isEqualTo(25);
  }

  @Test
  void roomsAreCountedApart() throws Exception {
    Broker broker = started(new Recorder());
    assertThat(broker.tryJoin("x", "1", 1)).isTrue();
    assertThat(broker.tryJoin("y", "1", 1)).isTrue();
    assertThat(broker.tryJoin("y", "2", 1)).isFalse();
    assertThat(broker.count("x")).isEqualTo(1);
    assertThat(broker.count("y")).isEqualTo(1);
    broker.leave("x", "1");
    assertThat(broker.count("x")).isEqualTo(0);
    assertThat(broker.count("y")).isEqualTo(1);
  }

  @Test
  void limiterAllowsTimesThenSaysWhenToRetry() throws Exception {
    RateLimiter limiter = limiter();
    long window = 60_000;
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("user:1", 3, window)).isEqualTo(0);
    }
    long wait = limiter.acquire("user:1", 3, window);
    assertThat(wait).isGreaterThan(0);
    assertThat(wait).isAtMost(window);
    // A denied hit is not recorded: the retry-after does not grow.
    assertThat(limiter.acquire("user:1", 3, window)).isAtMost(wait);
  }

  @Test
  void limiterKeysAreIndependent() throws Exception {
    RateLimiter limiter = limiter();
    assertThat(limiter.acquire("k1", 1, 60_000)).isEqualTo(0);
    assertThat(limiter.acquire("k1", 1, 60_000)).isGreaterThan(0);
    assertThat(limiter.acquire("k2", 1, 60_000)).isEqualTo(0);
    assertThat(limiter.acquire("k1:suffix", 1, 60_000)).isEqualTo(0);
  }

  @Test
  void limiterWindowSlides() throws Exception {
    RateLimiter limiter = limiter();
    long window = 1500;
    assertThat(limiter.acquire("slide", 2, window)).isEqualTo(0);
    pass(700);
    assertThat(limiter.acquire("slide", 2, window)).isEqualTo(0);
    long wait = limiter.acquire("slide", 2, window);
    assertThat(wait).isGreaterThan(0);
    // The retry-after is a promise: once it has passed, one hit is allowed ...
    pass(wait);
    assertThat(limiter.acquire("slide", 2, window)).isEqualTo(0);
    // ... but only one, because the second hit is still inside the window (no reset at an edge).
    assertThat(limiter.acquire("slide", 2, window)).isGreaterThan(0);
  }

  @Test
  void limiterCountsConcurrentHitsExactly() throws Exception {
    RateLimiter limiter = limiter();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        results.add(pool.submit(() -> limiter.acquire("burst", 20, 60_000)));
      }
      int allowed = 0;
      for (Future<Long> result : results) {
        if (result.get(30, TimeUnit.SECONDS) == 0) {
          allowed++;
        }
      }
      assertThat(allowed).isEqualTo(20);
    } finally {
      pool.shutdownNow();
    }
  }
}
