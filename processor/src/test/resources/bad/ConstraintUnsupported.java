package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

@Channel(path = "/x")
interface ConstraintUnsupported {
  @Action void a(ChannelContext ctx, Form form);
}

record Form(
    String name,
    @DecimalMin("1") BigDecimal total) {}
