package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What {@link Zoo} declares: its path, room, permissions, limits and actions.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ZooDescriptor {
  /**
   * The action {@code animals}.
   */
  public static final ActionDescriptor ANIMALS = ActionDescriptor.builder("animals")
      .payload("com.example.Animals", List.of("name", "user_name", "nickname", "legs", "weight",
          "height", "tame", "grade", "ratio", "rank", "flags", "boxed", "maybeBoxed", "color",
          "maybeColor", "tags", "colors", "keepers", "groups", "note", "chief", "aliases", "scores",
          "grid", "keeper", "backup", "id", "seen", "fed", "born", "checkup", "feedings", "nap",
          "price", "serial", "costs", "photo", "links", "chip", "scans"))
      .reply("com.example.Animals")
      .build();

  /**
   * The action {@code text}.
   */
  public static final ActionDescriptor TEXT = ActionDescriptor.builder("text")
      .payload("java.util.Map<java.lang.String, java.lang.Integer>")
      .reply("java.lang.String")
      .build();

  /**
   * The action {@code list}.
   */
  public static final ActionDescriptor LIST = ActionDescriptor.builder("list")
      .payload("com.example.Keeper", List.of("name", "age"))
      .reply("java.util.List<com.example.Keeper>")
      .build();

  /**
   * The action {@code array}.
   */
  public static final ActionDescriptor ARRAY = ActionDescriptor.builder("array")
      .reply("int[]")
      .build();

  /**
   * The action {@code holder}.
   */
  public static final ActionDescriptor HOLDER = ActionDescriptor.builder("holder")
      .payload("com.example.Holder", List.of("label", "reader", "result", "count", "bean"))
      .reply("com.example.Holder")
      .build();

  /**
   * The action {@code node}.
   */
  public static final ActionDescriptor NODE = ActionDescriptor.builder("node")
      .payload("com.example.Node", List.of("name", "children", "parent"))
      .reply("java.util.Optional<com.example.Node>")
      .build();

  /**
   * The action {@code family}.
   */
  public static final ActionDescriptor FAMILY = ActionDescriptor.builder("family")
      .payload("com.example.Parent", List.of("name", "kids"))
      .build();

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = ChannelDescriptor.builder("/zoo")
      .actions(ANIMALS, TEXT, LIST, ARRAY, HOLDER, NODE, FAMILY)
      .build();

  private ZooDescriptor() {
  }
}
