package io.channels4j.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Prints the results of {@code run.sh} as ratios to the baseline server of the same round.
 *
 * <p>{@code Report results.jsonl raw}: for every scenario and metric, each server's median over the
 * measured rounds and the median, minimum and maximum of its per-round ratio to the baseline.
 */
public final class Report {
  private static final List<String> METRICS =
      List.of(
          "requests_per_s",
          "deliveries_per_s",
          "mean_us",
          "p50_us",
          "p99_us",
          "server_cpu_us_per_op",
          "server_alloc_bytes_per_op",
          "client_cpu_us_per_op",
          "client_core_busy_pct",
          "heap_bytes_per_connection",
          "rss_bytes_per_connection");
  private static final List<String> SHAPE = List.of("clients", "receivers", "connections");

  private Report() {}

  /** {@code args[0]}: the results file; {@code args[1]}: the baseline server's name. */
  public static void main(String[] args) throws IOException {
    JsonAdapter<Map<String, Object>> adapter =
        new Moshi.Builder()
            .build()
            .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    String baseline = args[1];
    // scenario -> server -> round -> result
    Map<String, Map<String, Map<String, Map<String, Object>>>> table = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      Map<String, Object> result = Objects.requireNonNull(adapter.fromJson(line));
      if ("warmup".equals(result.get("round"))) {
        continue;
      }
      table
          .computeIfAbsent(scenarioKey(result), k -> new TreeMap<>())
          .computeIfAbsent((String) result.get("server"), k -> new TreeMap<>())
          .put((String) result.get("round"), result);
    }
    System.out.printf(
        Locale.ROOT,
        "%-26s %-24s %-12s %12s %22s%n",
        "scenario",
        "metric",
        "server",
        "median",
        "ratio to " + baseline + " (min-max)");
    table.forEach(
        (scenario, servers) -> {
          Map<String, Map<String, Object>> base = servers.getOrDefault(baseline, Map.of());
          for (String metric : METRICS) {
            servers.forEach(
                (server, rounds) -> {
                  List<Double> values = new ArrayList<>();
                  List<Double> ratios = new ArrayList<>();
                  rounds.forEach(
                      (round, result) -> {
                        if (result.get(metric) instanceof Number value) {
                          values.add(value.doubleValue());
                          if (base.get(round) != null
                              && base.get(round).get(metric) instanceof Number baseValue
                              && baseValue.doubleValue() != 0) {
                            ratios.add(value.doubleValue() / baseValue.doubleValue());
                          }
                        }
                      });
                  if (!values.isEmpty()) {
                    System.out.printf(
                        Locale.ROOT,
                        "%-26s %-24s %-12s %12.1f %22s%n",
                        scenario,
                        metric,
                        server,
                        median(values),
                        ratios.isEmpty()
                            ? "-"
                            : String.format(
                                Locale.ROOT,
                                "%.2fx (%.2f-%.2f)",
                                median(ratios),
                                ratios.stream().mapToDouble(d -> d).min().orElse(0),
                                ratios.stream().mapToDouble(d -> d).max().orElse(0)));
                  }
                });
          }
        });
  }

  private static String scenarioKey(Map<String, Object> result) {
    StringBuilder key = new StringBuilder((String) result.get("scenario"));
    for (String shape : SHAPE) {
      if (result.get(shape) instanceof Number n) {
        key.append(' ').append(shape).append('=').append(n.longValue());
      }
    }
    // Echo and fan-out run both as fast as a window allows and at a fixed rate: never one row.
    if ("rate".equals(result.get("mode")) && result.get("rate") instanceof Number rate) {
      key.append(" rate=").append(rate.longValue());
    }
    return key.toString();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }
}
