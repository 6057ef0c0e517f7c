package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.redis.BackendContractTest.bytes;

import io.channels4j.runtime.Broker;
import io.channels4j.runtime.HistoryEntry;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.Recovery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every broker promises about rooms with history; run for each backend as a nested class of
 * {@link BackendContractTest}, on its brokers.
 */
abstract class HistoryContract {
  private static final HistoryId START = new HistoryId(0, 0);

  /** A started broker of the backend under test; every call of one test shares its state. */
  protected abstract Broker started(Recorder recorder) throws Exception;

  /** As {@link BackendContractTest#fence}. */
  protected abstract void fence(Broker broker, String room, Recorder recorder) throws Exception;

  /** Lets {@code millis} pass on the history's clock. */
  protected abstract void pass(long millis);

  /** Publishes {@code {"n":first}} to {@code {"n":first + count - 1}}; returns their ids. */
  private static List<HistoryId> publish(
      Broker broker, String room, HistoryPolicy policy, int first, int count) {
    List<HistoryId> ids = new ArrayList<>();
    for (int n = first; n < first + count; n++) {
      ids.add(broker.publish(room, bytes("{\"n\":" + n + "}"), policy));
    }
    return ids;
  }

  /** The frame a member receives for message {@code n} stored as {@code id}. */
  private static String frame(HistoryId id, int n) {
    return "{\"id\":\"" + id + "\",\"n\":" + n + "}";
  }

  private static List<String> frames(List<HistoryEntry> entries) {
    return entries.stream().map(HistoryEntry::toString).toList();
  }

  /** Every kept message, paging back from the newest. */
  private static List<HistoryEntry> pageBackwards(
      Broker broker, String room, HistoryPolicy policy, int limit) {
    List<HistoryEntry> all = new ArrayList<>();
    HistoryPage page = broker.before(room, policy, null, limit);
    while (true) {
      assertThat(page.entries().size()).isAtMost(limit);
      all.addAll(0, page.entries());
      if (!page.more()) {
        return all;
      }
      page = broker.before(room, policy, page.entries().get(0).id(), limit);
    }
  }

  /** Every kept message, paging forward from the oldest. */
  private static List<HistoryEntry> pageForwards(
      Broker broker, String room, HistoryPolicy policy, int limit) {
    List<HistoryEntry> all = new ArrayList<>();
    HistoryPage page = broker.after(room, policy, START, limit);
    while (true) {
      assertThat(page.entries().size()).isAtMost(limit);
      all.addAll(page.entries());
      if (!page.more()) {
        return all;
      }
      page = broker.after(room, policy, page.entries().get(page.entries().size() - 1).id(), limit);
    }
  }

  @Test
  void storesAndPagesThrough500MessagesBothWays() throws Exception {
    Recorder recorder = new Recorder();
    Broker broker = started(recorder);
    broker.subscribe("kept");
    HistoryPolicy policy = new HistoryPolicy(1000, 0);
    List<HistoryId> ids = publish(broker, "kept", policy, 0, 500);
    assertThat(ids).isInStrictOrder();
    List<String> expected = new ArrayList<>();
    for (int n = 0; n < 500; n++) {
      expected.add(frame(ids.get(n), n));
    }
    assertThat(frames(pageBackwards(broker, "kept", policy, 50)))
        .containsExactlyElementsIn(expected)
        .inOrder();
    assertThat(frames(pageForwards(broker, "kept", policy, 64)))
        .containsExactlyElementsIn(expected)
        .inOrder();
    // Members received the same frames, ids included, in id order.
    fence(broker, "kept", recorder);
    assertThat(recorder.withoutFences())
        .containsExactlyElementsIn(expected.stream().map(f -> "kept|" + f).toList())
        .inOrder();
    // A page in the middle, and the ends.
    HistoryPage middle = broker.before("kept", policy, ids.get(300), 10);
    assertThat(frames(middle.entries())).isEqualTo(expected.subList(290, 300));
    assertThat(middle.more()).isTrue();
    assertThat(broker.after("kept", policy, ids.get(495), 10).entries()).hasSize(4);
    assertThat(broker.after("kept", policy, ids.get(499), 10).entries()).isEmpty();
    assertThat(broker.before("kept", policy, ids.get(0), 10).entries()).isEmpty();
  }

  @Test
  void roomsKeepTheirOwnHistory() throws Exception {
    Broker broker = started(new Recorder());
    HistoryPolicy policy = new HistoryPolicy(10, 0);
    HistoryId a = broker.publish("a", bytes("{}"), policy);
    broker.publish("b", bytes("{\"b\":true}"), policy);
    assertThat(frames(broker.before("a", policy, null, 10).entries()))
        .containsExactly("{\"id\":\"" + a + "\"}");
    assertThat(broker.before("never-used", policy, null, 10).entries()).isEmpty();
    assertThat(broker.since("never-used", policy, a).recovered()).isFalse();
  }

