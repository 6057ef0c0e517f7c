package io.channels4j.runtime.internal;

/**
 * The version of the contract between generated code and this runtime: the {@code internal} types
 * generated classes extend and call, and what they may assume of them.
 *
 * <p>A binding states the version it was generated for ({@link
 * ChannelBinding#generatedCodeVersion()}); the server refuses to mount one made for another, as
 * protobuf's runtime refuses generated code of another version, so a processor and runtime of
 * different releases fail at startup with both versions named, not with a linkage error at the
 * first frame.
 */
public final class GeneratedCode {
  private GeneratedCode() {}

  /** The version this runtime runs; the processor of the same release generates it. */
  public static final int VERSION = 5;
}
