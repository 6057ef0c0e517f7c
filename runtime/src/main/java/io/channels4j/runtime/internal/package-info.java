/**
 * The ABI generated code links to: the types the annotation processor's output extends, implements
 * and calls ({@code ChannelBinding}, {@code ChannelDispatcher}, {@code ActionCall}, {@code Guards},
 * {@code Guard}, {@code PermissionRule}, {@code JsonAdapters}, {@code JsonText}, {@code
 * JsonErrors}, the handler parameters' {@code HandlerParams} and {@code Providers}, and the JSON
 * fast path {@code JsonCodec}, {@code JsonInput}, {@code JsonOutput}, {@code JsonNames}, {@code
 * JsonScalars}, the response frames' {@code ResponseEnvelope}, the validators' {@code Violations}
 * and {@code Constraints}), and {@code GeneratedCode}, whose version a generated binding must match
 * to be mounted.
 *
 * <p>Public only because generated classes live in users' packages; not for hand-written code. It
 * changes together with {@code GeneratedCode.VERSION}: a change that breaks code generated before
 * it raises the version. The server's own plumbing lives in {@code io.channels4j.runtime.undertow},
 * next to its one user.
 */
package io.channels4j.runtime.internal;
