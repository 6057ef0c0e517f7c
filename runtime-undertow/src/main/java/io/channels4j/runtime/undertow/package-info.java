/**
 * The channels4j server: {@link io.channels4j.runtime.undertow.ChannelServer} mounts generated
 * channels and serves them over WebSockets on Undertow.
 *
 * <p>Its API is {@code ChannelServer} with its builder and {@link
 * io.channels4j.runtime.undertow.HandlerThreads}; the rest is package-private plumbing, including
 * the protocol's envelopes ({@code Envelopes}, {@code HistoryProtocol}), path templates ({@code
 * PathTemplate}) and the strict Moshi fallback ({@code StrictAdapterFactory}). The per-frame head
 * scan and guards are in {@link io.channels4j.runtime.undertow.frame}.
 */
package io.channels4j.runtime.undertow;
