package io.channels4j.processor.model;

import com.palantir.javapoet.ClassName;

/** What the dispatcher passes to one parameter of a handler method, in the parameter's place. */
public sealed interface ArgumentModel {
  /** The {@code ChannelContext}. */
  record Context() implements ArgumentModel {}

  /** The action's payload: the one parameter without an annotation of its own. */
  record Payload() implements ArgumentModel {}

  /** {@code @RequestId long}: the frame's {@code request_id}. */
  record RequestId() implements ArgumentModel {}

  /**
   * {@code @PathParam(name)}: a path parameter converted to its type.
   *
   * @param enumType the enum, when {@code kind} is {@link PathKind#ENUM}; else {@code null}
   * @param expected what a value must be, for the client's error: {@code "a long"}
   */
  record PathParam(String name, PathKind kind, ClassName enumType, String expected)
      implements ArgumentModel {}

  /** {@code @Principal}: the connection's principal, of a type checked at connect. */
  record Principal(ClassName type) implements ArgumentModel {}

  /** {@code @Attribute(name)}: a connection attribute, or {@code null}. */
  record Attribute(String name, ClassName type) implements ArgumentModel {}

  /** {@code @Provided}: the server's value of {@code type}. */
  record Provided(ClassName type) implements ArgumentModel {}

  /** The types a path parameter converts to. */
  enum PathKind {
    STRING,
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    UUID,
    ENUM
  }
}
