package com.example;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ClientOptions;
import java.net.URI;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * A typed client of {@link Accounts}, the channel at {@link #PATH}: a method per action,
 * answered by the server's replies, over {@link ChannelClient}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AccountsClient {
  /**
   * The channel's path; {@link #connect} fills its parameters.
   */
  public static final String PATH = "/accounts";

  private final ChannelClient client;

  private AccountsClient(ChannelClient client) {
    this.client = client;
  }

  /**
   * Connects to the channel on {@code server} ({@code ws://host:port}); completes once the socket
   * is open.
   */
  public static CompletionStage<AccountsClient> connect(URI server, ClientOptions options) {
    return ChannelClient.connect(server, ChannelClient.path(PATH), false, options)
        .thenApply(AccountsClient::new);
  }

  /**
   * {@link Accounts#signup}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> signup(Accounts.Signup signup) {
    return client.send("signup", Accounts_SignupJsonCodec.INSTANCE::write, signup);
  }

  /**
   * {@link Accounts#profile}: completes with its reply.
   */
  public CompletionStage<Accounts.Signup> profile(Accounts.Profile profile) {
    return client.request("profile", Accounts_ProfileJsonCodec.INSTANCE::write, profile,
        Accounts_SignupJsonCodec.INSTANCE::read);
  }

  /**
   * {@link Accounts#contact}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> contact(Accounts.Contact contact) {
    return client.send("contact", Accounts_ContactJsonCodec.INSTANCE::write, contact);
  }

  /**
   * {@link Accounts#plain}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> plain(Accounts.Plain plain) {
    return client.send("plain", Accounts_PlainJsonCodec.INSTANCE::write, plain);
  }

  /**
   * The connection under this client: {@code close()} it (it is {@code AutoCloseable}), ask
   * whether it {@code isOpen()}, read its {@code lastId()}. The client has no lifecycle
   * methods of its own, so that any action, {@code close} too, can have its name.
   */
  public ChannelClient connection() {
    return client;
  }
}
