package io.channels4j.benchmarks.channel;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/**
 * The payload of the larger frame, with a nested list; the {@code post} action sends it back.
 *
 * @param user the sender's name
 * @param message the text
 * @param attachments the attached files
 */
@CompiledJson
public record Post(String user, String message, List<Attachment> attachments) {}
