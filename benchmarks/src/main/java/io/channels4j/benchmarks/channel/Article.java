package io.channels4j.benchmarks.channel;

import com.dslplatform.json.CompiledJson;
import java.util.List;
import java.util.Map;

/**
 * One element of a {@link Digest}: text with escapes and non-ASCII characters, nested collections.
 *
 * @param id the article's id
 * @param headline a one-line title
 * @param body the text
 * @param views how often it was read
 * @param pinned whether it stays on top
 * @param tags free-form labels
 * @param labels named labels
 * @param grid a small table of numbers
 */
@CompiledJson
public record Article(
    String id,
    String headline,
    String body,
    int views,
    boolean pinned,
    List<String> tags,
    Map<String, String> labels,
    List<List<Integer>> grid) {}
