package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.constraints.Size;

@Channel(path = "/x")
interface ConstraintSize {
  @Action void a(ChannelContext ctx, Form form);
}

record Form(
    @Size(min = 5, max = 2) String name) {}
