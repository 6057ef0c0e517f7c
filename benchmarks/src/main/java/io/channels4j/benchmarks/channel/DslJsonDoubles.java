package io.channels4j.benchmarks.channel;

import com.dslplatform.json.JsonConverter;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.NumberConverter;

/**
 * DSL-JSON's converter of every {@code double} in the bench records: writes {@link
 * Double#toString(double)}, as Moshi and Jackson do, where DSL-JSON's own format differs ({@code
 * 6.02E+23} for {@code 6.02E23}, {@code -0.0000225} for {@code -2.25E-5}, {@code 10000000.0} for
 * {@code 1.0E7}, {@code 3E-7} for {@code 3.0E-7}); reads with DSL-JSON's own parser.
 */
@JsonConverter(target = double.class)
public final class DslJsonDoubles {
  public static final JsonReader.ReadObject<Double> JSON_READER =
      NumberConverter::deserializeDouble;

  public static final JsonWriter.WriteObject<Double> JSON_WRITER =
      (writer, value) -> writer.writeAscii(Double.toString(value));

  private DslJsonDoubles() {}
}
