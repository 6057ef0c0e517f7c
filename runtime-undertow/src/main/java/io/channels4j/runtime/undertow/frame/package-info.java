/**
 * The server's per-frame steps that need no socket: {@link
 * io.channels4j.runtime.undertow.frame.FrameHead}, the scan that reads a client frame's {@code
 * action} and {@code request_id} and validates the frame, and {@link
 * io.channels4j.runtime.undertow.frame.LimiterGuards}, the permission and rate-limit guards handed
 * to generated dispatchers.
 *
 * <p>Used by {@code io.channels4j.runtime.undertow.Connection} and {@code ChannelServer}; public so
 * that the benchmarks measure the server's own frame path without a socket. Applications do not
 * need these classes, and they may change in any release.
 */
package io.channels4j.runtime.undertow.frame;
