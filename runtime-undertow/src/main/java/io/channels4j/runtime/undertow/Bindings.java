package io.channels4j.runtime.undertow;

import io.channels4j.runtime.internal.ChannelBinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Finds the generated binding of a channel implementation among those registered where its classes
 * come from: its class loader, which in an application server or a plugin host is not the context
 * class loader. Each class loader's bindings are loaded once.
 */
final class Bindings {
  private final Map<ClassLoader, List<ChannelBinding<?>>> byLoader = new LinkedHashMap<>();

  /**
   * The binding of the one channel interface {@code implementation} implements.
   *
   * @throws IllegalArgumentException if there is none, or several
   */
  MountRequest find(Object implementation) {
    Objects.requireNonNull(implementation, "implementation");
    List<ChannelBinding<?>> matches = new ArrayList<>();
    for (ChannelBinding<?> binding : in(implementation.getClass().getClassLoader())) {
      if (binding.channelType().isInstance(implementation)) {
        matches.add(binding);
      }
    }
    if (matches.isEmpty()) {
      throw new IllegalArgumentException(
          "No generated channel binding for "
              + implementation.getClass().getName()
              + ": it must implement an interface annotated with @Channel, compiled with"
              + " channels4j-processor on the annotation processor path");
    }
    if (matches.size() > 1) {
      List<String> names = new ArrayList<>();
      for (ChannelBinding<?> binding : matches) {
        names.add(binding.channelType().getName());
      }
      throw new IllegalArgumentException(
          implementation.getClass().getName()
              + " implements several channels "
              + names
              + ": mount it once per channel with mount(implementation, ChannelType.class)");
    }
    return new MountRequest(matches.get(0), implementation);
  }

  /**
   * The binding of {@code channelType}.
   *
   * @throws IllegalArgumentException if there is none
   */
  <C> MountRequest find(C implementation, Class<C> channelType) {
    Objects.requireNonNull(implementation, "implementation");
    for (ChannelBinding<?> binding : in(channelType.getClassLoader())) {
      if (binding.channelType() == channelType) {
        return new MountRequest(binding, implementation);
      }
    }
    throw new IllegalArgumentException(
        "No generated channel binding for "
            + channelType.getName()
            + ": annotate it with @Channel and compile with channels4j-processor on the"
            + " annotation processor path");
  }

  /** The class loaders searched so far, in the order of the first search of each. */
  List<ClassLoader> loaders() {
    return new ArrayList<>(byLoader.keySet());
  }

  private List<ChannelBinding<?>> in(ClassLoader classLoader) {
    return byLoader.computeIfAbsent(
        classLoader,
        key -> {
          List<ChannelBinding<?>> found = new ArrayList<>();
          @SuppressWarnings({"rawtypes", "unchecked"})
          ServiceLoader<ChannelBinding> loader = ServiceLoader.load(ChannelBinding.class, key);
          for (ChannelBinding<?> binding : loader) {
            found.add(binding);
          }
          return found;
        });
  }
}
