package io.channels4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a channel's frames, from its {@code @Envelope}.
 *
 * @param action the client frame's routing member
 * @param requestId its correlation member
 * @param payload the member whose value is the payload; empty for the frame object itself
 * @param response the record that wraps response and error frames, if the channel names one
 */
public record EnvelopeModel(
    String action, String requestId, String payload, Optional<Response> response) {
  /** The frames of a channel without {@code @Envelope}. */
  public static final EnvelopeModel DEFAULT =
      new EnvelopeModel("action", "request_id", "", Optional.empty());

  /** Whether the frames are the default ones. */
  public boolean isDefault() {
    return equals(DEFAULT);
  }

  /**
   * The members of the frame object that are not the payload's, when the payload is the frame
   * itself; none when it is a member of its own.
   */
  public Set<String> frameMembers() {
    return payload.isEmpty() ? Set.of(action, requestId) : Set.of();
  }

  /** What a component of a response envelope record is filled with. */
  public enum Role {
    ACTION("action"),
    REQUEST_ID("requestId"),
    STATUS("status"),
    DATA("data"),
    ERRORS("errors"),
    REASON("reason");

    private final String componentName;

    Role(String componentName) {
      this.componentName = componentName;
    }

    /** The record component name that takes this role. */
    public String componentName() {
      return componentName;
    }
  }

  /**
   * One component of a response envelope record.
   *
   * @param accessor the accessor method's name
   * @param jsonName the member name its frames use
   * @param primitive whether it is a primitive, never null, so always written
   */
  public record Component(Role role, String accessor, String jsonName, boolean primitive) {}

  /**
   * A response envelope record.
   *
   * @param generic whether its one type variable is the type of {@code data} (else {@code Object})
   * @param components its components, in declaration order: its constructor's parameters
   */
  public record Response(ClassName type, boolean generic, List<Component> components) {}
}
