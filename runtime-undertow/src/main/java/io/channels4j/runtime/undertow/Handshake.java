package io.channels4j.runtime.undertow;

import io.undertow.util.AttachmentKey;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;

/**
 * What the HTTP upgrade request decided, handed from the router to the connection; {@code since} is
 * the {@code ?since=} id of a client recovering a history room, or {@code null}; {@code format} the
 * wire format its subprotocol chose.
 */
record Handshake(
    Mount mount,
    String path,
    Map<String, String> pathParams,
    String room,
    Principal principal,
    String remoteAddress,
    Locale locale,
    String since,
    WireFormat format) {
  static final AttachmentKey<Handshake> KEY = AttachmentKey.create(Handshake.class);
}
