package io.channels4j.benchmarks.channel;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/**
 * One element of a {@link Post}'s nested list.
 *
 * @param name the file name
 * @param size the size in bytes
 * @param tags free-form labels
 */
@CompiledJson
public record Attachment(String name, long size, List<String> tags) {}
