package io.channels4j.benchmarks.channel;

import com.dslplatform.json.CompiledJson;

/**
 * The payload of a chat frame: {@code {"action":"message","user":"u","message":"hi"}}.
 *
 * @param user the sender's name
 * @param message the text
 */
@CompiledJson
public record ChatFrame(String user, String message) {}
