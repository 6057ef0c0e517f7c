package io.channels4j.processor;

import com.palantir.javapoet.ClassName;

/**
 * Every type of the runtime, of Moshi and of the annotations that the generated code or the
 * validation mentions, so the processor never needs those jars on its own classpath.
 */
public final class Names {
  private Names() {}

  private static final String ANNOTATIONS = "io.channels4j.annotations";
  private static final String RUNTIME = "io.channels4j.runtime";
  private static final String INTERNAL = "io.channels4j.runtime.internal";
  private static final String MOSHI = "com.squareup.moshi";

  public static final ClassName CHANNEL = ClassName.get(ANNOTATIONS, "Channel");
  public static final ClassName ACTION = ClassName.get(ANNOTATIONS, "Action");
  public static final ClassName LIMIT = ClassName.get(ANNOTATIONS, "Limit");
  public static final ClassName LIMIT_LIST = ClassName.get(ANNOTATIONS, "Limit", "List");
  public static final ClassName LIMIT_SCOPE = ClassName.get(ANNOTATIONS, "Limit", "Scope");
  public static final ClassName PERMISSION = ClassName.get(ANNOTATIONS, "Permission");
  public static final ClassName PERMISSION_MODE = ClassName.get(ANNOTATIONS, "Permission", "Mode");
  public static final ClassName NON_BLOCKING = ClassName.get(ANNOTATIONS, "NonBlocking");
  public static final ClassName ON_JOIN = ClassName.get(ANNOTATIONS, "OnJoin");
  public static final ClassName ON_LEAVE = ClassName.get(ANNOTATIONS, "OnLeave");
  public static final ClassName ON_TEXT = ClassName.get(ANNOTATIONS, "OnText");
  public static final ClassName ON_BINARY = ClassName.get(ANNOTATIONS, "OnBinary");
  public static final ClassName HISTORY = ClassName.get(ANNOTATIONS, "History");
  public static final ClassName ENVELOPE = ClassName.get(ANNOTATIONS, "Envelope");
  public static final ClassName PATH_PARAM = ClassName.get(ANNOTATIONS, "PathParam");
  public static final ClassName PRINCIPAL = ClassName.get(ANNOTATIONS, "Principal");
  public static final ClassName REQUEST_ID = ClassName.get(ANNOTATIONS, "RequestId");
  public static final ClassName ATTRIBUTE = ClassName.get(ANNOTATIONS, "Attribute");
  public static final ClassName PROVIDED = ClassName.get(ANNOTATIONS, "Provided");
  public static final ClassName JSON_SUBTYPE = ClassName.get(ANNOTATIONS, "JsonSubtype");
  public static final ClassName JSON_WITH = ClassName.get(ANNOTATIONS, "JsonWith");
  public static final ClassName JSON_DISCRIMINATOR =
      ClassName.get(ANNOTATIONS, "JsonDiscriminator");

  public static final ClassName CHANNEL_CONTEXT = ClassName.get(RUNTIME, "ChannelContext");
  public static final ClassName PERMISSION_CHECK = ClassName.get(RUNTIME, "PermissionCheck");
  public static final ClassName ACTION_DESCRIPTOR = ClassName.get(RUNTIME, "ActionDescriptor");
  public static final ClassName CHANNEL_DESCRIPTOR = ClassName.get(RUNTIME, "ChannelDescriptor");
  public static final ClassName PERMISSION_DESCRIPTOR =
      ClassName.get(RUNTIME, "PermissionDescriptor");
  public static final ClassName LIMIT_RULE = ClassName.get(RUNTIME, "LimitRule");
  public static final ClassName HISTORY_POLICY = ClassName.get(RUNTIME, "HistoryPolicy");
  public static final ClassName PROVIDED_VALUE = ClassName.get(RUNTIME, "ProvidedValue");
  public static final ClassName FRAME_ENVELOPE = ClassName.get(RUNTIME, "FrameEnvelope");
  public static final ClassName CHANNEL_EXCEPTION = ClassName.get(RUNTIME, "ChannelException");
  public static final ClassName ACTION_NOT_EXIST = ClassName.get(RUNTIME, "ActionNotExist");
  public static final ClassName ACTION_IS_DEPRECATED = ClassName.get(RUNTIME, "ActionIsDeprecated");

  public static final ClassName ACTION_CALL = ClassName.get(INTERNAL, "ActionCall");
  public static final ClassName CHANNEL_BINDING = ClassName.get(INTERNAL, "ChannelBinding");
  public static final ClassName CHANNEL_DISPATCHER = ClassName.get(INTERNAL, "ChannelDispatcher");
  public static final ClassName GUARD = ClassName.get(INTERNAL, "Guard");
  public static final ClassName GUARDS = ClassName.get(INTERNAL, "Guards");
  public static final ClassName PERMISSION_RULE = ClassName.get(INTERNAL, "PermissionRule");
  public static final ClassName HANDLER_PARAMS = ClassName.get(INTERNAL, "HandlerParams");
  public static final ClassName JSON_ADAPTERS = ClassName.get(INTERNAL, "JsonAdapters");
  public static final ClassName JSON_ERRORS = ClassName.get(INTERNAL, "JsonErrors");
  public static final ClassName JSON_CODEC = ClassName.get(INTERNAL, "JsonCodec");
  public static final ClassName JSON_INPUT = ClassName.get(INTERNAL, "JsonInput");
  public static final ClassName JSON_OUTPUT = ClassName.get(INTERNAL, "JsonOutput");
  public static final ClassName JSON_NAMES = ClassName.get(INTERNAL, "JsonNames");
  public static final ClassName JSON_TEXT = ClassName.get(INTERNAL, "JsonText");
  public static final ClassName JSON_SCALARS = ClassName.get(INTERNAL, "JsonScalars");
  public static final ClassName RESPONSE_ENVELOPE = ClassName.get(INTERNAL, "ResponseEnvelope");
  public static final ClassName VIOLATIONS = ClassName.get(INTERNAL, "Violations");
  public static final ClassName CONSTRAINTS = ClassName.get(INTERNAL, "Constraints");

  public static final ClassName JSON = ClassName.get(MOSHI, "Json");
  public static final ClassName JSON_ADAPTER = ClassName.get(MOSHI, "JsonAdapter");
  public static final ClassName JSON_ADAPTER_FACTORY =
      ClassName.get(MOSHI, "JsonAdapter", "Factory");
  public static final ClassName JSON_READER = ClassName.get(MOSHI, "JsonReader");
  public static final ClassName JSON_READER_OPTIONS = ClassName.get(MOSHI, "JsonReader", "Options");
  public static final ClassName JSON_WRITER = ClassName.get(MOSHI, "JsonWriter");
  public static final ClassName JSON_DATA_EXCEPTION = ClassName.get(MOSHI, "JsonDataException");
  public static final ClassName MOSHI_CLASS = ClassName.get(MOSHI, "Moshi");

  /** What an authenticator returns, and so what a {@code @Principal} parameter is cast from. */
  public static final ClassName JAVA_PRINCIPAL = ClassName.get("java.security", "Principal");

  /** {@code javax.annotation.processing.Generated}, as auto-common's GeneratedAnnotations picks. */
  public static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  /** The service file the runtime's ServiceLoader reads. */
  public static final String BINDING_SERVICE_FILE =
      "META-INF/services/" + INTERNAL + ".ChannelBinding";
}
