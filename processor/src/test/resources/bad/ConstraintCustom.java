package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import jakarta.validation.Constraint;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Channel(path = "/x")
interface ConstraintCustom {
  @Action void a(ChannelContext ctx, Form form);
}

record Form(
    @Even int count) {}

@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@interface Even {
  String message() default "must be even";
  Class<?>[] groups() default {};
  Class<? extends jakarta.validation.Payload>[] payload() default {};
}
