package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Returns the generated codecs of the types {@link Zoo} reads and writes, so any
 * {@code Moshi} can use them.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ZooJsonAdapterFactory implements JsonAdapter.Factory {
  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == Animals.class) {
      return new AnimalsJsonAdapter(moshi).nullSafe();
    }
    if (type == Color.class) {
      return new ColorJsonAdapter(moshi).nullSafe();
    }
    if (type == Keeper.class) {
      return new KeeperJsonAdapter(moshi).nullSafe();
    }
    if (type == Holder.class) {
      return new HolderJsonAdapter(moshi).nullSafe();
    }
    if (type == Bean.class) {
      return new BeanJsonAdapter(moshi).nullSafe();
    }
    if (type == Node.class) {
      return new NodeJsonAdapter(moshi).nullSafe();
    }
    if (type == Parent.class) {
      return new ParentJsonAdapter(moshi).nullSafe();
    }
    if (type == Child.class) {
      return new ChildJsonAdapter(moshi).nullSafe();
    }
    if (type == Zoo.Event.class) {
      return new Zoo_EventJsonAdapter(moshi).nullSafe();
    }
    return null;
  }

  @Override
  public String toString() {
    return "ZooJsonAdapterFactory";
  }
}
