package com.example;

import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

public final class IsAdmin implements PermissionCheck {
  @Override
  public boolean permits(ChannelContext ctx) {
    return ctx.principal() != null && ctx.principal().getName().equals("admin");
  }
}
