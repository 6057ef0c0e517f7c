package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.constraints.NotNull;

@Channel(path = "/x")
interface ConstraintNotNullPrimitive {
  @Action void a(ChannelContext ctx, Form form);
}

record Form(
    @NotNull long count) {}
