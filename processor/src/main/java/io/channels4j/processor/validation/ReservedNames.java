package io.channels4j.processor.validation;

import io.channels4j.processor.model.CodecModel.ObjectCodec;
import io.channels4j.processor.model.CodecModel.SealedCodec;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.Property;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Element;

/**
 * Finds the members of an object whose JSON names the runtime already uses in that same object: a
 * payload is read from the frame itself, whose {@code action} and {@code request_id} are the
 * frame's own, and a broadcast to a history room gets its {@code id} spliced in first.
 *
 * <p>Only the object's own members clash: a nested type is an object of its own, free to use any
 * name.
 */
final class ReservedNames {
  private final Reporter reporter;
  private final Codecs codecs;

  /** The types reported already, by tag, so that a type several channels use is reported once. */
  private final Set<String> reported = new HashSet<>();

  ReservedNames(Reporter reporter, Codecs codecs) {
    this.reporter = reporter;
    this.codecs = codecs;
  }

  /**
   * Whether the object read or written as {@code type} has no member named in {@code reserved};
   * else reports each such member, unless this type was reported with {@code tag} before.
   *
   * @param site where the error goes when the member is not in this compilation's sources
   * @param role the type's use, such as {@code payload of say()}
   * @param why why a member of this name breaks, given the name
   */
  boolean check(
      Tag tag,
      JsonType type,
      Set<String> reserved,
      Element site,
      String role,
      UnaryOperator<String> why) {
    boolean clean = true;
    Optional<SealedCodec> sealed = codecs.sealedCodec(type);
    if (sealed.isPresent() && reserved.contains(sealed.get().discriminator())) {
      clean = false;
      if (reported.add(tag + " " + sealed.get().type().canonicalName())) {
        reporter.error(
            tag,
            codecs.inSources(sealed.get().element()) ? sealed.get().element() : site,
            sealed.get().element().getSimpleName()
                + " ("
                + role
                + ") has the discriminator '"
                + sealed.get().discriminator()
                + "', but "
                + why.apply(sealed.get().discriminator())
                + "; choose another with @JsonDiscriminator(\"...\").");
      }
    }
    for (ObjectCodec object : codecs.objectCodecs(type)) {
      List<Property> clashing =
          object.properties().stream()
              .filter(property -> reserved.contains(property.jsonName()))
              .toList();
      clean &= clashing.isEmpty();
      if (!clashing.isEmpty() && reported.add(tag + " " + object.type().canonicalName())) {
        for (Property property : clashing) {
          reporter.error(
              tag,
              codecs.inSources(property.declaration()) ? property.declaration() : site,
              object.element().getSimpleName()
                  + "."
                  + property.javaName()
                  + " ("
                  + role
                  + ") has the JSON name '"
                  + property.jsonName()
                  + "', but "
                  + why.apply(property.jsonName())
                  + "; give it another name with @Json(name = \"...\"). A nested type's members"
                  + " may keep the name.");
        }
      }
    }
    return clean;
  }
}
