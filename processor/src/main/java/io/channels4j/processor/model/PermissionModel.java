package io.channels4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One validated {@code @Permission}, or its absence.
 *
 * @param checks the {@code PermissionCheck} classes, in declaration order
 * @param binaryNames their binary names, for the descriptor
 * @param mode the name of the {@code Permission.Mode} constant
 */
public record PermissionModel(
    boolean declared, List<ClassName> checks, List<String> binaryNames, String mode, boolean deny) {

  /** No {@code @Permission}: the server's default policy applies. */
  public static final PermissionModel UNDECLARED =
      new PermissionModel(false, List.of(), List.of(), "ALL_OF", false);
}
