package io.channels4j.processor.writing;

import static io.channels4j.processor.writing.JsonSchemas.object;

import io.channels4j.processor.model.EnvelopeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON Schemas of the protocol's own frames, in a channel's {@code @Envelope}: a request, a
 * response, an error, and the frames of history rooms (docs/PROTOCOL.md).
 */
final class FrameSchemas {
  /** The texts of the server's own errors, English; a handler's ChannelException has its own. */
  private static final List<Object> ERROR_TEXTS =
      List.of(
          "Permission Denied",
          "Too Many Requests. Retry after N seconds.",
          "Action Not Exist",
          "The action 'NAME' is deprecated.",
          "Parse Error: WHAT at PATH",
          "Validation Error",
          "The current number of channel connections is greater than the maximum number of"
              + " connections",
          "Unsupported Data",
          "Message Too Big",
          "Internal Error");

  private FrameSchemas() {}

  /** The client's frame: routing members, and the payload's at the top or in its own member. */
  static Map<String, Object> request(
      EnvelopeModel envelope, String action, Optional<Map<String, Object>> payload) {
    Map<String, Object> properties =
        object(
            envelope.action(),
            object("const", action),
            envelope.requestId(),
            object("type", "integer", "format", "int64"));
    List<Object> required = new ArrayList<>(List.of(envelope.action()));
    Map<String, Object> head =
        object("type", "object", "properties", properties, "required", required);
    if (payload.isEmpty()) {
      return head;
    }
    if (!envelope.payload().isEmpty()) {
      properties.put(envelope.payload(), payload.get());
      required.add(envelope.payload());
      return head;
    }
    return object("allOf", List.of(payload.get(), head));
  }

  /**
   * A response frame of {@code envelope}: today's {@code type}, {@code action}, {@code request_id},
   * {@code status} and {@code data} (and {@code errors} and {@code reason} for an error), or the
   * members of the channel's own response record.
   */
  static Map<String, Object> response(
      EnvelopeModel envelope,
      Map<String, Object> action,
      Map<String, Object> status,
      Map<String, Object> data,
      boolean errors) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    if (envelope.response().isEmpty()) {
      properties.put("type", object("const", "response"));
      properties.put("action", action);
      properties.put("request_id", object("type", "integer", "format", "int64"));
      properties.put("status", status);
      properties.put("data", data);
      required.addAll(List.of("type", "request_id", "status"));
      if (errors) {
        properties.put("errors", object("type", "string", "examples", ERROR_TEXTS));
        properties.put("reason", object("type", "string"));
        required.add("errors");
      } else {
        required.addAll(List.of("action", "data"));
      }
    } else {
      for (EnvelopeModel.Component component : envelope.response().get().components()) {
        Map<String, Object> schema =
            switch (component.role()) {
              case ACTION -> action;
              case REQUEST_ID -> object("type", "integer", "format", "int64");
              case STATUS -> status;
              case DATA -> data;
              case ERRORS -> object("type", "string", "examples", ERROR_TEXTS);
              case REASON -> object("type", "string");
            };
        if (errors || component.role() != EnvelopeModel.Role.ERRORS) {
          properties.put(component.jsonName(), schema);
        }
        if (component.role() == EnvelopeModel.Role.REQUEST_ID
            || component.role() == EnvelopeModel.Role.STATUS) {
          required.add(component.jsonName());
        }
      }
    }
    return object("type", "object", "properties", properties, "required", required);
  }

  /** The {@code history} action's cursors. */
  static Map<String, Object> historyCursors() {
    return object(
        "type",
        "object",
        "properties",
        object(
            "limit",
            object("type", "integer", "minimum", 1),
            "before",
            object("type", "string"),
            "after",
            object("type", "string")));
  }

  /** A page of kept messages, and the cursor of the next one. */
  static Map<String, Object> historyPage() {
    return object(
        "type",
        "object",
        "properties",
        object(
            "messages",
            object("type", "array", "items", keptId()),
            "next",
            object("type", List.of("string", "null"))),
        "required",
        List.of("messages", "next"));
  }

  /** The data of the {@code recover} answer after a {@code ?since=} replay. */
  static Map<String, Object> recovery() {
    return object(
        "type",
        "object",
        "properties",
        object("recovered", object("type", "boolean"), "replayed", object("type", "integer")),
        "required",
        List.of("recovered", "replayed"));
  }

  /** What a kept message has besides its own members: the {@code id} its room's history gave it. */
  static Map<String, Object> keptId() {
    return object(
        "type",
        "object",
        "properties",
        object("id", object("type", "string")),
        "required",
        List.of("id"));
  }
}
