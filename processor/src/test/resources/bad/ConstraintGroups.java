package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.constraints.NotBlank;

@Channel(path = "/x")
interface ConstraintGroups {
  @Action void a(ChannelContext ctx, Form form);
}

record Form(
    @NotBlank(groups = Strict.class) String name) {}

interface Strict {}
