package com.example;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.PermissionDescriptor;
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
  public static final ActionDescriptor ANIMALS = new ActionDescriptor(
      "animals",
      "animals",
      "com.example.Animals",
      List.of("name", "user_name", "nickname", "legs", "weight", "height", "tame", "grade", "ratio",
          "rank", "flags", "boxed", "maybeBoxed", "color", "maybeColor", "tags", "colors",
          "keepers", "groups", "note", "chief", "aliases", "scores", "grid", "keeper", "backup"),
      "com.example.Animals",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The action {@code text}.
   */
  public static final ActionDescriptor TEXT = new ActionDescriptor(
      "text",
      "text",
      "java.util.Map<java.lang.String, java.lang.Integer>",
      List.of(),
      "java.lang.String",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The action {@code list}.
   */
  public static final ActionDescriptor LIST = new ActionDescriptor(
      "list",
      "list",
      "com.example.Keeper",
      List.of("name", "age"),
      "java.util.List<com.example.Keeper>",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The action {@code array}.
   */
  public static final ActionDescriptor ARRAY = new ActionDescriptor(
      "array",
      "array",
      "",
      List.of(),
      "int[]",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The action {@code holder}.
   */
  public static final ActionDescriptor HOLDER = new ActionDescriptor(
      "holder",
      "holder",
      "com.example.Holder",
      List.of("label", "reader", "result", "count", "bean"),
      "com.example.Holder",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The action {@code node}.
   */
  public static final ActionDescriptor NODE = new ActionDescriptor(
      "node",
      "node",
      "com.example.Node",
      List.of("name", "children", "parent"),
      "java.util.Optional<com.example.Node>",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The action {@code family}.
   */
  public static final ActionDescriptor FAMILY = new ActionDescriptor(
      "family",
      "family",
      "com.example.Parent",
      List.of("name", "kids"),
      "",
      PermissionDescriptor.UNDECLARED,
      List.of(),
      false);

  /**
   * The channel.
   */
  public static final ChannelDescriptor CHANNEL = new ChannelDescriptor(
      "/zoo",
      "",
      0,
      false,
      PermissionDescriptor.UNDECLARED,
      List.of(),
      List.of(ANIMALS, TEXT, LIST, ARRAY, HOLDER, NODE, FAMILY),
      HistoryPolicy.NONE);

  private ZooDescriptor() {
  }
}
