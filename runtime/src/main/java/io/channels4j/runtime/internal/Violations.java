package io.channels4j.runtime.internal;

import io.channels4j.runtime.ValidationError;
import io.channels4j.runtime.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Collects the violations of one payload while generated {@code <Type>Validator}s walk it, and
 * where in the payload each one is: a validator adds violations of its own members and enters
 * nested values ({@link #nested}, {@link #each}), so it needs no path of its own, and a valid
 * payload builds no path text at all.
 */
public final class Violations {
  /**
   * A generated validator of one type: adds a violation for each constraint {@code value} breaks.
   */
  @FunctionalInterface
  public interface Check<T> {
    void validate(T value, Violations violations);
  }

  /** The segments of the current position: a member or map key, or a boxed list index. */
  private final List<Object> position = new ArrayList<>();

  private List<Violation> found;

  private Violations() {}

  /**
   * {@code value}, if {@code check} finds nothing wrong with it.
   *
   * @throws ValidationError listing every violation {@code check} found
   */
  public static <T> T valid(T value, Check<T> check) {
    Violations violations = new Violations();
    check.validate(value, violations);
    if (violations.found != null) {
      throw new ValidationError(violations.found);
    }
    return value;
  }

  /** Records that the member {@code member} of the current value breaks a constraint. */
  public void add(String member, String message) {
    if (found == null) {
      found = new ArrayList<>();
    }
    position.add(member);
    found.add(new Violation(path(), message));
    position.remove(position.size() - 1);
  }

  /** Validates the member {@code member}, unless it is {@code null}. */
  public <T> void nested(String member, T value, Check<T> check) {
    visit(member, value, check);
  }

  /** Validates each element of the member {@code member}, skipping {@code null}s. */
  public <T> void each(String member, Collection<T> values, Check<T> check) {
    if (values != null) {
      position.add(member);
      int index = 0;
      for (T value : values) {
        visit(index++, value, check);
      }
      position.remove(position.size() - 1);
    }
  }

  /** Validates each element of the array member {@code member}, skipping {@code null}s. */
  public <T> void each(String member, T[] values, Check<T> check) {
    if (values != null) {
      each(member, Arrays.asList(values), check);
    }
  }

  /** Validates each value of the map member {@code member}, under its key, skipping nulls. */
  public <T> void each(String member, Map<String, T> values, Check<T> check) {
    if (values != null) {
      position.add(member);
      for (Map.Entry<String, T> entry : values.entrySet()) {
        visit(entry.getKey(), entry.getValue(), check);
      }
      position.remove(position.size() - 1);
    }
  }

  /** Validates {@code value} at {@code segment} below the current position: a name or an index. */
  private <T> void visit(Object segment, T value, Check<T> check) {
    if (value != null) {
      position.add(segment);
      check.validate(value, this);
      position.remove(position.size() - 1);
    }
  }

  /** {@code items[2].name}: members and keys joined by dots, indexes in brackets. */
  private String path() {
    StringBuilder path = new StringBuilder();
    for (Object segment : position) {
      if (segment instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(segment);
      }
    }
    return path.toString();
  }
}
