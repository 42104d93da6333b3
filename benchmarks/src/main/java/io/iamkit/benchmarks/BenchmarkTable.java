package io.iamkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Prints a JMH JSON result file ({@code -rf json -rff benchmarks/target/jmh.json}) as markdown: one row per
 * benchmark with its score and the bytes allocated per operation ({@code gc.alloc.rate.norm}, present when run
 * with {@code -prof gc}), then the ratios iamkit is held to.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.iamkit.benchmarks.BenchmarkTable benchmarks/target/jmh.json
 * }</pre>
 */
public final class BenchmarkTable {
  private static final String ALLOC_NORM = "gc.alloc.rate.norm";

  private BenchmarkTable() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "benchmarks/target/jmh.json");
    Map<String, Result> results = new LinkedHashMap<>();
    for (JsonNode run : new ObjectMapper().readTree(file.toFile())) {
      Result result = Result.of(run);
      results.put(result.name, result);
    }

    System.out.println("| Benchmark | Score | Error | Unit | Bytes/op |");
    System.out.println("|---|--:|--:|---|--:|");
    for (Result r : results.values()) {
      System.out.printf(Locale.ROOT, "| %s | %.3f | %s | %s | %s |%n", r.name, r.score,
          Double.isNaN(r.error) ? "" : String.format(Locale.ROOT, "± %.3f", r.error), r.unit,
          Double.isNaN(r.bytesPerOp) ? "" : String.format(Locale.ROOT, "%,.0f", r.bytesPerOp));
    }

    System.out.println();
    System.out.println("| Ratio | Value | Target |");
    System.out.println("|---|--:|---|");
    ratio(results, "Parse time, iamkit / jacksonTokenScan", "ParseBenchmark.iamkit",
        "ParseBenchmark.jacksonTokenScan", Result::timePerOp, "<= 1.5");
    ratio(results, "Parse time, iamkit / jacksonTokensOnly", "ParseBenchmark.iamkit",
        "ParseBenchmark.jacksonTokensOnly", Result::timePerOp, "");
    ratio(results, "Parse time, awsPolicyBuilder / jacksonTokensOnly", "ParseBenchmark.awsPolicyBuilder",
        "ParseBenchmark.jacksonTokensOnly", Result::timePerOp, "");
    ratio(results, "Parse time, iamkit / awsPolicyBuilder", "ParseBenchmark.iamkit",
        "ParseBenchmark.awsPolicyBuilder", Result::timePerOp, "");
    ratio(results, "Parse bytes/op, iamkit / awsPolicyBuilder", "ParseBenchmark.iamkit",
        "ParseBenchmark.awsPolicyBuilder", r -> r.bytesPerOp, "<= 0.33");
    ratio(results, "Write throughput, iamkit / awsPolicyBuilder", "WriteBenchmark.awsPolicyBuilder",
        "WriteBenchmark.iamkit", Result::timePerOp, ">= 2");
    ratio(results, "Write throughput with cached models, iamkit / awsPolicyBuilder",
        "WriteBenchmark.awsPolicyBuilderCached", "WriteBenchmark.iamkitCached", Result::timePerOp, "");
    ratio(results, "Write throughput, iamkit / jacksonTokenWrite", "WriteBenchmark.jacksonTokenWrite",
        "WriteBenchmark.iamkit", Result::timePerOp, "");
    ratio(results, "Write bytes/op, iamkit / awsPolicyBuilder", "WriteBenchmark.iamkit",
        "WriteBenchmark.awsPolicyBuilder", r -> r.bytesPerOp, "");
    // Issue 4: at least 50 times the TypeScript IAM simulator's 87,000/s (a) and 830/s (b).
    perPeer(results, "(a) AssumeRole decisions/s, iamkit / TypeScript simulator",
        "EvaluatorBenchmark.assumeRoleCrossAccountDecide", 87_000, ">= 50 (over 4,000,000/s)");
    perPeer(results, "(a) with the request built each time", "EvaluatorBenchmark.assumeRoleCrossAccountWithRequest",
        87_000, ">= 50");
    perPeer(results, "(b) ReadOnlyAccess decisions/s, iamkit / TypeScript simulator",
        "EvaluatorBenchmark.getObjectReadOnlyAccessDecide", 830, ">= 50 (over 40,000/s)");
    perPeer(results, "(b) with the request built each time", "EvaluatorBenchmark.getObjectReadOnlyAccessWithRequest",
        830, ">= 50");
  }

  /** A throughput (ops/s) against the peer's decisions per second. */
  private static void perPeer(Map<String, Result> results, String label, String benchmark, double peerPerSecond,
      String target) {
    Result r = results.get(benchmark);
    if (r != null && r.unit.equals("ops/s")) {
      System.out.printf(Locale.ROOT, "| %s | %,.0f | %s |%n", label, r.score / peerPerSecond, target);
    }
  }

  private static void ratio(Map<String, Result> results, String label, String numerator, String denominator,
      ToDoubleFunction<Result> metric, String target) {
    Result n = results.get(numerator);
    Result d = results.get(denominator);
    if (n != null && d != null) {
      System.out.printf(Locale.ROOT, "| %s | %.2f | %s |%n", label,
          metric.applyAsDouble(n) / metric.applyAsDouble(d), target);
    }
  }

  private static final class Result {
    final String name;
    final double score;
    final double error;
    final String unit;
    final double bytesPerOp;

    private Result(String name, double score, double error, String unit, double bytesPerOp) {
      this.name = name;
      this.score = score;
      this.error = error;
      this.unit = unit;
      this.bytesPerOp = bytesPerOp;
    }

    static Result of(JsonNode run) {
      String benchmark = run.path("benchmark").asText();
      // "io.iamkit.benchmarks.ParseBenchmark.iamkit" -> "ParseBenchmark.iamkit"
      String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      JsonNode primary = run.path("primaryMetric");
      JsonNode secondary = run.path("secondaryMetrics");
      // JMH before 1.36 prefixed profiler metrics with a middle dot.
      JsonNode alloc = secondary.has(ALLOC_NORM) ? secondary.path(ALLOC_NORM) : secondary.path("·" + ALLOC_NORM);
      return new Result(name, primary.path("score").asDouble(), primary.path("scoreError").asDouble(Double.NaN),
          primary.path("scoreUnit").asText(), alloc.path("score").asDouble(Double.NaN));
    }

    /** Time per operation in the result's unit; Throughput scores ("ops/us") are inverted. */
    double timePerOp() {
      return unit.startsWith("ops/") ? 1 / score : score;
    }
  }
}
