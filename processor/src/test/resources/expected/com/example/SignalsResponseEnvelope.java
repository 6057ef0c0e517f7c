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
 * Writes the response and error frames of {@link Signals} as {@link Signals.Answer},
 * without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class SignalsResponseEnvelope implements ResponseEnvelope {
  /**
   * The writer; it holds no state.
   */
  static final SignalsResponseEnvelope INSTANCE = new SignalsResponseEnvelope();

  private static final byte[] REQUEST_ID = JsonOutput.encodeName("requestId");

  private static final byte[] STATUS = JsonOutput.encodeName("status");

  private static final byte[] DATA = JsonOutput.encodeName("data");

  private static final byte[] ERRORS = JsonOutput.encodeName("errors");

  private static final byte[] ACTION = JsonOutput.encodeName("action");

  private SignalsResponseEnvelope() {
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> void ok(JsonOutput out, String action, long requestId, JsonCodec<T> codec, T data) {
    Signals.Answer reply = new Signals.Answer(requestId, "ok", data, null, action);
    out.beginObject();
    if (reply.requestId() != null) {
      out.name(REQUEST_ID);
      out.value(reply.requestId());
    }
    if (reply.status() != null) {
      out.name(STATUS);
      out.value(reply.status());
    }
    if (reply.data() != null) {
      out.name(DATA);
      codec.write(out, (T) reply.data());
    }
    if (reply.errors() != null) {
      out.name(ERRORS);
      out.value(reply.errors());
    }
    if (reply.action() != null) {
      out.name(ACTION);
      out.value(reply.action());
    }
    out.endObject();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> void ok(JsonWriter out, String action, long requestId, JsonAdapter<T> adapter, T data)
      throws IOException {
    write(out, new Signals.Answer(requestId, "ok", data, null,
        action), (JsonAdapter<Object>) adapter);
  }

  @Override
  public void error(JsonWriter out, String action, long requestId, ChannelException error,
      Locale locale, Function<Object, JsonAdapter<Object>> adapters) throws IOException {
    Object data = error.data();
    write(out, new Signals.Answer(requestId, "bad", data, error.errors(locale), action),
        data == null ? null : adapters.apply(data));
  }

  private void write(JsonWriter out, Signals.Answer reply, JsonAdapter<Object> adapter) throws
      IOException {
    out.beginObject();
    if (reply.requestId() != null) {
      out.name("requestId").value(reply.requestId());
    }
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
    if (reply.action() != null) {
      out.name("action").value(reply.action());
    }
    out.endObject();
  }
}
