package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a WebSocket channel served at {@link #path()}.
 *
 * <p>Clients send JSON text frames whose {@code "action"} field picks one of the interface's {@link
 * Action} methods. The channel processor generates the dispatcher, the JSON codecs and a descriptor
 * for the interface at compile time; the runtime finds them when an implementation is mounted.
 *
 * <pre>{@code
 * @Channel(path = "/chat/{topic}", room = "chat:{topic}", maxConnections = 200)
 * public interface Chat {
 *   @Action void message(ChannelContext ctx, ChatMessage msg);
 * }
 * }</pre>
 *
 * <p>An interface without actions must be a {@link #relay()} channel, or a {@link Frames#TEXT}
 * channel, whose frames go to its {@link OnText} method.
 *
 * <p>{@link Envelope} on the interface gives its frames another shape: other member names, the
 * payload in a member of its own, a record of your own for every answer.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Channel {
  /**
   * The URL path of the WebSocket endpoint, starting with {@code /}. Segments written as {@code
   * {name}} are path parameters, available from {@code ChannelContext.pathParam("name")}.
   */
  String path();

  /**
   * The room every connection joins, as a template that may use the path's parameters: {@code
   * "chat:{topic}"}. Empty (the default) names the room after the resolved path.
   */
  String room() default "";

  /**
   * The most connections the room admits; one more is refused with an error frame and close code
   * 1013. Zero or less means no limit.
   */
  int maxConnections() default 0;

  /**
   * Whether every text frame is re-broadcast to the room unchanged instead of being dispatched to
   * an action. A relay channel has no {@link Action} methods.
   */
  boolean relay() default false;

  /**
   * Whether every action that sends no reply acknowledges its frame, as if each had {@link
   * Action#ack()}.
   */
  boolean ack() default false;

  /**
   * Whether a {@link #relay()} channel also re-broadcasts every binary frame to the room unchanged,
   * as a binary frame. Off by default: a relay channel then answers a binary frame {@code
   * Unsupported Data}, as a channel without an {@link OnBinary} method does.
   */
  boolean relayBinary() default false;

  /**
   * What text frames carry: JSON objects routed to {@link Action} methods (the default), or plain
   * text given to the one {@link OnText} method. Binary frames go to an {@link OnBinary} method
   * either way.
   */
  Frames frames() default Frames.JSON;

  /**
   * Further types this channel sends with {@code ctx.reply(x)} or {@code ctx.broadcast(x)}, so the
   * processor generates their JSON codecs too. Payload and return types need not be listed.
   */
  Class<?>[] messages() default {};

  /**
   * Codec classes for types JSON holds as one string or number, each a public class with a {@code
   * public static T read(X)} and a {@code public static X write(T)} (see {@link JsonWith}): the way
   * to give a codec to a type you cannot annotate, such as {@code java.time.ZonedDateTime}. A codec
   * named here serves its type wherever it appears in the compilation.
   */
  Class<?>[] codecs() default {};

  /**
   * Whether the processor writes {@code <Name>Client}, a typed Java client of this channel (see
   * {@code io.channels4j.client.ChannelClient}); on by default for channels of JSON actions. The
   * processor option {@code -Achannels4j.clients=false} turns it off for a whole build.
   */
  boolean client() default true;
}
