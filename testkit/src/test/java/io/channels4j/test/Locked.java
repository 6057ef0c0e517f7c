package io.channels4j.test;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Permission;

/** A channel nobody may join: the connect check refuses every client. */
@Channel(path = "/locked")
@Permission(deny = true)
public interface Locked {
  @Action("count")
  default long count() {
    return 0;
  }
}
