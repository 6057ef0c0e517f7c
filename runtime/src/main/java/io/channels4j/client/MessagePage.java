package io.channels4j.client;

import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page of a room's history, the answer to {@link HistoryQuery}: its messages oldest first, as
 * members received them (ids included), and the cursor of the following page in the same direction.
 *
 * @param messages the messages, oldest first
 * @param next the id to ask {@code before} (or {@code after}) for the next page; empty at the end
 */
public record MessagePage(List<ClientMessage> messages, Optional<String> next) {
  private static final JsonNames MEMBERS = JsonNames.of("messages", "next");

  /** Copies the list so a page never changes. */
  public MessagePage {
    messages = List.copyOf(messages);
  }

  /** Reads the {@code data} of a {@code history} answer. */
  static MessagePage read(JsonInput in) {
    List<ClientMessage> messages = new ArrayList<>();
    String next = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(MEMBERS)) {
        case 0 -> {
          in.beginArray();
          while (in.hasNext()) {
            byte[] json = in.nextRawValue();
            messages.add(new ClientMessage(json, ServerFrame.read(json).id()));
          }
          in.endArray();
        }
        case 1 -> next = in.nextNull() ? null : in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    return new MessagePage(messages, Optional.ofNullable(next));
  }
}
