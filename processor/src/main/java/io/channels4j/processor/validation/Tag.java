package io.channels4j.processor.validation;

/** The stable tag that starts each error message, so tests and users can search for it. */
public enum Tag {
  /** {@code @Channel} on something other than an interface. */
  NOT_INTERFACE("ChannelsNotInterface"),
  /** A channel, payload or permission type the generated code cannot reach. */
  VISIBILITY("ChannelsVisibility"),
  /** A non-relay channel without actions. */
  NO_ACTIONS("ChannelsNoActions"),
  /** A relay channel with actions, or with an {@code @OnBinary} method. */
  RELAY_WITH_ACTIONS("ChannelsRelayWithActions"),
  /** Two actions with one name. */
  DUPLICATE_ACTION("ChannelsDuplicateAction"),
  /**
   * An action method that is static or private, throws a checked exception, or returns a future.
   */
  ACTION_SIGNATURE("ChannelsActionSignature"),
  /** An {@code @OnJoin} or {@code @OnLeave} method that is not a {@code void} instance method. */
  LIFECYCLE_SIGNATURE("ChannelsLifecycleSignature"),
  /**
   * A handler parameter the dispatcher cannot fill: a second payload, a payload of a join or leave
   * event, a {@code @PathParam} the path lacks, given twice or of an unsupported type, a
   * {@code @RequestId} that is not a {@code long}, several parameter annotations on one parameter,
   * a type the server cannot check or look up.
   */
  PARAMETER("ChannelsParameter"),
  /** A second {@code @OnJoin} or {@code @OnLeave}. */
  DUPLICATE_LIFECYCLE("ChannelsDuplicateLifecycle"),
  /**
   * Text frames and their handlers that do not match: a {@code Frames.TEXT} channel with actions,
   * without an {@code @OnText} method, or with {@code relay = true}, an {@code @OnText} method on a
   * JSON channel, or {@code relayBinary = true} without {@code relay = true}.
   */
  FRAMES("ChannelsFrames"),
  /**
   * An {@code @OnText} method that is not {@code void (ChannelContext, String)}, or an
   * {@code @OnBinary} one that is not {@code void (ChannelContext, ByteBuffer)} or {@code byte[]}.
   */
  HANDLER_SIGNATURE("ChannelsHandlerSignature"),
  /** A second {@code @OnText} or {@code @OnBinary} method. */
  DUPLICATE_HANDLER("ChannelsDuplicateHandler"),
  /** A generic channel interface or action method. */
  GENERIC("ChannelsGeneric"),
  /** An abstract channel method nothing routes to. */
  UNROUTED_METHOD("ChannelsUnroutedMethod"),
  /** A channel annotation where it means nothing. */
  MISPLACED_ANNOTATION("ChannelsMisplacedAnnotation"),
  /** A malformed path. */
  PATH("ChannelsPath"),
  /** A room template naming a parameter the path lacks. */
  ROOM("ChannelsRoom"),
  /** {@code @Limit} with {@code times < 1}. */
  LIMIT_TIMES("ChannelsLimitTimes"),
  /** {@code @Limit} with an empty or negative window. */
  LIMIT_WINDOW("ChannelsLimitWindow"),
  /** {@code @Limit(close = true)} on a method. */
  LIMIT_CLOSE("ChannelsLimitClose"),
  /** {@code @History} with a size out of range. */
  HISTORY_SIZE("ChannelsHistorySize"),
  /** {@code @History} with a negative or too long time to live. */
  HISTORY_TTL("ChannelsHistoryTtl"),
  /**
   * {@code @History} where it cannot work: a relay or {@code Frames.TEXT} channel, one with its own
   * "history" action, or one with a message type whose own member is named "id".
   */
  HISTORY_CONFLICT("ChannelsHistoryConflict"),
  /**
   * {@code @Envelope} that cannot work: a name a frame cannot carry, two roles sharing a name, a
   * routing or correlation name the default response frame uses itself, an envelope on a channel
   * without actions, or a response type the server cannot fill.
   */
  ENVELOPE("ChannelsEnvelope"),
  /** A permission class that cannot be instantiated. */
  PERMISSION_CLASS("ChannelsPermissionClass"),
  /** {@code @Permission(deny = true)} with classes. */
  PERMISSION_DENY("ChannelsPermissionDeny"),
  /** A payload type without a usable constructor. */
  PAYLOAD_CONSTRUCTOR("ChannelsPayloadConstructor"),
  /** A payload type that cannot be read from a frame, which is always a JSON object (warning). */
  PAYLOAD_SHAPE("ChannelsPayloadShape"),
  /** A type with no JSON mapping. */
  UNSUPPORTED_TYPE("ChannelsUnsupportedType"),
  /**
   * Two members of one type with one JSON name, a payload member named like the frame's own {@code
   * action} or {@code request_id}, or {@code @Json(ignore)} on a required member.
   */
  JSON_NAME("ChannelsJsonName"),
  /**
   * A sealed interface a codec cannot read: a subtype that is not a record, two subtypes with one
   * label, or a subtype with a member named like the discriminator.
   */
  SEALED("ChannelsSealed"),
  /**
   * A codec class of {@code @JsonWith} or {@code @Channel(codecs)} that is not one, or a second
   * codec of one type.
   */
  USER_CODEC("ChannelsCodec"),
  /**
   * A {@code jakarta.validation} annotation the generated validators do not check, one on a type it
   * does not apply to, or one with {@code groups}, {@code payload} or values that admit nothing.
   */
  CONSTRAINT("ChannelsConstraint"),
  /**
   * The generated {@code <Name>Client} would clash: with a type of that name, or two actions with
   * one client method.
   */
  CLIENT("ChannelsClient"),
  /** A type that never resolved. */
  UNRESOLVED_TYPE("ChannelsUnresolvedType"),
  /** A bug in the processor, reported with its stack trace. */
  PROCESSOR_EXCEPTION("ChannelsProcessorException");

  private final String text;

  Tag(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return "[" + text + "]";
  }
}
