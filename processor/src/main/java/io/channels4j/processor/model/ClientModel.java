package io.channels4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The typed client of one channel, {@code <Name>Client}: what it sends and what it decodes.
 *
 * @param channel the channel
 * @param name the client class
 * @param pathParams the names of the path's {@code {params}}, in the order the path has them
 * @param actions the actions a client can call: the channel's, without the deprecated ones
 * @param messages the generated codecs of the channel's {@code @Channel(messages)} types
 */
public record ClientModel(
    ChannelModel channel,
    ClassName name,
    List<String> pathParams,
    List<ClientAction> actions,
    List<CodecModel> messages) {

  /**
   * One action as a client method.
   *
   * @param payloadName the name of the method's payload parameter, if it has one
   */
  public record ClientAction(ActionModel action, String payloadName) {}
}
