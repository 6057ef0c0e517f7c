package io.channels4j.runtime.undertow;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.squareup.moshi.JsonWriter;
import io.channels4j.runtime.Presence;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonTextInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSink;

/**
 * The value the broker keeps for each member of a room, {@code {"user":"ann","meta":{...}}}, and
 * the {@link Presence} it stands for.
 */
final class PresenceValues {
  private static final JsonNames NAMES = JsonNames.of("user", "meta");

  /** Any metadata a server wrote: the deepest nesting the JSON codecs accept. */
  private static final int MAX_DEPTH = 255;

  private PresenceValues() {}

  /** The value of a member whose user is {@code user} and whose metadata is {@code meta}. */
  static byte[] of(String user, byte[] meta) {
    return write(null, user, meta);
  }

  /** A member as a presence event lists it: {@code {"id":..,"user":..,"meta":..}}. */
  static byte[] member(String id, String user, byte[] meta) {
    return write(id, user, meta);
  }

  private static byte[] write(String id, String user, byte[] meta) {
    Buffer buffer = new Buffer();
    try (JsonWriter out = JsonWriter.of(buffer)) {
      out.setSerializeNulls(true);
      out.beginObject();
      if (id != null) {
        out.name("id").value(id);
      }
      out.name("user").value(user);
      out.name("meta");
      if (meta == null) {
        out.nullValue();
      } else {
        try (BufferedSink value = out.valueSink()) {
          value.write(meta);
        }
      }
      out.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /**
   * The members of a room as the broker listed them, by connection id; read with the codecs' byte
   * reader, as a room of 50,000 members makes as many values to read.
   */
  static List<Presence> read(Map<String, byte[]> values) {
    List<Presence> members = new ArrayList<>(values.size());
    JsonInput in = new JsonTextInput(MAX_DEPTH);
    values.forEach((id, value) -> members.add(read(in, id, value)));
    members.sort(Comparator.comparing(Presence::connectionId));
    return members;
  }

  private static Presence read(JsonInput in, String id, byte[] value) {
    if (value.length == 0) {
      return new Presence(id, null, null); // joined where no presence was recorded
    }
    String user = null;
    String meta = null;
    try {
      in.reset(value).beginObject();
      while (in.hasNext()) {
        switch (in.selectName(NAMES)) {
          case 0 -> user = in.nextNull() ? null : in.nextString();
          case 1 -> meta = in.nextNull() ? null : new String(in.nextRawValue(), UTF_8);
          default -> in.skipValue();
        }
      }
      in.endObject();
    } catch (RuntimeException e) {
      return new Presence(id, null, null); // written by no server of this version
    }
    return new Presence(id, user, meta);
  }
}
