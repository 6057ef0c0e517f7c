package io.channels4j.benchmarks.channel;

import com.dslplatform.json.CompiledJson;
import java.util.List;

/**
 * The payload of the {@code numbers} frame; the {@code numbers} action sends it back. BigDecimal
 * members join when the codec supports them.
 *
 * @param sensor the sensor's name
 * @param readings the samples
 */
@CompiledJson
public record Readings(String sensor, List<Reading> readings) {}
