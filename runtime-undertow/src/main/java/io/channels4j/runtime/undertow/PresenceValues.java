package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.channels4j.runtime.Presence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * The value the broker keeps for each member of a room, {@code {"user":"ann","meta":{...}}}, and
 * the {@link Presence} it stands for.
 */
final class PresenceValues {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("user", "meta");

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

  /** The members of a room as the broker listed them, by connection id. */
  static List<Presence> read(Map<String, byte[]> values) {
    List<Presence> members = new ArrayList<>();
    values.forEach((id, value) -> members.add(read(id, value)));
    members.sort(Comparator.comparing(Presence::connectionId));
    return members;
  }

  private static Presence read(String id, byte[] value) {
    if (value.length == 0) {
      return new Presence(id, null, null); // joined where no presence was recorded
    }
    String user = null;
    String meta = null;
    try (JsonReader in = JsonReader.of(new Buffer().write(value))) {
      in.beginObject();
      while (in.hasNext()) {
        switch (in.selectName(NAMES)) {
          case 0 -> user = in.peek() == JsonReader.Token.NULL ? in.nextNull() : in.nextString();
          case 1 -> {
            if (in.peek() == JsonReader.Token.NULL) {
              in.nextNull();
            } else {
              try (BufferedSource source = in.nextSource()) {
                meta = source.readString(StandardCharsets.UTF_8);
              }
            }
          }
          default -> {
            in.skipName();
            in.skipValue();
          }
        }
      }
      in.endObject();
    } catch (IOException | RuntimeException e) {
      return new Presence(id, null, null); // written by no server of this version
    }
    return new Presence(id, user, meta);
  }
}
