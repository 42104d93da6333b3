package io.iamkit.aws;

import io.iamkit.aws.VerificationStep.Kind;
import io.iamkit.aws.VerificationStep.Live;
import io.iamkit.aws.VerificationStep.Prediction;
import io.iamkit.databricks.NamedPolicy;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.SetupRole;
import io.iamkit.eval.Caller;
import io.iamkit.eval.Evaluation;
import io.iamkit.eval.Evaluator;
import io.iamkit.eval.Policies;
import io.iamkit.eval.Request;
import io.iamkit.eval.RequestContext;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.IamkitException;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Verifies an {@link S3CrossAccountSetup} live: from base credentials (a principal of the deployment account that
 * may assume MyRoleA, standing in for the cluster's instance profile), AssumeRole into MyRoleA, then from MyRoleA's
 * session into MyRoleB with the SDK's {@link StsAssumeRoleCredentialsProvider} chained on the previous hop, each
 * hop confirmed with GetCallerIdentity; then, as MyRoleB, the S3 calls the set-up promises: ListObjectsV2 on the
 * bucket, PutObject of a small probe object (with the {@code bucket-owner-full-control} ACL, as the set-up's Spark
 * config asks), GetObject of it and DeleteObject.
 *
 * <pre>{@code
 * try (ChainVerifier verifier = ChainVerifier.builder()
 *     .base(AccountClients.builder().account("111122223333").credentialsProvider(deployment).build())
 *     .account(AccountClients.builder().account("444455556666").credentialsProvider(bucketOwner).build())
 *     .build()) {
 *   VerificationReport report = verifier.verifyChain(setup);
 *   System.out.print(report.toTable());
 * }
 * }</pre>
 *
 * <ul>
 *   <li>A role just created is often not assumable for some seconds: AccessDenied on AssumeRole is retried, with
 *       backoff, within {@link Builder#assumeRoleRetryWindow} (60 s by default) before it counts as a failure.
 *   <li>Where an external ID is configured for a role ({@link Builder#externalId}), AssumeRole passes it, and a
 *       second AssumeRole with a wrong external ID must be refused.
 *   <li>Each step is set beside the offline evaluator's prediction for the same request, from the set-up's
 *       documents (the caller's identity policies and the trust policy for AssumeRole; MyRoleB's identity policies
 *       and the bucket policy for S3); a difference is flagged: the account has something iamkit did not see. The
 *       first hop is not predicted: the set-up gives MyRoleA to EC2, and iamkit does not know the base principal's
 *       policies.
 *   <li>When a step fails and the verifier has clients for the accounts concerned (the base one and those given
 *       with {@link Builder#account}), it reads the live documents (trust policy, the caller role's inline
 *       policies, the bucket policy) and evaluates them offline to name the cause.
 * </ul>
 *
 * <p>Session credentials never leave the SDK's providers: the report, the listener, exceptions and
 * {@code toString} hold ARNs, error codes and request IDs only. A verifier is not meant for concurrent use.
 */
public final class ChainVerifier implements AutoCloseable {
  /** The session name used when none is configured. */
  public static final String DEFAULT_SESSION_NAME = "iamkit-verify";

  private static final Set<String> DENIED_CODES = Set.of("AccessDenied", "AccessDeniedException", "Forbidden",
      "AllAccessDisabled", "InvalidAccessKeyId", "ExpiredToken");
  private static final byte[] PROBE_CONTENT = "iamkit verify probe\n".getBytes(StandardCharsets.UTF_8);
  private static final PolicyReader READER = PolicyReader.lenient();

  private final AccountClients base;
  private final Map<AccountId, AccountClients> accounts;
  private final String sessionName;
  private final Map<String, String> externalIds;
  private final Duration retryWindow;
  private final String probePrefix;
  private final VerifyListener listener;
  private final Retrier.Sleeper sleeper;
  private final LongSupplier nanoClock;

  private ChainVerifier(Builder builder) {
    this.base = Objects.requireNonNull(builder.base, "base == null");
    Map<AccountId, AccountClients> all = new LinkedHashMap<>(builder.accounts);
    all.put(base.account(), base);
    this.accounts = Map.copyOf(all);
    this.sessionName = builder.sessionName;
    this.externalIds = Map.copyOf(builder.externalIds);
    this.retryWindow = builder.retryWindow;
    this.probePrefix = builder.probePrefix;
    this.listener = builder.listener;
    this.sleeper = builder.sleeper;
    this.nanoClock = builder.nanoClock;
  }

  /** Returns an empty builder; the base account's clients are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** One AssumeRole hop of the chain. */
  private static final class Hop {
    final SetupRole role;
    final @Nullable SetupRole caller;

    Hop(SetupRole role, @Nullable SetupRole caller) {
      this.role = role;
      this.caller = caller;
    }
  }

  /** Records the request ID of the last response of the client it is attached to. */
  private static final class RequestIds implements ExecutionInterceptor {
    volatile @Nullable String last;

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes executionAttributes) {
      last = requestId(context.response());
    }
  }

  /** The request ID of a response: from the response metadata, else from the S3 or generic header. */
  static @Nullable String requestId(SdkResponse response) {
    if (response instanceof AwsResponse) {
      String id = ((AwsResponse) response).responseMetadata().requestId();
      if (id != null && !id.equals("UNKNOWN")) {
        return id;
      }
    }
    return response.sdkHttpResponse().firstMatchingHeader("x-amz-request-id")
        .or(() -> response.sdkHttpResponse().firstMatchingHeader("x-amzn-RequestId")).orElse(null);
  }

  /**
   * Runs the chain and the probes of {@code setup} and returns what happened. Failures of AWS calls are in the
   * report, not thrown: after the first failed hop the remaining steps are reported as not run.
   */
  public VerificationReport verifyChain(S3CrossAccountSetup setup) {
    Objects.requireNonNull(setup, "setup == null");
    List<VerificationStep> steps = new ArrayList<>();
    List<AutoCloseable> closeables = new ArrayList<>();
    try {
      RequestIds baseIds = new RequestIds();
      StsClient baseSts = base.buildStsClient(base.credentialsProvider(), baseIds);
      closeables.add(baseSts);
      long start = nanoClock.getAsLong();
      String baseArn = null;
      try {
        GetCallerIdentityResponse who = baseSts.getCallerIdentity();
        baseArn = who.arn();
        add(steps, new VerificationStep(Kind.BASE_IDENTITY, "base credentials of " + base.account(), true,
            Live.ALLOWED, null, requestId(who), since(start), 1, Prediction.ALLOWED,
            "sts:GetCallerIdentity needs no permission", "caller " + who.arn(), null));
      } catch (RuntimeException e) {
        Failure f = Failure.of(e);
        add(steps, new VerificationStep(Kind.BASE_IDENTITY, "base credentials of " + base.account(), true, f.live,
            f.code, f.requestId, since(start), 1, Prediction.ALLOWED, "sts:GetCallerIdentity needs no permission",
            f.message, "the base credentials do not work: " + f.describe()));
        skipRest(steps, setup, "the base credentials do not work");
        return new VerificationReport(steps);
      }

      List<Hop> hops = List.of(new Hop(setup.roleA(), null), new Hop(setup.roleB(), setup.roleA()));
      AwsCredentialsProvider current = base.credentialsProvider();
      StsClient currentSts = baseSts;
      RequestIds currentIds = baseIds;
      String callerArn = baseArn;
      for (int i = 0; i < hops.size(); i++) {
        Hop hop = hops.get(i);
        String roleArn = hop.role.arn().toString();
        String externalId = externalIds.get(hop.role.name());
        AssumeRoleRequest.Builder request = AssumeRoleRequest.builder().roleArn(roleArn)
            .roleSessionName(sessionName);
        if (externalId != null) {
          request.externalId(externalId);
        }
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
            .stsClient(currentSts).refreshRequest(request.build()).asyncCredentialUpdateEnabled(false).build();
        closeables.add(provider);
        Evaluation predicted = predictAssume(hop, externalId);
        String notPredicted = hop.caller == null
            ? "not predicted: the set-up gives " + hop.role.name() + " to EC2 (instance profile); the base "
                + "credentials stand in for it and iamkit does not know their policies"
            : null;

        start = nanoClock.getAsLong();
        int attempts = 0;
        Failure failure = null;
        Duration delay = Duration.ofSeconds(1);
        while (true) {
          attempts++;
          try {
            provider.resolveCredentials();
            failure = null;
            break;
          } catch (RuntimeException e) {
            failure = Failure.of(e);
            Duration elapsed = since(start);
            if (failure.live != Live.DENIED || elapsed.plus(delay).compareTo(retryWindow) > 0) {
              break;
            }
            listener.retrying(roleArn, attempts, failure.code == null ? "no response" : failure.code, delay);
            if (!sleep(delay)) {
              break;
            }
            delay = delay.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10)
                : delay.multipliedBy(2);
          }
        }
        Prediction prediction = notPredicted != null ? Prediction.NOT_PREDICTED : prediction(predicted);
        String predictionReason = notPredicted != null ? notPredicted : reason(predicted);
        if (failure != null) {
          String cause = diagnoseAssume(hop, callerArn, externalId, failure);
          add(steps, new VerificationStep(Kind.ASSUME_ROLE, roleArn, true, failure.live, failure.code,
              failure.requestId, since(start), attempts, prediction, predictionReason, failure.message, cause));
          skipRest(steps, setup, "AssumeRole into " + roleArn + " failed");
          return new VerificationReport(steps);
        }
        String assumeRequestId = currentIds.last;
        RequestIds nextIds = new RequestIds();
        StsClient nextSts = base.buildStsClient(provider, nextIds);
        closeables.add(nextSts);
        String expected = "arn:" + hop.role.partition().id() + ":sts::" + hop.role.account() + ":assumed-role/"
            + hop.role.name() + "/" + sessionName;
        String confirmed;
        try {
          confirmed = nextSts.getCallerIdentity().arn();
        } catch (RuntimeException e) {
          Failure f = Failure.of(e);
          add(steps, new VerificationStep(Kind.ASSUME_ROLE, roleArn, true, Live.ERROR, f.code, f.requestId,
              since(start), attempts, prediction, predictionReason, f.message,
              "AssumeRole succeeded but GetCallerIdentity with the session failed: " + f.describe()));
          skipRest(steps, setup, "the session of " + roleArn + " does not work");
          return new VerificationReport(steps);
        }
        boolean confirmedOk = expected.equals(confirmed);
        add(steps, new VerificationStep(Kind.ASSUME_ROLE, roleArn, true, confirmedOk ? Live.ALLOWED : Live.ERROR,
            null, assumeRequestId, since(start), attempts, prediction, predictionReason, "caller " + confirmed,
            confirmedOk ? null : "GetCallerIdentity answered " + confirmed + ", expected " + expected));
        if (!confirmedOk) {
          skipRest(steps, setup, "the session of " + roleArn + " is not who it should be");
          return new VerificationReport(steps);
        }
        if (externalId != null) {
          steps.add(wrongExternalId(hop, currentSts, currentIds));
          listener.stepFinished(steps.get(steps.size() - 1));
        }
        current = provider;
        currentSts = nextSts;
        currentIds = nextIds;
        callerArn = confirmed;
      }
      S3Client s3 = s3ClientFor(setup, current);
      closeables.add(s3);
      probe(steps, setup, s3);
      return new VerificationReport(steps);
    } finally {
      for (int i = closeables.size() - 1; i >= 0; i--) {
        try {
          closeables.get(i).close();
        } catch (Exception ignored) {
          // closing is best effort
        }
      }
    }
  }

  private S3Client s3ClientFor(S3CrossAccountSetup setup, AwsCredentialsProvider credentials) {
    AccountClients owner = accounts.getOrDefault(setup.bucketPolicy().account(), base);
    return owner.buildS3Client(credentials);
  }

  private VerificationStep wrongExternalId(Hop hop, StsClient sts, RequestIds ids) {
    String roleArn = hop.role.arn().toString();
    String wrong = "iamkit-wrong-" + UUID.randomUUID().toString().substring(0, 8);
    Evaluation predicted = predictAssume(hop, wrong);
    Prediction prediction = hop.caller == null ? Prediction.NOT_PREDICTED : prediction(predicted);
    String reason = hop.caller == null ? "not predicted: iamkit does not know the base credentials' policies"
        : reason(predicted);
    long start = nanoClock.getAsLong();
    try {
      sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName(sessionName).externalId(wrong));
      return new VerificationStep(Kind.WRONG_EXTERNAL_ID, roleArn, false, Live.ALLOWED, null, ids.last,
          since(start), 1, prediction, reason, "AssumeRole with a wrong external ID succeeded",
          "the trust policy of " + hop.role.name() + " does not check sts:ExternalId: anyone it trusts can "
              + "assume it without the external ID");
    } catch (RuntimeException e) {
      Failure f = Failure.of(e);
      return new VerificationStep(Kind.WRONG_EXTERNAL_ID, roleArn, false, f.live, f.code, f.requestId,
          since(start), 1, prediction, reason, f.message,
          f.live == Live.DENIED ? null : "AssumeRole with a wrong external ID failed otherwise: " + f.describe());
    }
  }

  private void probe(List<VerificationStep> steps, S3CrossAccountSetup setup, S3Client s3) {
    String bucket = setup.bucketPolicy().bucket();
    String key = probePrefix + UUID.randomUUID() + ".txt";
    boolean acl = "BucketOwnerFullControl".equals(
        setup.sparkConf().properties().get("spark.hadoop.fs.s3a.acl.default"));
    String bucketTarget = "s3://" + bucket;
    String objectTarget = "s3://" + bucket + "/" + key;

    long start = nanoClock.getAsLong();
    VerificationStep list = s3Step(setup, Kind.S3_LIST, bucketTarget, "s3:ListBucket", null, false, start, () -> {
      var response = s3.listObjectsV2(r -> r.bucket(bucket).maxKeys(1));
      return new String[] {requestId(response), response.keyCount() + " key(s) listed"};
    });
    add(steps, list);

    start = nanoClock.getAsLong();
    VerificationStep put = s3Step(setup, Kind.S3_PUT, objectTarget, "s3:PutObject", key, acl, start, () -> {
      var response = s3.putObject(r -> {
        r.bucket(bucket).key(key).contentType("text/plain");
        if (acl) {
          r.acl(ObjectCannedACL.BUCKET_OWNER_FULL_CONTROL);
        }
      }, RequestBody.fromBytes(PROBE_CONTENT));
      return new String[] {requestId(response),
          "put " + PROBE_CONTENT.length + " bytes" + (acl ? " with ACL bucket-owner-full-control" : "")};
    });
    add(steps, put);
    if (!put.passed()) {
      add(steps, notRun(Kind.S3_GET, objectTarget, "the probe object could not be put"));
      add(steps, notRun(Kind.S3_DELETE, objectTarget, "the probe object could not be put"));
      return;
    }

    start = nanoClock.getAsLong();
    add(steps, s3Step(setup, Kind.S3_GET, objectTarget, "s3:GetObject", key, false, start, () -> {
      var response = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
      byte[] content = response.asByteArray();
      if (!java.util.Arrays.equals(content, PROBE_CONTENT)) {
        throw new ProbeMismatch(requestId(response.response()));
      }
      return new String[] {requestId(response.response()), "read back " + content.length
          + " bytes, as put"};
    }));

    start = nanoClock.getAsLong();
    add(steps, s3Step(setup, Kind.S3_DELETE, objectTarget, "s3:DeleteObject", key, false, start, () -> {
      var response = s3.deleteObject(r -> r.bucket(bucket).key(key));
      return new String[] {requestId(response), "deleted"};
    }));
  }

  /** GetObject returned other bytes than were put. */
  private static final class ProbeMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final @Nullable String requestId;

    ProbeMismatch(@Nullable String requestId) {
      super("GetObject returned other content than PutObject stored", null, false, false);
      this.requestId = requestId;
    }
  }

  private interface S3Call {
    String[] call();
  }

  private VerificationStep s3Step(S3CrossAccountSetup setup, Kind kind, String target, String action,
      @Nullable String key, boolean acl, long start, S3Call call) {
    Evaluation predicted = predictS3(setup, action, key, acl, setup.roleB().inlinePolicies());
    try {
      String[] result = call.call();
      return new VerificationStep(kind, target, true, Live.ALLOWED, null, result[0], since(start), 1,
          prediction(predicted), reason(predicted), result[1], null);
    } catch (ProbeMismatch e) {
      return new VerificationStep(kind, target, true, Live.ERROR, null, e.requestId, since(start), 1,
          prediction(predicted), reason(predicted), e.getMessage(), e.getMessage());
    } catch (RuntimeException e) {
      Failure f = Failure.of(e);
      return new VerificationStep(kind, target, true, f.live, f.code, f.requestId, since(start), 1,
          prediction(predicted), reason(predicted), f.message, diagnoseS3(setup, action, key, acl, f));
    }
  }

  // --- predictions ------------------------------------------------------------------------------------------------

  private Evaluation predictAssume(Hop hop, @Nullable String externalId) {
    SetupRole caller = hop.caller == null ? hop.role : hop.caller;
    Policies.Builder policies = Policies.builder();
    for (NamedPolicy policy : caller.inlinePolicies()) {
      policies.identityPolicy(caller.name() + "/" + policy.name(), policy.document());
    }
    hop.role.trustPolicy().ifPresent(trust -> policies.trustPolicy(hop.role.name() + " trust policy", trust));
    return Evaluator.evaluate(assumeRequest(Caller.roleSession(caller.arn(), sessionName), hop.role, externalId),
        policies.build());
  }

  private static Request assumeRequest(Caller caller, SetupRole role, @Nullable String externalId) {
    Request.Builder request = Request.builder().caller(caller).action("sts:AssumeRole")
        .resource(role.arn().toString()).resourceAccount(role.account());
    if (externalId != null) {
      request.context(RequestContext.of("sts:ExternalId", externalId));
    }
    return request.build();
  }

  private Evaluation predictS3(S3CrossAccountSetup setup, String action, @Nullable String key, boolean acl,
      List<NamedPolicy> identity) {
    SetupRole roleB = setup.roleB();
    Policies.Builder policies = Policies.builder();
    for (NamedPolicy policy : identity) {
      policies.identityPolicy(roleB.name() + "/" + policy.name(), policy.document());
    }
    policies.resourcePolicy("bucket policy of " + setup.bucketPolicy().bucket(), setup.bucketPolicy().policy());
    return Evaluator.evaluate(s3Request(setup, action, key, acl), policies.build());
  }

  private Request s3Request(S3CrossAccountSetup setup, String action, @Nullable String key, boolean acl) {
    SetupRole roleB = setup.roleB();
    String bucketArn = "arn:" + roleB.partition().id() + ":s3:::" + setup.bucketPolicy().bucket();
    Request.Builder request = Request.builder().caller(Caller.roleSession(roleB.arn(), sessionName))
        .action(action).resource(key == null ? bucketArn : bucketArn + "/" + key)
        .resourceAccount(setup.bucketPolicy().account());
    if (acl) {
      request.context(RequestContext.of("s3:x-amz-acl", "bucket-owner-full-control"));
    }
    return request.build();
  }

  private static Prediction prediction(Evaluation evaluation) {
    return evaluation.isAllowed() ? Prediction.ALLOWED : Prediction.DENIED;
  }

  private static String reason(Evaluation evaluation) {
    String reason = evaluation.reason();
    if (!evaluation.missingContextKeys().isEmpty()) {
      reason += "; missing context keys " + evaluation.missingContextKeys();
    }
    return reason;
  }

  // --- diagnosis from the live documents ---------------------------------------------------------------------------

  private String diagnoseAssume(Hop hop, @Nullable String callerArn, @Nullable String externalId, Failure failure) {
    if (failure.live != Live.DENIED) {
      return "AssumeRole failed: " + failure.describe();
    }
    String what = "AssumeRole into " + hop.role.name() + " refused (" + failure.code + ")";
    AccountClients target = accounts.get(hop.role.account());
    if (target == null) {
      return what + "; iamkit has no clients for account " + hop.role.account() + " to read the role's trust policy";
    }
    try (IamClient iam = target.buildIamClient()) {
      PolicyDocument trust;
      try {
        trust = READER.read(iam.getRole(r -> r.roleName(hop.role.name())).role().assumeRolePolicyDocument());
      } catch (AwsServiceException e) {
        if ("NoSuchEntity".equals(Retrier.errorCode(e))) {
          return what + ": role " + hop.role.name() + " does not exist in account " + hop.role.account();
        }
        throw e;
      }
      Policies.Builder policies = Policies.builder().trustPolicy(hop.role.name() + " trust policy (live)", trust);
      Caller caller;
      String identityNote = "";
      if (hop.caller == null) {
        if (callerArn == null) {
          return what;
        }
        caller = Caller.parse(callerArn);
        identityNote = " (the base principal's own policies are not read)";
      } else {
        caller = Caller.roleSession(hop.caller.arn(), sessionName);
        AccountClients callerAccount = accounts.get(hop.caller.account());
        if (callerAccount == null) {
          identityNote = " (" + hop.caller.name() + "'s policies not read: no clients for account "
              + hop.caller.account() + ")";
        } else {
          try (IamClient callerIam = callerAccount.buildIamClient()) {
            inlinePolicies(callerIam, hop.caller.name()).forEach(policies::identityPolicy);
          }
        }
      }
      Evaluation live = Evaluator.evaluate(assumeRequest(caller, hop.role, externalId), policies.build());
      if (hop.caller == null && !live.isAllowed() && caller.kind() == Caller.Kind.IAM_USER
          && caller.account().map(hop.role.account()::equals).orElse(false)
          && live.matchedStatements().isEmpty()) {
        return what + ": the live trust policy of " + hop.role.name() + " does not admit " + callerArn
            + identityNote;
      }
      return what + ": " + liveVerdict(live, externalId) + identityNote;
    } catch (RuntimeException e) {
      return what + "; the live documents could not be read: " + Failure.of(e).describe();
    }
  }

  private @Nullable String diagnoseS3(S3CrossAccountSetup setup, String action, @Nullable String key,
      boolean acl, Failure failure) {
    if (failure.live != Live.DENIED) {
      return action + " failed: " + failure.describe();
    }
    String what = action + " refused (" + failure.code + ")";
    AccountClients owner = accounts.get(setup.bucketPolicy().account());
    AccountClients roleAccount = accounts.get(setup.roleB().account());
    if (owner == null || roleAccount == null) {
      return what + "; iamkit has no clients for account " + setup.bucketPolicy().account()
          + " to read the live documents";
    }
    try (IamClient iam = roleAccount.buildIamClient(); S3Client s3 = owner.buildS3Client()) {
      Policies.Builder policies = Policies.builder();
      inlinePolicies(iam, setup.roleB().name()).forEach(policies::identityPolicy);
      String bucket = setup.bucketPolicy().bucket();
      String note = "";
      try {
        policies.resourcePolicy("bucket policy of " + bucket + " (live)",
            READER.read(s3.getBucketPolicy(r -> r.bucket(bucket)).policy()));
      } catch (AwsServiceException e) {
        if (!"NoSuchBucketPolicy".equals(Retrier.errorCode(e))) {
          throw e;
        }
        note = " (the bucket has no policy)";
      }
      Evaluation live = Evaluator.evaluate(s3Request(setup, action, key, acl), policies.build());
      return what + ": " + liveVerdict(live, null) + note;
    } catch (RuntimeException e) {
      return what + "; the live documents could not be read: " + Failure.of(e).describe();
    }
  }

  private static String liveVerdict(Evaluation live, @Nullable String externalId) {
    if (live.isAllowed()) {
      return "the live documents allow it, so " + VerificationReport.DIFFERENCE_NOTE;
    }
    String text = "the live documents deny it: " + live.reason();
    if (live.missingContextKeys().contains("sts:ExternalId") && externalId == null) {
      text += "; the trust policy requires sts:ExternalId, and no external ID was configured";
    } else if (externalId != null && live.missingContextKeys().isEmpty()) {
      text += " (external ID configured; check that it is the one the trust policy expects)";
    }
    return text;
  }

  private static Map<String, PolicyDocument> inlinePolicies(IamClient iam, String role) {
    Map<String, PolicyDocument> result = new LinkedHashMap<>();
    for (String name : iam.listRolePoliciesPaginator(r -> r.roleName(role)).policyNames()) {
      result.put(role + "/" + name + " (live)",
          READER.read(iam.getRolePolicy(r -> r.roleName(role).policyName(name)).policyDocument()));
    }
    return result;
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private void add(List<VerificationStep> steps, VerificationStep step) {
    steps.add(step);
    listener.stepFinished(step);
  }

  private void skipRest(List<VerificationStep> steps, S3CrossAccountSetup setup, String why) {
    boolean roleADone = steps.stream().anyMatch(s -> s.kind() == Kind.ASSUME_ROLE
        && s.target().equals(setup.roleA().arn().toString()));
    if (!roleADone) {
      add(steps, notRun(Kind.ASSUME_ROLE, setup.roleA().arn().toString(), why));
    }
    boolean roleBDone = steps.stream().anyMatch(s -> s.kind() == Kind.ASSUME_ROLE
        && s.target().equals(setup.roleB().arn().toString()));
    if (!roleBDone) {
      add(steps, notRun(Kind.ASSUME_ROLE, setup.roleB().arn().toString(), why));
    }
    String bucket = "s3://" + setup.bucketPolicy().bucket();
    add(steps, notRun(Kind.S3_LIST, bucket, why));
    add(steps, notRun(Kind.S3_PUT, bucket + "/" + probePrefix + "*", why));
    add(steps, notRun(Kind.S3_GET, bucket + "/" + probePrefix + "*", why));
    add(steps, notRun(Kind.S3_DELETE, bucket + "/" + probePrefix + "*", why));
  }

  private static VerificationStep notRun(Kind kind, String target, String why) {
    return new VerificationStep(kind, target, true, Live.NOT_RUN, null, null, Duration.ZERO, 0,
        Prediction.NOT_PREDICTED, "not run", null, "not run: " + why);
  }

  private Duration since(long startNanos) {
    return Duration.ofNanos(Math.max(0, nanoClock.getAsLong() - startNanos));
  }

  private boolean sleep(Duration delay) {
    try {
      sleeper.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** An AWS call's failure, without anything that could be a credential. */
  private static final class Failure {
    final Live live;
    final @Nullable String code;
    final @Nullable String requestId;
    final String message;

    private Failure(Live live, @Nullable String code, @Nullable String requestId, String message) {
      this.live = live;
      this.code = code;
      this.requestId = requestId;
      this.message = message;
    }

    static Failure of(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof AwsServiceException) {
          AwsServiceException e = (AwsServiceException) t;
          String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
          String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
          boolean denied = (code != null && DENIED_CODES.contains(code)) || e.statusCode() == 403;
          return new Failure(denied ? Live.DENIED : Live.ERROR, code, e.requestId(),
              message == null ? "status " + e.statusCode() : message);
        }
      }
      if (thrown instanceof IamkitException) {
        return new Failure(Live.ERROR, null, null, thrown.getMessage());
      }
      Throwable root = thrown;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      return new Failure(Live.ERROR, null, null, "no response: " + root.getClass().getSimpleName());
    }

    String describe() {
      return (code == null ? "" : code + ": ") + message + (requestId == null ? "" : " (request ID " + requestId
          + ")");
    }
  }

  /** Closes nothing: the verifier builds and closes its clients within each {@link #verifyChain} call. */
  @Override
  public void close() {}

  @Override
  public String toString() {
    return "ChainVerifier{base=" + base.account() + ", accounts=" + accounts.keySet() + ", sessionName="
        + sessionName + ", externalIdFor=" + externalIds.keySet() + ", retryWindow=" + retryWindow + "}";
  }

  /** Builds a {@link ChainVerifier}. */
  public static final class Builder {
    private @Nullable AccountClients base;
    private final Map<AccountId, AccountClients> accounts = new LinkedHashMap<>();
    private String sessionName = DEFAULT_SESSION_NAME;
    private final Map<String, String> externalIds = new LinkedHashMap<>();
    private Duration retryWindow = Duration.ofSeconds(60);
    private String probePrefix = "iamkit-verify/probe-";
    private VerifyListener listener = VerifyListener.NONE;
    private Retrier.Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());
    private LongSupplier nanoClock = System::nanoTime;

    private Builder() {}

    /**
     * The base credentials, region and endpoint: a principal of the deployment account that may assume MyRoleA.
     * Required. Its clients also read the live documents of its account when a step fails.
     */
    public Builder base(AccountClients value) {
      this.base = Objects.requireNonNull(value, "base == null");
      return this;
    }

    /** The clients of another account (the bucket owner's), used only to read live documents on failure. */
    public Builder account(AccountClients value) {
      accounts.put(value.account(), value);
      return this;
    }

    /** The session name of every AssumeRole; {@value ChainVerifier#DEFAULT_SESSION_NAME} by default. */
    public Builder sessionName(String value) {
      if (!value.matches("[\\w+=,.@-]{2,64}")) {
        throw new IllegalArgumentException("session name must be 2 to 64 of [\\w+=,.@-]: " + value);
      }
      this.sessionName = value;
      return this;
    }

    /**
     * The external ID to pass when assuming the role named {@code roleName}; also makes the verifier check that a
     * wrong external ID is refused.
     */
    public Builder externalId(String roleName, String externalId) {
      externalIds.put(Objects.requireNonNull(roleName, "roleName == null"),
          Objects.requireNonNull(externalId, "externalId == null"));
      return this;
    }

    /** How long AccessDenied on AssumeRole is retried (new roles propagate slowly); 60 s by default. */
    public Builder assumeRoleRetryWindow(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("retry window must not be negative: " + value);
      }
      this.retryWindow = value;
      return this;
    }

    /** The key prefix of the probe object; {@code iamkit-verify/probe-} by default. */
    public Builder probePrefix(String value) {
      this.probePrefix = Objects.requireNonNull(value, "probePrefix == null");
      return this;
    }

    /** The listener to tell about each step; none by default. */
    public Builder listener(VerifyListener value) {
      this.listener = Objects.requireNonNull(value, "listener == null");
      return this;
    }

    Builder sleeper(Retrier.Sleeper value) {
      this.sleeper = value;
      return this;
    }

    Builder nanoClock(LongSupplier value) {
      this.nanoClock = value;
      return this;
    }

    /**
     * Returns the verifier.
     *
     * @throws NullPointerException if the base clients are missing
     */
    public ChainVerifier build() {
      return new ChainVerifier(this);
    }
  }
}
