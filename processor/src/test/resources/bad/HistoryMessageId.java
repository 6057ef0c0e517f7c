package bad;

import com.squareup.moshi.Json;
import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x", messages = Said.class)
@History(size = 10)
interface HistoryMessageId {
  // A payload is not broadcast, so it may have an id of its own.
  @Action void say(ChannelContext ctx, Lookup lookup);
}

// The same message: reported once, and neither channel is generated.
@Channel(path = "/y", messages = Said.class)
@History(size = 10)
interface HistoryMessageIdAgain {
  @Action void hello(ChannelContext ctx);
}

record Said(@Json(name = "id") String key, String text, Author author) {}

// A nested object has members of its own: this id is no clash.
record Author(String id) {}

record Lookup(String id) {}
