package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import io.channels4j.runtime.ChannelException;
import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonOutput;
import io.channels4j.runtime.internal.ResponseEnvelope;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Writes the response and error frames of {@link Tickets} as {@link Tickets.Reply},
 * without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class TicketsResponseEnvelope implements ResponseEnvelope {
  /**
   * The writer; it holds no state.
   */
  static final TicketsResponseEnvelope INSTANCE = new TicketsResponseEnvelope();

  private static final byte[] ACTION = JsonOutput.encodeName("action");

  private static final byte[] REQUEST_ID = JsonOutput.encodeName("request_id");

  private static final byte[] STATUS = JsonOutput.encodeName("status");

  private static final byte[] DATA = JsonOutput.encodeName("data");

  private static final byte[] ERRORS = JsonOutput.encodeName("errors");

  private static final byte[] REASON = JsonOutput.encodeName("reason");

  private TicketsResponseEnvelope() {
  }

  @Override
  public <T> void ok(JsonOutput out, String action, long requestId, JsonCodec<T> codec, T data) {
    Tickets.Reply<T> reply = new Tickets.Reply<>(action, requestId, "ok", data, null, null);
    out.beginObject();
    if (reply.action() != null) {
      out.name(ACTION);
      out.value(reply.action());
    }
    out.name(REQUEST_ID);
    out.value(reply.requestId());
    if (reply.status() != null) {
      out.name(STATUS);
      out.value(reply.status());
    }
    if (reply.data() != null) {
      out.name(DATA);
      codec.write(out, reply.data());
    }
    if (reply.errors() != null) {
      out.name(ERRORS);
      out.value(reply.errors());
    }
    if (reply.reason() != null) {
      out.name(REASON);
      out.value(reply.reason());
    }
    out.endObject();
  }

  @Override
  public <T> void ok(JsonWriter out, String action, long requestId, JsonAdapter<T> adapter, T data)
      throws IOException {
    write(out, new Tickets.Reply<>(action, requestId, "ok", data, null, null), adapter);
  }

  @Override
  public void error(JsonWriter out, String action, long requestId, ChannelException error,
      Locale locale, Function<Object, JsonAdapter<Object>> adapters) throws IOException {
    Object data = error.data();
    write(out, new Tickets.Reply<>(action, requestId, "bad", data, error.errors(locale),
        error.reason()), data == null ? null : adapters.apply(data));
  }

  private <T> void write(JsonWriter out, Tickets.Reply<T> reply, JsonAdapter<T> adapter) throws
      IOException {
    out.beginObject();
    if (reply.action() != null) {
      out.name("action").value(reply.action());
    }
    out.name("request_id").value(reply.requestId());
    if (reply.status() != null) {
      out.name("status").value(reply.status());
    }
    if (reply.data() != null) {
      out.name("data");
      adapter.toJson(out, reply.data());
    }
    if (reply.errors() != null) {
      out.name("errors").value(reply.errors());
    }
    if (reply.reason() != null) {
      out.name("reason").value(reply.reason());
    }
    out.endObject();
  }
}
