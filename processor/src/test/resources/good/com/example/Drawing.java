package com.example;

import com.squareup.moshi.Json;
import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.JsonDiscriminator;
import io.channels4j.annotations.JsonSubtype;
import io.channels4j.runtime.ChannelContext;
import java.util.List;

/** Sealed interfaces of records: as a payload, a reply, a member and a list element. */
@Channel(path = "/drawing", messages = Shape.class)
public interface Drawing {
  @Action("draw")
  Shape draw(ChannelContext ctx, Shape shape);

  @Action("scene")
  void scene(ChannelContext ctx, Scene scene);
}

/** Labelled by the default discriminator, "type". */
sealed interface Shape permits Circle, Square, Group {}

@JsonSubtype("circle")
record Circle(double radius) implements Shape {}

/** Labelled by its simple name. */
record Square(double side, @Json(name = "color") String colour) implements Shape {}

/** A shape that holds shapes. */
@JsonSubtype("group")
record Group(List<Shape> shapes) implements Shape {}

/** Its own discriminator. */
@JsonDiscriminator("kind")
sealed interface Stroke permits Solid, Dashed {}

@JsonSubtype("solid")
record Solid(int width) implements Stroke {}

@JsonSubtype("dashed")
record Dashed(int width, int gap) implements Stroke {}

record Scene(String name, Shape main, List<Stroke> strokes, @Nullable Shape extra) {}
