package io.channels4j.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A payload that decoded but broke its {@code jakarta.validation} constraints: {@code Validation
 * Error}, with every violation in the frame's {@code data}, as {@code [{"path":"name",
 * "message":"must not be blank"}, ...]}, in the order the payload declares its members. The socket
 * stays open and the handler is not called.
 */
public class ValidationError extends ChannelException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /** An error listing {@code violations}, at least one. */
  public ValidationError(List<Violation> violations) {
    super("validation_error", new Object[0], false, 1000);
    this.violations = List.copyOf(violations);
    withData(asJson(this.violations));
  }

  /** The violations, in the order the frame lists them. */
  public List<Violation> violations() {
    return violations;
  }

  /** The frame's {@code data}: plain lists and maps, which any JSON adapter writes. */
  private static List<Map<String, String>> asJson(List<Violation> violations) {
    List<Map<String, String>> data = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("path", violation.path());
      entry.put("message", violation.message());
      data.add(entry);
    }
    return data;
  }
}
