package io.channels4j.runtime;

/** A frame names a deprecated action: {@code The action 'NAME' is deprecated.} */
public class ActionIsDeprecated extends ChannelException {
  private static final long serialVersionUID = 1L;

  /** The action {@code action} is deprecated. */
  public ActionIsDeprecated(String action) {
    super("action_deprecated", new Object[] {action}, false, 1000);
  }
}
