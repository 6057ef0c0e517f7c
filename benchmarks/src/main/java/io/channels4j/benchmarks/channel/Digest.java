package io.channels4j.benchmarks.channel;

import com.dslplatform.json.CompiledJson;
import java.util.List;
import java.util.Map;

/**
 * The payload of the {@code large} frame (about 16 KB); the {@code large} action sends it back.
 *
 * @param title the digest's title
 * @param articles the articles, each with nested lists and maps
 * @param index article ids by topic
 */
@CompiledJson
public record Digest(String title, List<Article> articles, Map<String, List<String>> index) {}
