package io.iamkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.iamkit.policy.json.PolicyReader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;

/**
 * Reads every AWS managed policy document per invocation; scores are per document (average time, µs/op).
 *
 * <p>{@link #jacksonTokenScan} is the floor: Jackson's own tokenizer over the same bytes, decoding every name and
 * string into its reused buffer ({@code getTextCharacters()}) but creating no String or object. Any parser that
 * builds a model on Jackson does at least this much work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(Corpus.SIZE)
public class ParseBenchmark {
  private static final JsonFactory JSON = new JsonFactory();

  private byte[][] bytes;
  private String[] strings;

  @Setup
  public void load() {
    Corpus corpus = Corpus.load();
    bytes = corpus.bytes();
    strings = corpus.strings();
  }

  /**
   * For information, not a target: the token scan that also makes a {@code String} of every string value (member
   * names come from Jackson's symbol table), which any parser that hands out {@code String}s pays.
   */
  @Benchmark
  public void jacksonTokenScanWithStrings(Blackhole bh) throws IOException {
    for (byte[] document : bytes) {
      try (JsonParser parser = JSON.createParser(document)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.VALUE_STRING) {
            bh.consume(parser.getText());
          } else if (token == JsonToken.FIELD_NAME) {
            bh.consume(parser.currentName());
          } else {
            bh.consume(token);
          }
        }
      }
    }
  }

  /**
   * For information, not the floor: Jackson's tokenizer alone, which skips every string value without decoding
   * it. The "the AWS builder takes about 3x" matches this scan (about 3.2x here), not {@link
   * #jacksonTokenScan} (about 2.1x).
   */
  @Benchmark
  public void jacksonTokensOnly(Blackhole bh) throws IOException {
    for (byte[] document : bytes) {
      try (JsonParser parser = JSON.createParser(document)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          bh.consume(token);
        }
      }
    }
  }

  @Benchmark
  public void jacksonTokenScan(Blackhole bh) throws IOException {
    for (byte[] document : bytes) {
      try (JsonParser parser = JSON.createParser(document)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
            // Without this call Jackson skips over string values undecoded, which no real parser can do.
            bh.consume(parser.getTextCharacters());
            bh.consume(parser.getTextLength());
          } else {
            bh.consume(token);
          }
        }
      }
    }
  }

  @Benchmark
  public void awsPolicyBuilder(Blackhole bh) {
    for (String document : strings) {
      bh.consume(IamPolicy.fromJson(document));
    }
  }

  @Benchmark
  public void iamkit(Blackhole bh) {
    for (byte[] document : bytes) {
      bh.consume(PolicyReader.strict().read(document));
    }
  }
}
