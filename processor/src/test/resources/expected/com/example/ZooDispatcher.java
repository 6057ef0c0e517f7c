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
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonScalars;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import java.util.LinkedHashMap;
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
  public Guard guard(String action) {
    return switch (action) {
      case "animals" -> animalsGuard;
      case "text" -> textGuard;
      case "list" -> listGuard;
      case "array" -> arrayGuard;
      case "holder" -> holderGuard;
      case "node" -> nodeGuard;
      case "family" -> familyGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return switch (action) {
      case "animals" -> animalsAdapter.fromJson(frame);
      case "text" -> mapOfIntegerAdapter.fromJson(frame);
      case "list" -> keeperAdapter.fromJson(frame);
      case "holder" -> holderAdapter.fromJson(frame);
      case "node" -> nodeAdapter.fromJson(frame);
      case "family" -> parentAdapter.fromJson(frame);
      default -> null;
    };
  }

  @Override
  public Object read(String action, JsonInput in) {
    return switch (action) {
      case "animals" -> AnimalsJsonCodec.INSTANCE.read(in);
      case "text" -> readMapOfInteger(in);
      case "list" -> KeeperJsonCodec.INSTANCE.read(in);
      case "holder" -> HolderJsonCodec.INSTANCE.read(in);
      case "node" -> NodeJsonCodec.INSTANCE.read(in);
      case "family" -> ParentJsonCodec.INSTANCE.read(in);
      default -> {
        in.skipFrame();
        yield null;
      }
    };
  }

  private Map<String, Integer> readMapOfInteger(JsonInput in) {
    Map<String, Integer> result = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      if (result.put(in.name(), in.nextNull() ? null : in.nextInt()) != null) {
        throw JsonInput.miss();
      }
    }
    in.endObject();
    return result;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "animals" -> ctx.respond(animalsAdapter, AnimalsJsonCodec.INSTANCE, channel.animals(ctx, (Animals) payload));
      case "text" -> ctx.respond(stringAdapter, JsonScalars.STRING, channel.text(ctx, (Map<String, Integer>) payload));
      case "list" -> ctx.respond(listOfKeeperAdapter, channel.list(ctx, (Keeper) payload));
      case "array" -> ctx.respond(intArrayAdapter, channel.array(ctx));
      case "holder" -> ctx.respond(holderAdapter, HolderJsonCodec.INSTANCE, channel.holder(ctx, (Holder) payload));
      case "node" -> ctx.respond(optionalOfNodeAdapter, channel.node(ctx, (Node) payload));
      case "family" -> channel.family(ctx, (Parent) payload);
      default -> throw new ActionNotExist(action);
    }
  }
}
