package bad;

import io.channels4j.annotations.*;
import java.time.Clock;

class ParamOutsideChannel {
  void tick(@Provided Clock clock) {}
}
