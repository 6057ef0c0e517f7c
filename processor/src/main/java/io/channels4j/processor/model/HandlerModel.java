package io.channels4j.processor.model;

import java.util.List;

/**
 * One validated {@code @OnText} or {@code @OnBinary} method.
 *
 * @param method the interface method's name
 * @param dataType the type of its second parameter: {@code java.lang.String}, {@code
 *     java.nio.ByteBuffer} or {@code byte[]}
 */
public record HandlerModel(
    String method, String dataType, PermissionModel permission, List<LimitModel> limits) {

  /** The type of a binary handler that takes a buffer rather than an array. */
  public static final String BYTE_BUFFER = "java.nio.ByteBuffer";
}
