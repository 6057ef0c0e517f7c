package io.channels4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The label that names a record in JSON when it is read or written as a sealed interface it
 * implements: the value of the interface's discriminator member ({@link JsonDiscriminator}).
 * Without it the label is the record's simple name.
 *
 * <pre>{@code
 * sealed interface Shape permits Circle, Square {}
 * @JsonSubtype("circle") record Circle(double radius) implements Shape {}
 * record Square(double side) implements Shape {}   // {"type":"Square","side":2.0}
 * }</pre>
 *
 * <p>Two subtypes of one interface with the same label are a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JsonSubtype {
  /** The label. */
  String value();
}
