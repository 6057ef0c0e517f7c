package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.Valid;

@Channel(path = "/x")
interface ConstraintValidOnText {
  @Action void a(ChannelContext ctx, Form form);
}

record Form(
    @Valid String name) {}
