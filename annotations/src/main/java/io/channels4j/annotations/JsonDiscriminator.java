package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member that tells which record a sealed interface's JSON object is: {@code "type"} unless
 * this says otherwise. It is written first; a reader finds it wherever it stands.
 *
 * <pre>{@code
 * @JsonDiscriminator("kind")
 * sealed interface Shape permits Circle, Square {}   // {"kind":"circle","radius":1.0}
 * }</pre>
 *
 * <p>Every subtype must be a record, and none may have a member of the discriminator's name: both
 * are compile errors. Label each record with {@link JsonSubtype}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JsonDiscriminator {
  /** The member's name. */
  String value();
}
