package bad;

import com.squareup.moshi.Json;
import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface PayloadRequestId {
  @Action void order(ChannelContext ctx, Order order);
}

// The frame is this object: its 'request_id' is the frame's own. Renamed, 'action' is no clash.
record Order(
    @Json(name = "request_id") long number,
    @Json(name = "kind") String action,
    Item item) {}

// A nested object has members of its own: these are no clash.
record Item(String action, @Json(name = "request_id") long request) {}
