package io.channels4j.processor.writing;

import static io.channels4j.processor.writing.JsonSchemas.object;

import io.channels4j.processor.model.ActionModel;
import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.EnvelopeModel;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.LimitModel;
import io.channels4j.processor.model.PermissionModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AsyncAPI 3.0 document of a compilation's channels: one channel per {@code @Channel}, whose
 * address is its path, one {@code send} operation per action (with its reply when the action
 * answers), one {@code receive} operation per {@code @Channel(messages)} type, and the schema of
 * every type the frames hold. What AsyncAPI has no word for (limits, permissions, rooms, history)
 * is said in {@code x-channels4j-*} extensions.
 */
public final class AsyncApiWriter {
  /** Where the document goes in the class output. */
  public static final String RESOURCE = "META-INF/channels4j/asyncapi.json";

  /** Where its YAML form goes, when asked for. */
  public static final String YAML_RESOURCE = "META-INF/channels4j/asyncapi.yaml";

  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]*)}");

  /** The codes the server closes with, as docs/PROTOCOL.md lists them. */
  private static final Map<String, Object> CLOSE_CODES =
      object(
          "1000",
          "The client's own close answered; a handler's ctx.close(1000, reason).",
          "1001",
          "The server stops (\"Server shutting down\"), or the client was idle (\"Idle timeout\").",
          "1002",
          "Permission denied at connect; a closing @Limit or error; a protocol violation.",
          "1007",
          "A text frame that is not valid UTF-8.",
          "1008",
          "The client reads too slowly (\"Client too slow to read\").",
          "1009",
          "A message over the size limit, after the Message Too Big error.",
          "1011",
          "The connect checks failed unexpectedly, after the Internal Error error.",
          "1013",
          "The room is full (maxConnections), after its error.",
          "4000-4999",
          "A handler's own: ChannelException(text, true, code) or ctx.close(code, reason).");

  private static final String ERROR = "Error";

  /** The document of {@code channels}, in any order: pretty JSON, or YAML if {@code yaml}. */
  public String write(
      String title, String version, Collection<ChannelModel> channels, boolean yaml) {
    Map<String, Object> channelObjects = new LinkedHashMap<>();
    Map<String, Object> operations = new LinkedHashMap<>();
    Map<String, Object> schemas = new LinkedHashMap<>();
    for (ChannelModel channel : channels) {
      String key = channel.generatedPrefix();
      channelObjects.put(key, channel(channel, key, operations));
      for (CodecModel codec : channel.codecs()) {
        schemas.putIfAbsent(JsonSchemas.name(codec.type()), JsonSchemas.of(codec));
      }
    }
    Map<String, Object> document =
        object(
            "asyncapi",
            "3.0.0",
            "info",
            object("title", title, "version", version),
            "defaultContentType",
            "application/json",
            "channels",
            channelObjects,
            "operations",
            operations,
            "components",
            object(
                "messages", object(ERROR, errorMessage(EnvelopeModel.DEFAULT)), "schemas", schemas),
            "x-channels4j-close-codes",
            CLOSE_CODES);
    return yaml ? YamlPrinter.print(document) : JsonPrinter.print(document);
  }

  private Map<String, Object> channel(
      ChannelModel channel, String key, Map<String, Object> operations) {
    Map<String, Object> messages = new LinkedHashMap<>();
    String ref = "#/channels/" + key;
    EnvelopeModel envelope = channel.envelope();
    for (ActionModel action : channel.actions()) {
      Optional<Map<String, Object>> data =
          action.reply().isPresent() || action.ack()
              ? Optional.of(
                  action.reply().map(JsonSchemas::of).orElseGet(() -> object("type", "null")))
              : Optional.empty();
      Map<String, Object> operation =
          send(ref, messages, envelope, action.name(), action.payload().map(JsonSchemas::of), data);
      extensions(operation, action.permission(), action.limits());
      if (action.deprecated()) {
        operation.put("x-channels4j-deprecated", true);
      }
      operations.put(key + ".send." + safe(action.name()), operation);
    }
    for (JsonType message : channel.messages()) {
      String name = simpleName(message);
      messages.put(name, message(name, broadcast(channel, message)));
      operations.put(
          key + ".receive." + name,
          object(
              "action",
              "receive",
              "channel",
              object("$ref", ref),
              "messages",
              List.of(object("$ref", ref + "/messages/" + name))));
    }
    if (channel.history().isPresent()) {
      history(ref, key, messages, envelope, operations);
    }
    if (channel.relay() || channel.textHandler().isPresent()) {
      String name = channel.relay() ? "relayed" : "text";
      messages.put(name, message(name, channel.relay() ? object() : object("type", "string")));
      operations.put(
          key + ".send." + name,
          object("action", "send", "channel", object("$ref", ref), "messages", refs(ref, name)));
      if (channel.relay()) {
        operations.put(
            key + ".receive." + name,
            object(
                "action", "receive", "channel", object("$ref", ref), "messages", refs(ref, name)));
      }
    }
    if (channel.binaryHandler().isPresent() || channel.relayBinary()) {
      binary(ref, key, messages, operations, channel.relay());
    }
    messages.put(
        ERROR,
        envelope.response().isPresent()
            ? errorMessage(envelope)
            : object("$ref", "#/components/messages/" + ERROR));
    Map<String, Object> result = object("address", channel.path(), "messages", messages);
    if (!channel.room().isEmpty()) {
      result.put("x-channels4j-room", channel.room());
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    Matcher matcher = PATH_PARAM.matcher(channel.path());
    while (matcher.find()) {
      parameters.put(matcher.group(1), object("description", "A segment of the path."));
    }
    if (!parameters.isEmpty()) {
      result.put("parameters", parameters);
    }
    result.put("bindings", object("ws", handshake(channel)));
    result.put("x-channels4j-subprotocols", subprotocols(channel));
    if (channel.maxConnections() > 0) {
      result.put("x-channels4j-max-connections", channel.maxConnections());
    }
    channel
        .history()
        .ifPresent(
            history ->
                result.put(
                    "x-channels4j-history",
                    object("size", history.size(), "ttlMillis", history.ttlMillis())));
    extensions(result, channel.permission(), channel.limits());
    return result;
  }

  /**
   * The send operation of action {@code name}: its request frame, and the response frame with
   * {@code data} if it answers, and the error frame as its reply; the frames go in {@code
   * messages}.
   */
  private static Map<String, Object> send(
      String ref,
      Map<String, Object> messages,
      EnvelopeModel envelope,
      String name,
      Optional<Map<String, Object>> payload,
      Optional<Map<String, Object>> data) {
    String request = safe(name) + ".request";
    messages.put(request, message(name, FrameSchemas.request(envelope, name, payload)));
    List<Object> replies = new ArrayList<>();
    if (data.isPresent()) {
      String reply = safe(name) + ".reply";
      Map<String, Object> frame =
          FrameSchemas.response(
              envelope, object("const", name), object("const", "ok"), data.get(), false);
      messages.put(reply, message(name + " reply", frame));
      replies.add(object("$ref", ref + "/messages/" + reply));
    }
    replies.add(object("$ref", ref + "/messages/" + ERROR));
    return object(
        "action",
        "send",
        "channel",
        object("$ref", ref),
        "messages",
        refs(ref, request),
        "reply",
        object("channel", object("$ref", ref), "messages", replies));
  }

  /**
   * The frames of a {@code @History} channel: the built-in {@code history} action, a page of kept
   * messages, and the {@code recover} answer a client connecting with {@code ?since=<id>} gets
   * after the replay.
   */
  private static void history(
      String ref,
      String key,
      Map<String, Object> messages,
      EnvelopeModel envelope,
      Map<String, Object> operations) {
    operations.put(
        key + ".send.history",
        send(
            ref,
            messages,
            envelope,
            "history",
            Optional.of(FrameSchemas.historyCursors()),
            Optional.of(FrameSchemas.historyPage())));
    Map<String, Object> recover =
        message(
            "recover",
            FrameSchemas.response(
                envelope,
                object("const", "recover"),
                object("const", "ok"),
                FrameSchemas.recovery(),
                false));
    recover.put(
        "description",
        "Sent to a client that connected with ?since=<id>, after the kept messages newer than"
            + " that id.");
    messages.put("recover", recover);
    operations.put(
        key + ".receive.recover",
        object(
            "action", "receive", "channel", object("$ref", ref), "messages", refs(ref, "recover")));
  }

  /**
   * The binary frames of a channel with {@code @OnBinary} or {@code relayBinary}: each is sent as
   * it is; a relay sends it to every member, a handler may send binary frames of its own.
   */
  private static void binary(
      String ref,
      String key,
      Map<String, Object> messages,
      Map<String, Object> operations,
      boolean relay) {
    Map<String, Object> message =
        object(
            "title",
            "binary",
            "contentType",
            "application/octet-stream",
            "payload",
            object("type", "string", "format", "binary"),
            "description",
            relay
                ? "A binary frame, relayed unchanged to every member, the sender included."
                : "A binary frame, handed to the channel's @OnBinary handler; handlers may send"
                    + " binary frames too (sendBinary, broadcastBinary).");
    messages.put("binary", message);
    for (String action : List.of("send", "receive")) {
      operations.put(
          key + "." + action + ".binary",
          object(
              "action", action, "channel", object("$ref", ref), "messages", refs(ref, "binary")));
    }
  }

  /** The handshake's query and headers, as the WebSocket binding says them. */
  private static Map<String, Object> handshake(ChannelModel channel) {
    Map<String, Object> query =
        object(
            "token",
            object(
                "type",
                "string",
                "description",
                "The credential the server's authenticator reads, when it has one (the query"
                    + " parameter's name is the server's tokenQueryParameter)."));
    if (channel.history().isPresent()) {
      query.put(
          "since",
          object(
              "type",
              "string",
              "description",
              "The id of the last kept message the client saw: the server replays the newer ones,"
                  + " then sends the recover frame."));
    }
    Map<String, Object> protocol =
        object(
            "type",
            "string",
            "description",
            "The subprotocols the client speaks, in its order of preference; the server answers"
                + " the first of x-channels4j-subprotocols among them, or none.");
    return object(
        "method",
        "GET",
        "query",
        object("type", "object", "properties", query),
        "headers",
        object("type", "object", "properties", object("Sec-WebSocket-Protocol", protocol)),
        "bindingVersion",
        "0.1.0");
  }

  /** {@code json}, and {@code msgpack} for a channel of JSON actions (docs/PROTOCOL.md). */
  private static List<Object> subprotocols(ChannelModel channel) {
    boolean ownFrames =
        channel.relay() || channel.textHandler().isPresent() || channel.binaryHandler().isPresent();
    return ownFrames ? List.of("json") : List.of("json", "msgpack");
  }

  private static List<Object> refs(String channelRef, String message) {
    return List.of(object("$ref", channelRef + "/messages/" + message));
  }

  private static Map<String, Object> message(String title, Map<String, Object> payload) {
    return object("title", title, "payload", payload);
  }

  /** The frame of every error: {@code status} {@code "bad"} and the error's text. */
  private static Map<String, Object> errorMessage(EnvelopeModel envelope) {
    Map<String, Object> frame =
        FrameSchemas.response(
            envelope, object("type", "string"), object("const", "bad"), object(), true);
    Map<String, Object> message = message("Error", frame);
    message.put(
        "description",
        "Sent for a frame the server refuses; the socket closes after it only where the error"
            + " does.");
    return message;
  }

  /** A broadcast: the type's own object, with the message's id first in a history room. */
  private static Map<String, Object> broadcast(ChannelModel channel, JsonType message) {
    Map<String, Object> schema = JsonSchemas.of(message);
    if (channel.history().isEmpty()) {
      return schema;
    }
    return object("allOf", List.of(schema, FrameSchemas.keptId()));
  }

  private static void extensions(
      Map<String, Object> target, PermissionModel permission, List<LimitModel> limits) {
    if (permission.declared()) {
      target.put(
          "x-channels4j-permission",
          object(
              "checks",
              List.copyOf(permission.binaryNames()),
              "mode",
              permission.mode(),
              "deny",
              permission.deny()));
    }
    if (!limits.isEmpty()) {
      target.put("x-channels4j-limit", limits(limits));
    }
  }

  /** Each {@code @Limit} as the contract says it: times, window, scope and whether it closes. */
  static List<Object> limits(List<LimitModel> limits) {
    List<Object> rules = new ArrayList<>();
    for (LimitModel limit : limits) {
      rules.add(
          object(
              "times",
              limit.times(),
              "windowMillis",
              limit.windowMillis(),
              "scope",
              limit.scope(),
              "close",
              limit.close()));
    }
    return rules;
  }

  private static String simpleName(JsonType type) {
    return type.typeName() instanceof com.palantir.javapoet.ClassName name
        ? name.simpleName()
        : type.typeName().toString();
  }

  /** An action name as a part of an operation's key, which AsyncAPI limits to a few characters. */
  private static String safe(String name) {
    return name.replaceAll("[^\\w.\\-]", "_");
  }
}
