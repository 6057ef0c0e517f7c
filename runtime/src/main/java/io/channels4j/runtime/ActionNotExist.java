package io.channels4j.runtime;

/** A frame names an action the channel does not have: {@code Action Not Exist}. */
public class ActionNotExist extends ChannelException {
  private static final long serialVersionUID = 1L;

  /** The channel has no action named {@code action}. */
  public ActionNotExist(String action) {
    super("action_not_exist", new Object[] {String.valueOf(action)}, false, 1000);
  }
}
