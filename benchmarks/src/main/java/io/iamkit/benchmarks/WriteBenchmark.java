package io.iamkit.benchmarks;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;
import io.iamkit.policy.json.PolicyWriter;
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
 * Writes every AWS managed policy document, read once in setup by each library, as compact JSON per invocation;
 * scores are per document (average time, µs/op).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(Corpus.SIZE)
public class WriteBenchmark {
  private IamPolicy[] awsPolicies;
  private PolicyDocument[] iamkitDocuments;

  @Setup
  public void parse() {
    String[] strings = Corpus.load().strings();
    awsPolicies = new IamPolicy[strings.length];
    iamkitDocuments = new PolicyDocument[strings.length];
    for (int i = 0; i < strings.length; i++) {
      awsPolicies[i] = IamPolicy.fromJson(strings[i]);
      iamkitDocuments[i] = PolicyReader.strict().read(strings[i]);
    }
  }

  @Benchmark
  public void awsPolicyBuilder(Blackhole bh) {
    for (IamPolicy policy : awsPolicies) {
      bh.consume(policy.toJson());
    }
  }

  @Benchmark
  public void iamkit(Blackhole bh) {
    for (PolicyDocument document : iamkitDocuments) {
      bh.consume(PolicyWriter.compact().write(document));
    }
  }
}
