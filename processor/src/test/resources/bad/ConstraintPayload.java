package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;

@Channel(path = "/x")
interface ConstraintPayload {
  @Action void a(ChannelContext ctx, Form form);
}

record Form(
    @NotBlank(payload = Severe.class) String name) {}

interface Severe extends Payload {}
