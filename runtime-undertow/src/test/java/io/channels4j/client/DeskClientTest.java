package io.channels4j.client;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.client.Events.next;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.Violation;
import io.channels4j.runtime.undertow.ChannelServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated {@code DeskClient} against a real server over real sockets: every action shape. */
class DeskClientTest {
  private ChannelServer server;
  private URI uri;
  private final Events events = new Events();
  private DeskClient desk;

  @BeforeEach
  void start() throws Exception {
    server = ChannelServer.builder().port(0).mount(new Desk() {}).mount(new Locked() {}).start();
    uri = URI.create("ws://localhost:" + server.port());
    desk = connect("lobby", ClientOptions.builder().listener(events).build());
    get(desk.tick()); // a frame is answered once its connection joined the room
  }

  @AfterEach
  void stop() {
    desk.connection().close();
    server.stop();
  }

  private DeskClient connect(String room, ClientOptions options) throws Exception {
    return get(DeskClient.connect(uri, room, options));
  }

  static <T> T get(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  static Throwable failure(CompletionStage<?> stage) {
    return assertThrows(ExecutionException.class, () -> get(stage)).getCause();
  }

  private static ChannelError error(CompletionStage<?> stage) {
    Throwable failure = failure(stage);
    assertThat(failure).isInstanceOf(ChannelError.class);
    return (ChannelError) failure;
  }

  @Test
  void repliesOfEveryShape() throws Exception {
    assertThat(get(desk.echo(new Desk.Say("ann", "hi")))).isEqualTo(new Desk.Say("ann", "HI"));
    assertThat(get(desk.later(new Desk.Say("ann", "hi"))))
        .isEqualTo(new Desk.Said("ann", "hi", "later"));
    assertThat(get(desk.tags())).containsExactly("a", "b").inOrder();
    assertThat(get(desk.count())).isEqualTo(1L);
    assertThat(get(desk.tick())).isNull(); // completes on the ack
  }

  @Test
  void aBroadcastArrivesAsAMessageToDecode() throws Exception {
    DeskClient other = connect("lobby", ClientOptions.defaults());
    get(other.count()); // a member once answered
    get(other.say(new Desk.Say("bob", "hello")));
    ClientMessage message = next(events.messages);
    assertThat(DeskClient.asSaid(message)).isEqualTo(new Desk.Said("bob", "hello", "lobby"));
    assertThat(message.id()).isPresent(); // a history room numbers its broadcasts
    get(desk.tick()); // a fence: the id is taken once the listener returned
    assertThat(desk.connection().lastId()).isEqualTo(message.id());
    assertThrows(IllegalArgumentException.class, () -> DeskClient.asStock(message));
    other.connection().close();
  }

  @Test
  void errorsCarryTheFrame() throws Exception {
    ChannelError denied = error(desk.admin());
    assertThat(denied.errors()).isEqualTo("Permission Denied");
    assertThat(denied.status()).isEqualTo("bad");
    assertThat(denied.action()).hasValue("admin");

    assertThat(get(desk.limited())).isEqualTo(1L);
    assertThat(error(desk.limited()).errors()).startsWith("Too Many Requests. Retry after ");

    ChannelError invalid = error(desk.signup(new Desk.Signup(" ", 0)));
    assertThat(invalid.errors()).isEqualTo("Validation Error");
    assertThat(invalid.violations())
        .containsExactly(
            new Violation("name", "must not be blank"),
            new Violation("age", "must be greater than 0"))
        .inOrder();

    ChannelError internal = error(desk.boom());
    assertThat(internal.errors()).isEqualTo("Internal Error");
    assertThat(internal.frame()).doesNotContain("IllegalStateException");

    ChannelError refused = error(desk.refuse());
    assertThat(refused.errors()).isEqualTo("Out of stock");
    assertThat(refused.reason()).hasValue("sold_out");
    assertThat(refused.data(Desk_StockJsonCodec.INSTANCE::read)).hasValue(new Desk.Stock("tea", 0));
    assertThat(refused.frame()).contains("\"code\":409");
    assertThat(refused.violations()).isEmpty();
    // The socket stays open through them all.
    assertThat(get(desk.count())).isEqualTo(1L);
  }

  @Test
  void anErrorOfAFrameNobodyAwaitsGoesToTheListener() throws Exception {
    get(desk.denied()); // written
    ChannelError error = next(events.errors);
    assertThat(error.errors()).isEqualTo("Permission Denied");
    assertThat(error.action()).hasValue("denied");
  }

  @Test
  void aRequestTimesOut() throws Exception {
    DeskClient impatient =
        connect("lobby", ClientOptions.builder().timeout(Duration.ofMillis(200)).build());
    assertThat(failure(impatient.hang())).isInstanceOf(TimeoutException.class);
    assertThat(get(impatient.count())).isEqualTo(2L); // the socket is fine
    impatient.connection().close();
  }

  @Test
  void aServerCloseFailsWhatIsPendingAndIsFinal() throws Exception {
    CompletionStage<Long> hanging = desk.hang();
    get(desk.tick()); // hang is in, and overlaps
    get(desk.close()); // the action, not the client's close
    Throwable failure = failure(hanging);
    assertThat(failure).isInstanceOf(ChannelClosedException.class);
    assertThat(((ChannelClosedException) failure).code()).isEqualTo(4001);
    assertThat(next(events.closes)).isEqualTo(new Events.Close(4001, "kicked", false));
    assertThat(desk.connection().isOpen()).isFalse();
    Throwable down = failure(desk.count());
    assertThat(down).isInstanceOf(ChannelClosedException.class);
    assertThat(((ChannelClosedException) down).code()).isEqualTo(4001);
  }

  @Test
  void aRefusedConnectIsAnErrorThenAClose() throws Exception {
    Events refused = new Events();
    LockedClient locked =
        get(LockedClient.connect(uri, ClientOptions.builder().listener(refused).build()));
    ChannelError error = next(refused.errors);
    assertThat(error.errors()).isEqualTo("Permission Denied");
    assertThat(error.requestId()).isEqualTo(1);
    assertThat(error.action()).isEmpty();
    assertThat(next(refused.closes)).isEqualTo(new Events.Close(1002, "", false));
    Throwable failure = failure(locked.count());
    assertThat(((ChannelClosedException) failure).code()).isEqualTo(1002);
    locked.connection().close();
  }

  @Test
  void theClientSendsItsToken() throws Exception {
    server.stop();
    server =
        ChannelServer.builder()
            .port(0)
            .authenticator(token -> token == null ? null : () -> token)
            .mount(new Desk() {})
            .start();
    uri = URI.create("ws://localhost:" + server.port());
    desk = connect("lobby", ClientOptions.builder().token("ann").build());
    assertThat(get(desk.count())).isEqualTo(1L);
    // Without one the upgrade is refused with 401: the stage fails.
    assertThat(failure(DeskClient.connect(uri, "lobby", ClientOptions.defaults()))).isNotNull();
  }

  @Test
  void historyPagesAndSinceRecovery() throws Exception {
    for (String text : List.of("one", "two", "three")) {
      get(desk.say(new Desk.Say("ann", text)));
    }
    List<ClientMessage> received =
        List.of(next(events.messages), next(events.messages), next(events.messages));
    MessagePage page = get(desk.history(HistoryQuery.latest(10)));
    assertThat(page.messages().stream().map(m -> DeskClient.asSaid(m).text()))
        .containsExactly("one", "two", "three")
        .inOrder();
    assertThat(page.messages().get(2).id()).isEqualTo(received.get(2).id());
    assertThat(page.next()).isEmpty();
    MessagePage back = get(desk.history(HistoryQuery.before(received.get(2).id().get(), 1)));
    assertThat(DeskClient.asSaid(back.messages().get(0)).text()).isEqualTo("two");
    assertThat(back.next()).isPresent();

    Events late = new Events();
    DeskClient recovering =
        connect(
            "lobby",
            ClientOptions.builder().listener(late).since(received.get(0).id().get()).build());
    assertThat(DeskClient.asSaid(next(late.messages)).text()).isEqualTo("two");
    assertThat(DeskClient.asSaid(next(late.messages)).text()).isEqualTo("three");
    assertThat(next(late.recoveries)).isEqualTo(new Events.Recovered(true, 2));
    assertThat(recovering.connection().lastId()).isEqualTo(received.get(2).id());
    recovering.connection().close();
  }
}
