package io.channels4j.test;

import static io.channels4j.test.ChannelAssertions.assertBroadcast;
import static io.channels4j.test.ChannelAssertions.assertClosedBefore;
import static io.channels4j.test.ChannelAssertions.assertError;
import static io.channels4j.test.ChannelAssertions.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/** Every assertion of the kit fails when what it asserts did not happen, saying what did. */
class FailingAssertionsTest {
  /** Short waits: the tests of a wait that times out take this long. */
  @RegisterExtension
  static final ChannelTestServer server =
      ChannelTestServer.of(builder -> builder.mount(new Room() {})).timeout(Duration.ofSeconds(1));

  private static TestClient<RoomClient> join(String room) {
    return server.connect((uri, options) -> RoomClient.connect(uri, room, options));
  }

  /** That {@code assertion} fails with a message containing each of {@code says}. */
  private static void fails(Executable assertion, String... says) {
    AssertionFailedError failure = assertThrows(AssertionFailedError.class, assertion);
    for (String part : says) {
      assertTrue(
          failure.getMessage().contains(part),
          () -> "the failure should say \"" + part + "\": " + failure.getMessage());
    }
  }

  @Test
  void nextMessageFailsWhenNothingCame() {
    TestClient<RoomClient> alice = join("lobby");
    fails(alice::nextMessage, "client ", "no message arrived within 1000 ms");
  }

  @Test
  void nextMessageFailsWithTheErrorFrameThatCameInstead() {
    TestClient<RoomClient> alice = join("lobby");
    alice.actions().denied();
    fails(alice::nextMessage, "expected message, but the error frame {", "Permission Denied");
  }

  @Test
  void nextMessageFailsOnAMessageOfAnotherType() {
    TestClient<RoomClient> alice = join("lobby");
    alice.actions().say(new Room.Say("alice", "hi"));
    fails(
        () -> alice.nextMessage(RoomClient::asNotice),
        "not of the type asked for: {",
        "\"user\":\"alice\",\"text\":\"hi\"}");
  }

  @Test
  void assertNothingMoreFailsListingWhatWasLeft() {
    TestClient<RoomClient> alice = join("lobby");
    alice.actions().notice(); // on her own connection: answered before the fence's frame
    fails(alice::assertNothingMore, "expected nothing more, but was sent the message {", "level");
  }

  @Test
  void assertBroadcastFailsWhenAMemberGotAnother() {
    TestClient<RoomClient> alice = join("lobby");
    alice.actions().say(new Room.Say("alice", "one"));
    fails(
        () -> assertBroadcast(RoomClient::asSaid, new Room.Said("alice", "two"), alice),
        "expected the broadcast Said[user=alice, text=two], got Said[user=alice, text=one]");
  }

  @Test
  void assertBroadcastFailsWhenAMemberGotNothing() {
    TestClient<RoomClient> alice = join("lobby");
    TestClient<RoomClient> elsewhere = join("attic");
    alice.actions().say(new Room.Say("alice", "hi"));
    fails(
        () -> assertBroadcast(RoomClient::asSaid, new Room.Said("alice", "hi"), alice, elsewhere),
        "no message arrived");
  }

  @Test
  void assertErrorFailsOnASuccessAndOnAnotherText() {
    TestClient<RoomClient> alice = join("lobby");
    fails(() -> assertError(alice.actions().count(), "Nope"), "the request succeeded with 1");
    fails(
        () -> assertError(alice.actions().admin(), "Nope"),
        "expected the error \"Nope\", got {",
        "Permission Denied");
  }

  @Test
  void nextErrorFailsOnAnotherText() {
    TestClient<RoomClient> alice = join("lobby");
    alice.actions().denied();
    fails(() -> alice.nextError("Nope"), "\"errors\":\"Permission Denied\"");
  }

  @Test
  void awaitFailsWithTheErrorFrame() {
    TestClient<RoomClient> alice = join("lobby");
    fails(() -> await(alice.actions().admin()), "failed: the error frame {", "Permission Denied");
  }

  @Test
  void assertClosedFailsOnAnotherCodeAndWhenOpen() {
    TestClient<RoomClient> alice = join("lobby");
    fails(() -> alice.assertClosed(1000), "no close arrived");
    alice.actions().kick();
    fails(() -> alice.assertClosed(1000), "expected the close 1000, got the close 4001 \"kicked\"");
    fails(() -> assertClosedBefore(alice.actions().count(), 1000), "expected the close 1000");
  }

  @Test
  void assertRoomCountFailsWithTheLastCount() {
    join("lobby");
    fails(
        () -> server.assertRoomCount("room:lobby", 2),
        "expected 2 members in room:lobby, it has 1");
  }

  @Test
  void aRawClientsAssertionsFailToo() {
    RawClient raw = server.connectRaw("/room/lobby");
    raw.send("{\"action\":\"nope\",\"request_id\":5}");
    fails(() -> raw.nextError(5, "Nope"), "expected the error \"Nope\" of request 5");
    raw.send("{\"action\":\"count\",\"request_id\":6}");
    fails(
        raw::assertNothingMore,
        "expected nothing more, but was sent the text frame {",
        "\"request_id\":6");
    raw.send("{\"action\":\"kick\"}");
    fails(raw::nextBinary, "expected binary frame, but the close 4001 \"kicked\" came first");
  }

  @Test
  void theUpgradeAssertionFailsWhenTheUpgradeSucceeds() {
    fails(() -> server.assertUpgradeRefused("/room/lobby", 401), "but it opened");
  }
}
