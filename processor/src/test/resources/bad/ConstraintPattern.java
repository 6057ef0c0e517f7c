package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.constraints.Pattern;

@Channel(path = "/x")
interface ConstraintPattern {
  @Action void a(ChannelContext ctx, Form form);
}

record Form(
    @Pattern(regexp = "[a-z") String name) {}
