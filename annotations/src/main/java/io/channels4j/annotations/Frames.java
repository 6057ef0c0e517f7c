package io.channels4j.annotations;

/** What the text frames of a {@link Channel} carry, and so how the server handles them. */
public enum Frames {
  /**
   * One JSON object per text frame, whose {@code "action"} picks an {@link Action} method: the
   * default.
   */
  JSON,

  /**
   * Plain text: every text frame goes, unparsed, to the channel's one {@link OnText} method. Such a
   * channel has no actions.
   */
  TEXT
}
