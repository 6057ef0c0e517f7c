package io.channels4j.example;

import static io.channels4j.test.ChannelAssertions.assertBroadcast;
import static io.channels4j.test.ChannelAssertions.assertError;
import static io.channels4j.test.ChannelAssertions.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.channels4j.client.ChannelError;
import io.channels4j.client.HistoryQuery;
import io.channels4j.test.ChannelTestServer;
import io.channels4j.test.TestClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rooms through their generated clients, as a user's tests would drive them. */
class TypedClientsTest {
  @RegisterExtension final ChannelTestServer server = ChannelTestServer.of(ChatExample::configure);

  private TestClient<GroupChannelClient> group(String name) {
    return server.connect(GroupChannelClient::connect, options -> options.token(name));
  }

  private TestClient<AuctionChannelClient> auction(String lot) {
    return server.connect((uri, options) -> AuctionChannelClient.connect(uri, lot, options));
  }

  @Test
  void theGroupChatsOncePerThreeSecondsAndKeepsItsHistory() {
    TestClient<GroupChannelClient> alice = group("alice");
    assertEquals(
        new ChatEvent("join", "alice", "Join successfully", "ok", 1),
        alice.nextMessage(GroupChannelClient::asChatEvent));
    TestClient<GroupChannelClient> bob = group("bob");
    bob.nextMessage(); // his join notice, to him only
    alice.assertNothingMore();

    alice.actions().message(new ChatMessage("alice", "hi"));
    // Request ids count from 2: the fences of connect and assertNothingMore were 2 and 3.
    assertBroadcast(
        GroupChannelClient::asChatEvent,
        new ChatEvent("message", "alice", "hi", "ok", 4),
        alice,
        bob);
    alice.actions().message(new ChatMessage("alice", "again"));
    alice.nextError("Too Many Requests. Retry after 3 seconds.");
    bob.assertNothingMore();

    server.clock().advance(Duration.ofSeconds(3));
    alice.actions().message(new ChatMessage("alice", "later"));
    assertEquals("later", bob.nextMessage(GroupChannelClient::asChatEvent).message());

    List<String> kept =
        await(bob.actions().history(HistoryQuery.latest(10))).messages().stream()
            .map(message -> GroupChannelClient.asChatEvent(message).message())
            .toList();
    assertEquals(List.of("hi", "later"), kept);
  }

  @Test
  void errorTrueIsAnErrorFrameThenTheClose1002AndTheRoomIsTold() {
    TestClient<GroupChannelClient> alice = group("alice");
    alice.nextMessage();
    TestClient<GroupChannelClient> bob = group("bob");
    bob.nextMessage();
    bob.actions().errorTrue();
    bob.nextError("Permission Denied");
    bob.assertClosed(1002);
    assertEquals(
        new ChatEvent("leave", "bob", "leave successfully", "ok", 1),
        alice.nextMessage(GroupChannelClient::asChatEvent));
    server.assertRoomCount("group_channel", 1);
  }

  @Test
  void aBidIsBroadcastToTheLotAndALowerOneRefusedWithTheEstimate() {
    TestClient<AuctionChannelClient> alice = auction("7");
    TestClient<AuctionChannelClient> bob = auction("7");
    TestClient<AuctionChannelClient> elsewhere = auction("8");
    await(alice.actions().bid(new Bid("alice", 100))); // the ack
    assertBroadcast(
        AuctionChannelClient::asBidEvent, new BidEvent("bid", 7, "alice", 100), alice, bob);

    ChannelError low =
        assertError(bob.actions().bid(new Bid("bob", 100)), "Bid too low: the highest is 100");
    assertEquals(
        Optional.of(new Estimate(7, 100, 101)), low.data(EstimateJsonCodec.INSTANCE::read));
    assertEquals(new Estimate(7, 100, 101), await(bob.actions().estimate()));
    alice.assertNothingMore();
    elsewhere.assertNothingMore();
  }
}
