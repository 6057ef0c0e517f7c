package com.example;

import com.squareup.moshi.Json;
import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.runtime.ChannelContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every payload shape the codecs support. */
@Channel(path = "/zoo", messages = {Zoo.Event.class, Bean.class})
public interface Zoo {
  @Action("animals")
  Animals animals(ChannelContext ctx, Animals animals);

  @Action("text")
  String text(ChannelContext ctx, Map<String, Integer> scores);

  @Action("list")
  List<Keeper> list(ChannelContext ctx, Keeper keeper);

  @Action("array")
  int[] array(ChannelContext ctx);

  @Action("holder")
  Holder holder(ChannelContext ctx, Holder holder);

  @Action("node")
  Optional<Node> node(ChannelContext ctx, Node node);

  @Action("family")
  void family(ChannelContext ctx, Parent parent);

  @Override
  String toString();

  record Event(String kind, @Nullable String detail) {}
}

/** Records, with every field shape and every JDK type held as text. */
record Animals(
    String name,
    @Json(name = "user_name") String userName,
    @Nullable String nickname,
    int legs,
    long weight,
    double height,
    boolean tame,
    char grade,
    float ratio,
    short rank,
    byte flags,
    Integer boxed,
    @Nullable Long maybeBoxed,
    Color color,
    @Nullable Color maybeColor,
    List<String> tags,
    Set<Color> colors,
    Collection<Keeper> keepers,
    Map<String, List<Integer>> groups,
    Optional<String> note,
    Optional<Keeper> chief,
    String[] aliases,
    int[] scores,
    Keeper[][] grid,
    Keeper keeper,
    @Nullable Keeper backup,
    UUID id,
    @Nullable Instant seen,
    Optional<OffsetDateTime> fed,
    LocalDate born,
    @Nullable LocalDateTime checkup,
    List<LocalTime> feedings,
    @Nullable Duration nap,
    BigDecimal price,
    @Nullable BigInteger serial,
    Map<String, BigDecimal> costs,
    @Nullable URI photo,
    URI[] links,
    byte[] chip,
    List<byte[]> scans) {}

enum Color {
  @Json(name = "red")
  RED,
  GREEN,
  @Json(name = "dark-blue")
  BLUE
}

/** A class built with its constructor, read back through getters and a public field. */
final class Keeper {
  public final String name;
  private final int age;

  Keeper(String name, int age) {
    this.name = name;
    this.age = age;
  }

  public int getAge() {
    return age;
  }
}

/** A bean: no-argument constructor and setters. */
class Bean {
  private String title = "untitled";
  private boolean active;
  @Nullable private List<String> labels;

  public Bean() {}

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<String> getLabels() {
    return labels;
  }

  public void setLabels(List<String> labels) {
    this.labels = labels;
  }
}

/** Public mutable fields, and a field skipped with @Json(ignore = true). */
class Holder {
  public String label;
  // Named like the generated adapter's own parameters and locals.
  @Nullable public String reader;
  @Nullable public String result;
  @Nullable public Integer count;
  @Json(ignore = true)
  public String secret = "kept";
  public Bean bean;
}

/** A type that contains itself. */
record Node(String name, List<Node> children, @Nullable Node parent) {}

/** Two types that contain each other. */
record Parent(String name, List<Child> kids) {}

record Child(String name, @Nullable Parent parent) {}
