package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonAdapters;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Zoo} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class ZooDispatcher extends ChannelDispatcher<Zoo> {
  private final JsonAdapter<Animals> animalsAdapter;

  private final JsonAdapter<Map<String, Integer>> mapOfIntegerAdapter;

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Keeper> keeperAdapter;

  private final JsonAdapter<List<Keeper>> listOfKeeperAdapter;

  private final JsonAdapter<int[]> intArrayAdapter;

  private final JsonAdapter<Holder> holderAdapter;

  private final JsonAdapter<Node> nodeAdapter;

  private final JsonAdapter<Optional<Node>> optionalOfNodeAdapter;

  private final JsonAdapter<Parent> parentAdapter;

  private final Guard animalsGuard;

  private final Guard textGuard;

  private final Guard listGuard;

  private final Guard arrayGuard;

  private final Guard holderGuard;

  private final Guard nodeGuard;

  private final Guard familyGuard;

  ZooDispatcher(Zoo channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(ZooDescriptor.CHANNEL, PermissionRule.serverDefault()));
    this.animalsAdapter = new AnimalsJsonAdapter(moshi).nullSafe();
    this.mapOfIntegerAdapter = JsonAdapters.map(moshi.adapter(Integer.class));
    this.stringAdapter = moshi.adapter(String.class);
    this.keeperAdapter = new KeeperJsonAdapter(moshi);
    this.listOfKeeperAdapter = JsonAdapters.list(new KeeperJsonAdapter(moshi).nullSafe());
    this.intArrayAdapter = JsonAdapters.intArray(moshi.adapter(int.class));
    this.holderAdapter = new HolderJsonAdapter(moshi).nullSafe();
    this.nodeAdapter = new NodeJsonAdapter(moshi);
    this.optionalOfNodeAdapter = JsonAdapters.optional(new NodeJsonAdapter(moshi).nullSafe());
    this.parentAdapter = new ParentJsonAdapter(moshi);
    this.animalsGuard = guards.action(ZooDescriptor.CHANNEL, ZooDescriptor.ANIMALS,
        PermissionRule.serverDefault());
    this.textGuard = guards.action(ZooDescriptor.CHANNEL, ZooDescriptor.TEXT,
        PermissionRule.serverDefault());
    this.listGuard = guards.action(ZooDescriptor.CHANNEL, ZooDescriptor.LIST,
        PermissionRule.serverDefault());
    this.arrayGuard = guards.action(ZooDescriptor.CHANNEL, ZooDescriptor.ARRAY,
        PermissionRule.serverDefault());
    this.holderGuard = guards.action(ZooDescriptor.CHANNEL, ZooDescriptor.HOLDER,
        PermissionRule.serverDefault());
    this.nodeGuard = guards.action(ZooDescriptor.CHANNEL, ZooDescriptor.NODE,
        PermissionRule.serverDefault());
    this.familyGuard = guards.action(ZooDescriptor.CHANNEL, ZooDescriptor.FAMILY,
        PermissionRule.serverDefault());
  }

  @Override
  public void dispatch(String action, JsonReader frame, ActionCall ctx) throws IOException {
    switch (action) {
      case "animals" -> {
        animalsGuard.check(ctx);
        Animals payload = animalsAdapter.fromJson(frame);
        ctx.respond(animalsAdapter, channel.animals(ctx, payload));
      }
      case "text" -> {
        textGuard.check(ctx);
        Map<String, Integer> payload = mapOfIntegerAdapter.fromJson(frame);
        ctx.respond(stringAdapter, channel.text(ctx, payload));
      }
      case "list" -> {
        listGuard.check(ctx);
        Keeper payload = keeperAdapter.fromJson(frame);
        ctx.respond(listOfKeeperAdapter, channel.list(ctx, payload));
      }
      case "array" -> {
        arrayGuard.check(ctx);
        ctx.respond(intArrayAdapter, channel.array(ctx));
      }
      case "holder" -> {
        holderGuard.check(ctx);
        Holder payload = holderAdapter.fromJson(frame);
        ctx.respond(holderAdapter, channel.holder(ctx, payload));
      }
      case "node" -> {
        nodeGuard.check(ctx);
        Node payload = nodeAdapter.fromJson(frame);
        ctx.respond(optionalOfNodeAdapter, channel.node(ctx, payload));
      }
      case "family" -> {
        familyGuard.check(ctx);
        Parent payload = parentAdapter.fromJson(frame);
        channel.family(ctx, payload);
      }
      default -> throw new ActionNotExist(action);
    }
  }
}
