package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

@Channel(path = "/x")
interface ConstraintTypeArgument {
  @Action void a(ChannelContext ctx, Form form);
}

record Form(
    String title,
    List<@NotBlank String> names) {}