  @Test
  void trimsByLengthKeepingTheNewest() throws Exception {
    Broker broker = started(new Recorder());
    HistoryPolicy policy = new HistoryPolicy(100, 0);
    List<HistoryId> ids = publish(broker, "short", policy, 0, 500);
    List<HistoryEntry> kept = pageBackwards(broker, "short", policy, 100);
    // At least the newest 100, in order; Redis trims whole blocks, so it may keep a few more.
    assertThat(kept.size()).isAtLeast(100);
    assertThat(kept.size()).isLessThan(300);
    List<HistoryEntry> newest = kept.subList(kept.size() - 100, kept.size());
    for (int i = 0; i < 100; i++) {
      assertThat(newest.get(i).toString()).isEqualTo(frame(ids.get(400 + i), 400 + i));
    }
    assertThat(broker.since("short", policy, ids.get(0)).recovered()).isFalse();
    Recovery recent = broker.since("short", policy, ids.get(450));
    assertThat(recent.recovered()).isTrue();
    assertThat(recent.missed().stream().map(HistoryEntry::id).toList())
        .isEqualTo(ids.subList(451, 500));
  }

  @Test
  void trimsByAge() throws Exception {
    Broker broker = started(new Recorder());
    HistoryPolicy policy = new HistoryPolicy(1000, 2000);
    List<HistoryId> old = publish(broker, "aging", policy, 0, 5);
    pass(2500);
    List<HistoryId> fresh = publish(broker, "aging", policy, 5, 3);
    List<String> expected =
        List.of(frame(fresh.get(0), 5), frame(fresh.get(1), 6), frame(fresh.get(2), 7));
    assertThat(frames(broker.before("aging", policy, null, 100).entries())).isEqualTo(expected);
    assertThat(frames(broker.after("aging", policy, START, 100).entries())).isEqualTo(expected);
    Recovery late = broker.since("aging", policy, old.get(4));
    assertThat(late.recovered()).isFalse();
    assertThat(frames(late.missed())).isEqualTo(expected);
    Recovery onTime = broker.since("aging", policy, fresh.get(0));
    assertThat(onTime.recovered()).isTrue();
    assertThat(frames(onTime.missed())).isEqualTo(expected.subList(1, 3));
  }

  @Test
  void recoversThe100MessagesSentDuringADisconnect() throws Exception {
    Broker broker = started(new Recorder());
    HistoryPolicy policy = new HistoryPolicy(500, 3600_000);
    List<HistoryId> seen = publish(broker, "flaky", policy, 0, 20);
    List<HistoryId> missed = publish(broker, "flaky", policy, 20, 100);
    Recovery recovery = broker.since("flaky", policy, seen.get(19));
    assertThat(recovery.recovered()).isTrue();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      expected.add(frame(missed.get(i), 20 + i));
    }
    assertThat(frames(recovery.missed())).isEqualTo(expected);
    // Nothing missed: recovered, with nothing to replay.
    Recovery upToDate = broker.since("flaky", policy, missed.get(99));
    assertThat(upToDate.recovered()).isTrue();
    assertThat(upToDate.missed()).isEmpty();
  }

  @Test
  void saysSoWhenTheGapIsOlderThanTheHistory() throws Exception {
    Broker broker = started(new Recorder());
    HistoryPolicy policy = new HistoryPolicy(50, 0);
    List<HistoryId> seen = publish(broker, "gap", policy, 0, 10);
    List<HistoryId> sent = publish(broker, "gap", policy, 10, 300);
    Recovery recovery = broker.since("gap", policy, seen.get(9));
    assertThat(recovery.recovered()).isFalse();
    // What is still kept comes anyway, newest last, so the client can show it after a gap marker.
    List<HistoryId> replayed = recovery.missed().stream().map(HistoryEntry::id).toList();
    assertThat(replayed.size()).isAtLeast(50);
    assertThat(replayed).isEqualTo(sent.subList(sent.size() - replayed.size(), sent.size()));
  }

  @Test
  void twoNodesShareOneRoomsHistoryInOneOrder() throws Exception {
    Recorder ra = new Recorder();
    Recorder rb = new Recorder();
    Broker a = started(ra);
    Broker b = started(rb);
    a.subscribe("shared");
    b.subscribe("shared");
    HistoryPolicy policy = new HistoryPolicy(1000, 0);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<HistoryId>> fromA = pool.submit(() -> publish(a, "shared", policy, 0, 100));
      Future<List<HistoryId>> fromB = pool.submit(() -> publish(b, "shared", policy, 100, 100));
      List<HistoryId> all = new ArrayList<>(fromA.get(30, TimeUnit.SECONDS));
      all.addAll(fromB.get(30, TimeUnit.SECONDS));
      Collections.sort(all);
      List<HistoryEntry> onA = pageBackwards(a, "shared", policy, 70);
      List<HistoryEntry> onB = pageForwards(b, "shared", policy, 30);
      assertThat(onA.stream().map(HistoryEntry::id).toList()).isEqualTo(all);
      assertThat(frames(onB)).isEqualTo(frames(onA));
      // Every node that got the messages got them in id order: the history's order.
      fence(a, "shared", ra);
      fence(b, "shared", rb);
      List<String> expected = frames(onA).stream().map(f -> "shared|" + f).toList();
      // The in-memory backend is one node: there, both brokers are the same, started last for rb.
      for (Recorder recorder : a == b ? List.of(rb) : List.of(ra, rb)) {
        assertThat(recorder.withoutFences()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
