package io.channels4j.benchmarks.channel;

import com.dslplatform.json.CompiledJson;

/**
 * One element of {@link Readings}: numbers only.
 *
 * @param id a signed id beyond the range of an int
 * @param count a signed count
 * @param value a measurement, in the form {@link Double#toString(double)} writes
 * @param ratio a fraction
 * @param timestamp milliseconds since the epoch
 */
@CompiledJson
public record Reading(long id, int count, double value, double ratio, long timestamp) {}
