package io.channels4j.runtime.internal;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The values a server was given for handler parameters annotated {@code @Provided}, by type: each
 * asked of its supplier on every call, so a supplier may hand out a new value each time.
 */
public final class Providers {
  /** No values: the providers of a server that was given none. */
  public static final Providers NONE = new Providers(Map.of());

  private final Map<Class<?>, Supplier<?>> suppliers;

  /**
   * The given suppliers; each one's values are of its type.
   *
   * @param suppliers by the type they supply
   */
  public Providers(Map<Class<?>, Supplier<?>> suppliers) {
    this.suppliers = Map.copyOf(suppliers);
  }

  /** Whether a value of exactly {@code type} is provided. */
  public boolean provides(Class<?> type) {
    return suppliers.containsKey(type);
  }

  /**
   * The value of {@code type}, fresh from its supplier.
   *
   * @throws IllegalStateException if none is provided, or its supplier returned {@code null}
   */
  public <T> T get(Class<T> type) {
    Supplier<?> supplier = suppliers.get(type);
    if (supplier == null) {
      throw new IllegalStateException("No value of " + type.getName() + " is provided");
    }
    @SuppressWarnings("unchecked") // provide(Class<T>, Supplier<? extends T>) registered it
    T value = (T) supplier.get();
    if (value == null) {
      throw new IllegalStateException("The provider of " + type.getName() + " returned null");
    }
    return value;
  }
}
