package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;

/** One channel with a client, one without. */
public final class Clients {
  private Clients() {}

  @Channel(path = "/with")
  public interface With {
    @Action
    long count();
  }

  @Channel(path = "/without", client = false)
  public interface Without {
    @Action
    long count();
  }
}
