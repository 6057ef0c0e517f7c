package io.channels4j.benchmarks.jmh;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.undertow.frame.FrameHead;
import java.io.IOException;
import okio.Buffer;

/**
 * Baseline (a): the same head scan, then Moshi's reflective adapters (no generated factory) and
 * {@code Method.invoke}.
 */
final class MoshiReflectiveStack {
  private final ReflectiveRoutes routes = new ReflectiveRoutes();
  private final MoshiAdapters adapters = new MoshiAdapters(new Moshi.Builder().build());
  private final RecordingCall.Encoder encoder = adapters::encode;

  byte[] handle(byte[] frame) throws IOException {
    FrameHead head = new FrameHead().scan(frame, 32);
    JsonReader reader = JsonReader.of(new Buffer().write(frame));
    RecordingCall call = new RecordingCall(head.action(), head.requestId(), encoder);
    Object payload = adapters.forType(routes.payloadType(head.action())).fromJson(reader);
    routes.invoke(head.action(), call, payload);
    return call.sent();
  }
}
