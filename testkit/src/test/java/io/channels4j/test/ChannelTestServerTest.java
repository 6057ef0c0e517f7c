package io.channels4j.test;

import static io.channels4j.test.ChannelAssertions.assertBroadcast;
import static io.channels4j.test.ChannelAssertions.assertError;
import static io.channels4j.test.ChannelAssertions.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.channels4j.client.ChannelError;
import io.channels4j.client.HistoryQuery;
import io.channels4j.client.MessagePage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kit against a real server: clients, fences, errors, closes, counts and the clock. */
class ChannelTestServerTest {
  @RegisterExtension
  static final ChannelTestServer server =
      ChannelTestServer.of(builder -> builder.mount(new Room() {}).mount(new Locked() {}));

  static TestClient<RoomClient> join(String room) {
    return server.connect((uri, options) -> RoomClient.connect(uri, room, options));
  }

  @Test
  void aBroadcastReachesEveryMemberAndNothingElseCame() {
    TestClient<RoomClient> alice = join("lobby");
    TestClient<RoomClient> bob = join("lobby");
    TestClient<RoomClient> elsewhere = join("attic");
    alice.actions().say(new Room.Say("alice", "hi"));
    assertBroadcast(RoomClient::asSaid, new Room.Said("alice", "hi"), alice, bob);
    alice.assertNothingMore();
    bob.assertNothingMore();
    elsewhere.assertNothingMore();
  }

  @Test
  void aReplyGoesToTheSenderOnly() {
    TestClient<RoomClient> alice = join("lobby");
    TestClient<RoomClient> bob = join("lobby");
    alice.actions().notice();
    assertEquals(new Room.Notice(3), alice.nextMessage(RoomClient::asNotice));
    bob.assertNothingMore();
  }

  @Test
  void roomCountsFollowJoinsAndLeaves() {
    TestClient<RoomClient> alice = join("lobby");
    TestClient<RoomClient> bob = join("lobby");
    server.assertRoomCount("room:lobby", 2);
    assertEquals(2L, await(alice.actions().count()));
    bob.close();
    server.assertRoomCount("room:lobby", 1); // the leave runs after the close
    assertEquals(0, server.roomCount("room:attic"));
  }

  @Test
  void theClientsOfATestAreClosedAfterIt() {
    // Those of the tests before, in the same room, are gone: this one is alone.
    assertEquals(1L, await(join("lobby").actions().count()));
  }

  @Test
  void aRequestsErrorFrameHasItsTextActionAndRequestId() {
    TestClient<RoomClient> alice = join("lobby");
    ChannelError denied = assertError(alice.actions().admin(), "Permission Denied");
    assertEquals(Optional.of("admin"), denied.action());
    // Requests count from 2; the connect's fence was 2.
    assertEquals(3, denied.requestId());
    alice.assertNothingMore(); // and the socket stays open
  }

  @Test
  void anErrorFrameNoRequestAwaitsIsInTheInbox() {
    TestClient<RoomClient> alice = join("lobby");
    alice.actions().denied();
    assertEquals(Optional.of("denied"), alice.nextError("Permission Denied").action());
    alice.assertNothingMore();
  }

  @Test
  void aServerCloseComesWithItsCode() {
    TestClient<RoomClient> alice = join("lobby");
    alice.actions().kick();
    assertEquals(new Closed(4001, "kicked"), alice.assertClosed(4001));
    assertFalse(alice.connection().isOpen());
    ChannelAssertions.assertClosedBefore(alice.actions().count(), 4001);
  }

  @Test
  void aRefusedConnectIsAnErrorFrameThenAClose() {
    TestClient<LockedClient> locked = server.connect(LockedClient::connect);
    assertEquals(1, locked.nextError("Permission Denied").requestId());
    locked.assertClosed(1002);
  }

  @Test
  void historyExpiresOnTheClock() {
    TestClient<RoomClient> alice = join("museum");
    alice.actions().say(new Room.Say("alice", "old"));
    alice.nextMessage(RoomClient::asSaid);
    server.clock().advance(Duration.ofSeconds(61)); // past the room's ttlSeconds = 60
    alice.actions().say(new Room.Say("alice", "new"));
    alice.nextMessage(RoomClient::asSaid);
    MessagePage page = await(alice.actions().history(HistoryQuery.latest(10)));
    assertEquals(
        List.of(new Room.Said("alice", "new")),
        page.messages().stream().map(RoomClient::asSaid).toList());
  }

  @Test
  void aRawClientSendsAnyFrameAndReadsTheAnswers() {
    RawClient raw = server.connectRaw("/room/lobby").fence();
    raw.send("{\"action\":\"nope\",\"request_id\":5}");
    assertEquals("nope", raw.nextError(5, "Action Not Exist").get("action"));
    raw.send("{\"action\":\"count\",\"request_id\":9}");
    assertEquals(
        Map.of(
            "type", "response", "action", "count", "request_id", 9.0, "status", "ok", "data", 1.0),
        raw.nextJson());
    raw.sendBinary(new byte[] {1, 2, 3});
    raw.nextError(1, "Unsupported Data");
    raw.assertNothingMore();
    raw.send("{\"action\":\"kick\"}");
    raw.assertClosed(4001);
  }

  @Test
  void anUpgradeToNoChannelIsRefused() {
    server.assertUpgradeRefused("/no/such/channel", 404);
  }
}
