package io.channels4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * One validated {@code @Channel} interface: everything the writers need, read once from the
 * elements.
 *
 * @param type the interface
 * @param relayBinary whether a relay channel re-broadcasts binary frames too
 * @param actions the actions, in source order
 * @param history what the rooms keep, if the interface has {@code @History}
 * @param onJoin the {@code @OnJoin} method, if any
 * @param onLeave the {@code @OnLeave} method, if any
 * @param textHandler the {@code @OnText} method of a {@code Frames.TEXT} channel
 * @param binaryHandler the {@code @OnBinary} method, if any
 * @param envelope the shape of its frames ({@code @Envelope})
 * @param messages the types of {@code @Channel(messages)}, the ones it broadcasts, in their order
 * @param codecs the generated codecs the channel reaches, in discovery order
 */
public record ChannelModel(
    TypeElement element,
    ClassName type,
    String path,
    String room,
    int maxConnections,
    boolean relay,
    boolean relayBinary,
    PermissionModel permission,
    List<LimitModel> limits,
    List<ActionModel> actions,
    Optional<HistoryModel> history,
    Optional<LifecycleModel> onJoin,
    Optional<LifecycleModel> onLeave,
    Optional<HandlerModel> textHandler,
    Optional<HandlerModel> binaryHandler,
    EnvelopeModel envelope,
    List<JsonType> messages,
    List<CodecModel> codecs) {

  /** The prefix of every generated name: {@code Outer_Inner} for a nested interface. */
  public String generatedPrefix() {
    return String.join("_", type.simpleNames());
  }

  /** A generated class in the interface's package. */
  public ClassName generated(String suffix) {
    return ClassName.get(type.packageName(), generatedPrefix() + suffix);
  }
}
