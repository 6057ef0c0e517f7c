package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonScalars;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Tickets} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class TicketsDispatcher extends ChannelDispatcher<Tickets> {
  private final JsonAdapter<Tickets.Open> ticketsOpenAdapter;

  private final JsonAdapter<Tickets.Ticket> ticketsTicketAdapter;

  private final JsonAdapter<String> stringAdapter;

  private final Guard openGuard;

  private final Guard noteGuard;

  private final Guard closeGuard;

  TicketsDispatcher(Tickets channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(TicketsDescriptor.CHANNEL, PermissionRule.serverDefault()));
    this.ticketsOpenAdapter = new Tickets_OpenJsonAdapter(moshi);
    this.ticketsTicketAdapter = new Tickets_TicketJsonAdapter(moshi).nullSafe();
    this.stringAdapter = moshi.adapter(String.class);
    this.openGuard = guards.action(TicketsDescriptor.CHANNEL, TicketsDescriptor.OPEN,
        PermissionRule.serverDefault());
    this.noteGuard = guards.action(TicketsDescriptor.CHANNEL, TicketsDescriptor.NOTE,
        PermissionRule.serverDefault());
    this.closeGuard = guards.action(TicketsDescriptor.CHANNEL, TicketsDescriptor.CLOSE,
        PermissionRule.serverDefault());
  }

  @Override
  public Guard guard(String action) {
    return switch (action) {
      case "open" -> openGuard;
      case "note" -> noteGuard;
      case "close" -> closeGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return switch (action) {
      case "open" -> ticketsOpenAdapter.fromJson(frame);
      case "note" -> stringAdapter.fromJson(frame);
      default -> null;
    };
  }

  @Override
  public Object read(String action, JsonInput in) {
    return switch (action) {
      case "open" -> Tickets_OpenJsonCodec.INSTANCE.read(in);
      case "note" -> in.nextString();
      default -> {
        in.skipFrame();
        yield null;
      }
    };
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "open" -> ctx.respond(ticketsTicketAdapter, Tickets_TicketJsonCodec.INSTANCE, channel.open((Tickets.Open) payload));
      case "note" -> ctx.respond(stringAdapter, JsonScalars.STRING, channel.note((String) payload));
      case "close" -> {
        channel.close();
        ctx.acknowledge();
      }
      default -> throw new ActionNotExist(action);
    }
  }
}
