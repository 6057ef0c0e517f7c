package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.constraints.Size;

@Channel(path = "/x")
interface ConstraintWrongType {
  @Action void a(ChannelContext ctx, Form form);
}

record Form(
    String name,
    @Size(max = 3) int count) {}
