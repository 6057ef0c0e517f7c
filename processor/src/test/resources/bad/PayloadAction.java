package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.Optional;

@Channel(path = "/x")
interface PayloadAction {
  @Action void run(ChannelContext ctx, Optional<Command> command);
}

// The same payload: reported once, and neither channel is generated.
@Channel(path = "/y")
interface PayloadActionAgain {
  @Action void again(ChannelContext ctx, Command command);
}

class Command {
  public String target;
  public String action;
}
