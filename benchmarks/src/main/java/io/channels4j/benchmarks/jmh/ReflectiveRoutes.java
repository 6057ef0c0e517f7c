package io.channels4j.benchmarks.jmh;

import io.channels4j.benchmarks.channel.BenchChannel;
import io.channels4j.benchmarks.channel.BenchChannelImpl;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * What a reflection-driven stack does to route a frame: handler methods found by name at startup,
 * then {@code Method.invoke} per frame. Reflection stays in the baselines.
 *
 * <p>{@code @Action} is not kept at run time, so routes go by method name, which is the action name
 * in the bench channel.
 */
final class ReflectiveRoutes {
  private final Object channel = new BenchChannelImpl();
  private final Map<String, Method> methods = new HashMap<>();

  ReflectiveRoutes() {
    for (Method method : BenchChannel.class.getMethods()) {
      methods.put(method.getName(), method);
    }
  }

  /** The payload type of {@code action}: its method's second parameter. */
  Class<?> payloadType(String action) {
    return method(action).getParameterTypes()[1];
  }

  void invoke(String action, RecordingCall call, Object payload) {
    try {
      method(action).invoke(channel, call, payload);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private Method method(String action) {
    Method method = methods.get(action);
    if (method == null) {
      throw new IllegalArgumentException("no action " + action);
    }
    return method;
  }
}
