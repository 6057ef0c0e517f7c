package io.channels4j.runtime.undertow.frame;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import io.channels4j.runtime.ChannelException;
import io.channels4j.runtime.FrameEnvelope;
import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonOutput;
import io.channels4j.runtime.internal.ResponseEnvelope;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The default response and error frames (docs/PROTOCOL.md), naming the action and request id as the
 * channel's client frames do:
 *
 * <pre>{@code
 * {"type":"response","action":A,"request_id":N,"status":"ok","data":value}
 * {"type":"response","action":A,"status":"bad","request_id":N,"data":null,"errors":"...",...}
 * }</pre>
 *
 * <p>Public for the benchmarks, which write responses as the server does.
 */
public final class DefaultResponses implements ResponseEnvelope {
  /** The frames of a channel without {@code @Envelope}. */
  public static final DefaultResponses DEFAULT = new DefaultResponses(FrameEnvelope.DEFAULT);

  private static final byte[] TYPE = JsonOutput.encodeName("type");
  private static final byte[] STATUS = JsonOutput.encodeName("status");
  private static final byte[] DATA = JsonOutput.encodeName("data");

  private final String action;
  private final String requestId;
  private final byte[] actionName;
  private final byte[] requestIdName;

  /** The frames of a channel whose client frames are shaped as {@code envelope} says. */
  public DefaultResponses(FrameEnvelope envelope) {
    this.action = envelope.action();
    this.requestId = envelope.requestId();
    this.actionName = JsonOutput.encodeName(action);
    this.requestIdName = JsonOutput.encodeName(requestId);
  }

  @Override
  public <T> void ok(JsonOutput out, String action, long requestId, JsonCodec<T> codec, T data) {
    out.beginObject();
    out.name(TYPE);
    out.value("response");
    out.name(actionName);
    out.value(action);
    out.name(requestIdName);
    out.value(requestId);
    out.name(STATUS);
    out.value("ok");
    out.name(DATA);
    if (data == null) {
      out.nullValue(); // an explicit null, as the Moshi path writes it
    } else {
      codec.write(out, data);
    }
    out.endObject();
  }

  @Override
  public <T> void ok(JsonWriter out, String action, long requestId, JsonAdapter<T> adapter, T data)
      throws IOException {
    out.beginObject();
    out.name("type").value("response");
    out.name(this.action).value(action);
    out.name(this.requestId).value(requestId);
    out.name("status").value("ok");
    out.name("data");
    if (data == null) {
      nullValue(out);
    } else {
      adapter.toJson(out, data);
    }
    out.endObject();
  }

  /** Writes the error frame, with the exception's reason and extra fields after {@code errors}. */
  @Override
  public void error(
      JsonWriter out,
      String action,
      long requestId,
      ChannelException error,
      Locale locale,
      Function<Object, JsonAdapter<Object>> adapters)
      throws IOException {
    out.beginObject();
    out.name("type").value("response");
    if (action != null) {
      out.name(this.action).value(action);
    }
    out.name("status").value("bad");
    out.name(this.requestId).value(requestId);
    out.name("data");
    writeValue(out, error.data(), adapters);
    out.name("errors").value(error.errors(locale));
    if (error.reason() != null) {
      out.name("reason").value(error.reason());
    }
    for (Map.Entry<String, Object> field : error.extra().entrySet()) {
      out.name(field.getKey());
      writeValue(out, field.getValue(), adapters);
    }
    out.endObject();
  }

  private static void writeValue(
      JsonWriter writer, Object value, Function<Object, JsonAdapter<Object>> adapters)
      throws IOException {
    if (value == null) {
      nullValue(writer);
    } else {
      adapters.apply(value).toJson(writer, value);
    }
  }

  /** Writes an explicit {@code null}, which a writer drops unless it serializes nulls. */
  public static void nullValue(JsonWriter writer) throws IOException {
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    writer.nullValue();
    writer.setSerializeNulls(serializeNulls);
  }
}
