package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

// The frame is the payload: its 'op' is the frame's routing member. 'action' is free now.
@Channel(path = "/x")
@Envelope(action = "op", requestId = "seq")
interface EnvelopePayloadMember {
  @Action void order(ChannelContext ctx, Move move);
}

record Move(
    String op,
    String action) {}
