package io.iamkit.benchmarks;

import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.eval.Caller;
import io.iamkit.eval.CompiledPolicy;
import io.iamkit.eval.Decision;
import io.iamkit.eval.Evaluator;
import io.iamkit.eval.Policies;
import io.iamkit.eval.Request;
import io.iamkit.policy.Arn;
import io.iamkit.policy.json.PolicyReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second of the offline evaluator ({@code Mode.Throughput}, ops/s, one thread; higher is better), for
 * the two requests of issue 4:
 *
 * <ul>
 *   <li>(a) a session of MyRoleA in account A calling {@code sts:AssumeRole} on MyRoleB in account B, with MyRoleA's
 *       identity policy and MyRoleB's trust policy from {@link S3CrossAccountSetup} (a cross-account decision: both
 *       sides must allow);
 *   <li>(b) a role session calling {@code s3:GetObject} with the AWS managed policy {@code ReadOnlyAccess} (about
 *       90 KB, thousands of actions) as its only identity policy, read from the managed-policies corpus.
 * </ul>
 *
 * <p>Policies are compiled once in {@link #setUp} ({@link CompiledPolicy}), as an application would. The
 * {@code ...Decide} methods time {@link Evaluator#decide} on a request built once; the {@code ...WithRequest} methods
 * also build the {@link Request} each time, for callers that build one per decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class EvaluatorBenchmark {
  private Caller roleA;
  private String roleBArn;
  private Request assumeRole;
  private Policies assumeRolePolicies;

  private Caller reader;
  private Request getObject;
  private Request putObject;
  private Policies readOnly;

  @Setup
  public void setUp() {
    S3CrossAccountSetup setup = S3CrossAccountSetup.builder()
        .deploymentAccountId("111111111111").bucketOwnerAccountId("222222222222").bucket("acme-shared-data").build();
    roleA = Caller.roleSession(setup.roleA().arn(), "bench");
    roleBArn = setup.roleB().arn().toString();
    assumeRole = Request.of(roleA, "sts:AssumeRole", roleBArn);
    assumeRolePolicies = Policies.builder()
        .identityPolicy(S3CrossAccountSetup.ASSUME_ROLE_B_POLICY_NAME,
            setup.roleA().inlinePolicies().get(0).document())
        .trustPolicy("MyRoleB-trust", setup.roleB().trustPolicy().orElseThrow())
        .build();
    check(Evaluator.decide(assumeRole, assumeRolePolicies), "(a)");

    reader = Caller.roleSession(Arn.parse("arn:aws:iam::111111111111:role/auditor"), "bench");
    getObject = Request.of(reader, "s3:GetObject", "arn:aws:s3:::acme-shared-data/tables/part-0001.parquet");
    readOnly = Policies.builder()
        .identityPolicy(CompiledPolicy.of("ReadOnlyAccess", PolicyReader.strict().read(Corpus.named("ReadOnlyAccess"))))
        .build();
    check(Evaluator.decide(getObject, readOnly), "(b)");
    putObject = Request.of(reader, "s3:PutObject", "arn:aws:s3:::acme-shared-data/tables/part-0001.parquet");
    if (Evaluator.decide(putObject, readOnly) != Decision.IMPLICIT_DENY) {
      throw new IllegalStateException("ReadOnlyAccess should not grant s3:PutObject");
    }
  }

  private static void check(Decision decision, String which) {
    if (decision != Decision.ALLOWED) {
      throw new IllegalStateException("benchmark " + which + " should be ALLOWED but is " + decision);
    }
  }

  /** (a) Cross-account {@code sts:AssumeRole}: identity policy and trust policy. */
  @Benchmark
  public Decision assumeRoleCrossAccountDecide() {
    return Evaluator.decide(assumeRole, assumeRolePolicies);
  }

  /** (a), building the request each time. */
  @Benchmark
  public Decision assumeRoleCrossAccountWithRequest() {
    return Evaluator.decide(Request.of(roleA, "sts:AssumeRole", roleBArn), assumeRolePolicies);
  }

  /** (b) {@code s3:GetObject} under {@code ReadOnlyAccess}. */
  @Benchmark
  public Decision getObjectReadOnlyAccessDecide() {
    return Evaluator.decide(getObject, readOnly);
  }

  /**
   * (b) denied: {@code s3:PutObject}, which {@code ReadOnlyAccess} does not grant, so every {@code s3} pattern of
   * the policy is tried before the implicit deny.
   */
  @Benchmark
  public Decision putObjectReadOnlyAccessDecide() {
    return Evaluator.decide(putObject, readOnly);
  }

  /** (b), building the request each time. */
  @Benchmark
  public Decision getObjectReadOnlyAccessWithRequest() {
    return Evaluator.decide(Request.of(reader, "s3:GetObject",
        "arn:aws:s3:::acme-shared-data/tables/part-0001.parquet"), readOnly);
  }
}
