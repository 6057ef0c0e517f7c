package com.example;

import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

public final class LoggedIn implements PermissionCheck {
  @Override
  public boolean permits(ChannelContext ctx) {
    return ctx.principal() != null;
  }
}
