package io.iamkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.iamkit.eval.Caller;
import io.iamkit.eval.CompiledPolicy;
import io.iamkit.eval.Evaluation;
import io.iamkit.eval.Evaluator;
import io.iamkit.eval.PolicyKind;
import io.iamkit.eval.Policies;
import io.iamkit.eval.Request;
import io.iamkit.eval.ResourcePolicyKind;
import io.iamkit.eval.StatementResult;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Effect;
import io.iamkit.policy.IamkitException;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code iamkit simulate FILE|-}: evaluates every action on every resource of a request in the shape of the AWS
 * IAM {@code SimulateCustomPolicy} API, offline, and prints {@code EvaluationResults} in the shape AWS returns.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = IamkitCli.ManifestVersion.class,
    description = {
      "Simulates IAM authorization offline. The input is a JSON object in the shape of the AWS IAM "
          + "SimulateCustomPolicy request: PolicyInputList (identity policies), PermissionsBoundaryPolicyInputList "
          + "(at most one), ResourcePolicy, ResourceOwner (an account root ARN or ID: the owner of resources whose "
          + "ARN names no account), CallerArn, ActionNames, ResourceArns (default [\"*\"]) and ContextEntries "
          + "({ContextKeyName, ContextKeyValues, ContextKeyType}: string, stringList, numeric, numericList, boolean, "
          + "booleanList, ip, ipList, binary, binaryList, date or dateList; without a type, string for one value "
          + "and stringList for several).",
      "iamkit extensions: SessionPolicy (one policy), ServiceControlPolicies and ResourceControlPolicies (lists of "
          + "levels from the organization root to the account, each a list of policies), VpcEndpointPolicies.",
      "Policies are JSON objects, or strings holding a document (URL-encoded or not). CallerArn is an IAM user, "
          + "role (a session of it named iamkit), assumed-role session, root or federated-user ARN, a service "
          + "principal such as s3.amazonaws.com, or anonymous; it is required with a ResourcePolicy, and defaults "
          + "to arn:aws:iam::<ResourceOwner or 123456789012>:user/iamkit-simulated-caller otherwise.",
      "The ResourcePolicy is a role trust policy for sts:AssumeRole, sts:AssumeRoleWithSAML, "
          + "sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity and sts:SetContext on a role "
          + "ARN, a KMS key policy for a KMS key ARN, and an ordinary resource policy otherwise: trust and key "
          + "policies must allow the caller explicitly, even in its own account.",
      "Unknown keys are errors. ResourceHandlingOption, MaxItems and Marker are accepted only empty, as "
          + "aws iam simulate-custom-policy --generate-cli-skeleton writes them.",
      "Prints {\"EvaluationResults\": [...]}, one result per action and resource: EvalActionName, "
          + "EvalResourceName, EvalDecision (allowed, explicitDeny, implicitDeny), MatchedStatements "
          + "(SourcePolicyId such as PolicyInputList.1, SourcePolicyType, and iamkit's StatementIndex, Sid, "
          + "Effect), MissingContextValues, OrganizationsDecisionDetail and PermissionsBoundaryDecisionDetail when "
          + "SCPs or a boundary are given, and iamkit's Explanation.",
      "Exit code: 0 whatever the decisions, 2 the input cannot be read or is not a valid request (the message "
          + "names its JSON pointer)."
    })
final class SimulateCommand implements Callable<Integer> {
  /** The account of the caller used when the request names none. */
  static final String DEFAULT_ACCOUNT = "123456789012";
  static final String DEFAULT_CALLER_NAME = "iamkit-simulated-caller";

  private static final Set<String> TRUST_ACTIONS = Set.of("sts:assumerole", "sts:assumerolewithsaml",
      "sts:assumerolewithwebidentity", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext");
  private static final CompiledPolicy ALLOW_ALL = CompiledPolicy.of("(all)", PolicyDocument.of(Statement.builder()
      .effect(Effect.ALLOW).addAction(io.iamkit.policy.Action.ALL).addResource(Resource.ALL).build()));

  @Spec CommandSpec spec;

  @ParentCommand IamkitCli parent;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The request; - reads standard input.")
  String file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = PolicyInput.displayName(file);
    try {
      SimulationRequest request;
      try (InputStream in = open()) {
        request = SimulationRequest.read(in);
      }
      out.print(simulate(request));
      out.flush();
      return ExitCodes.OK;
    } catch (SimulationRequest.InvalidRequestException e) {
      err.print(name + ": " + e.getMessage() + '\n');
      err.flush();
      return ExitCodes.USAGE;
    } catch (NoSuchFileException e) {
      err.print(name + ": no such file\n");
      err.flush();
      return ExitCodes.USAGE;
    } catch (InvalidPathException | IOException e) {
      err.print(name + ": cannot read: " + e.getMessage() + '\n');
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  private InputStream open() throws IOException {
    if (PolicyInput.STDIN.equals(file)) {
      return parent.stdin();
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    return Files.newInputStream(path);
  }

  /** Evaluates every action on every resource and returns the {@code EvaluationResults} JSON. */
  static String simulate(SimulationRequest input) throws SimulationRequest.InvalidRequestException {
    AccountId owner = owner(input.resourceOwner);
    Caller caller = caller(input.callerArn, owner);
    StringWriter text = new StringWriter();
    // The layout of the AWS CLI's JSON output: "key": value, two-space indent, [] for an empty list.
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.setPrettyPrinter(pretty);
      json.writeStartObject();
      json.writeArrayFieldStart("EvaluationResults");
      for (int a = 0; a < input.actionNames.size(); a++) {
        for (int r = 0; r < input.resourceArns.size(); r++) {
          Request request = request(input, caller, owner, a, r);
          Policies policies = policies(input, request);
          write(json, input, request, policies, Evaluator.evaluate(request, policies));
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static @Nullable AccountId owner(@Nullable String resourceOwner)
      throws SimulationRequest.InvalidRequestException {
    if (resourceOwner == null) {
      return null;
    }
    if (AccountId.isValid(resourceOwner)) {
      return AccountId.of(resourceOwner);
    }
    Optional<Arn> arn = Arn.tryParse(resourceOwner);
    if (arn.isPresent() && arn.get().service().equals("iam") && arn.get().resource().equals("root")
        && arn.get().accountId().isPresent()) {
      return arn.get().accountId().get();
    }
    throw new SimulationRequest.InvalidRequestException("/ResourceOwner", "expected an account root ARN such as "
        + "arn:aws:iam::123456789012:root, or an account ID, but was \"" + resourceOwner + "\"");
  }

  private static Caller caller(@Nullable String callerArn, @Nullable AccountId owner)
      throws SimulationRequest.InvalidRequestException {
    if (callerArn == null) {
      return Caller.user(Arn.of(Partition.AWS.id(), "iam", "", owner == null ? DEFAULT_ACCOUNT : owner.value(),
          "user/" + DEFAULT_CALLER_NAME));
    }
    try {
      return Caller.parse(callerArn);
    } catch (IamkitException e) {
      throw new SimulationRequest.InvalidRequestException("/CallerArn", e.getMessage());
    }
  }

  private static Request request(SimulationRequest input, Caller caller, @Nullable AccountId owner, int a, int r)
      throws SimulationRequest.InvalidRequestException {
    String resource = input.resourceArns.get(r);
    Request.Builder request = Request.builder().caller(caller).context(input.context);
    try {
      request.action(input.actionNames.get(a));
    } catch (IamkitException e) {
      throw new SimulationRequest.InvalidRequestException(input.actionPointers.get(a), e.getMessage());
    }
    try {
      request.resource(resource);
      if (owner != null && Arn.tryParse(resource).flatMap(Arn::accountId).isEmpty()) {
        request.resourceAccount(owner);
      }
      return request.build();
    } catch (IamkitException e) {
      String pointer = input.resourcePointers.get(r);
      if (e.getMessage() != null && e.getMessage().startsWith("Request.action")) {
        pointer = input.actionPointers.get(a);
      }
      throw new SimulationRequest.InvalidRequestException(pointer, e.getMessage());
    }
  }

  /** The kind of the resource policy for this request: trust policy, key policy, or other. */
  static ResourcePolicyKind resourcePolicyKind(Request request) {
    Optional<Arn> arn = Arn.tryParse(request.resource());
    if (arn.isEmpty()) {
      return ResourcePolicyKind.OTHER;
    }
    String service = arn.get().service();
    String resource = arn.get().resource();
    if (service.equals("iam") && resource.startsWith("role/")
        && TRUST_ACTIONS.contains(request.action().canonical())) {
      return ResourcePolicyKind.ROLE_TRUST;
    }
    if (service.equals("kms") && resource.startsWith("key/")) {
      return ResourcePolicyKind.KMS_KEY;
    }
    return ResourcePolicyKind.OTHER;
  }

  private static Policies policies(SimulationRequest input, Request request) {
    Policies.Builder policies = Policies.builder();
    input.policies.forEach(policies::identityPolicy);
    input.boundaries.forEach(policies::permissionsBoundary);
    if (input.sessionPolicy != null) {
      policies.sessionPolicy(input.sessionPolicy);
    }
    if (input.resourcePolicy != null) {
      policies.resourcePolicy(input.resourcePolicy, resourcePolicyKind(request));
    }
    input.scps.forEach(policies::addScpLevel);
    input.rcps.forEach(policies::addRcpLevel);
    input.vpcEndpointPolicies.forEach(policies::vpcEndpointPolicy);
    return policies.build();
  }

  private static void write(JsonGenerator json, SimulationRequest input, Request request, Policies policies,
      Evaluation evaluation) throws IOException {
    json.writeStartObject();
    json.writeStringField("EvalActionName", request.action().text());
    json.writeStringField("EvalResourceName", request.resource());
    json.writeStringField("EvalDecision", evaluation.decision().awsName());
    json.writeArrayFieldStart("MatchedStatements");
    for (StatementResult statement : evaluation.matchedStatements()) {
      json.writeStartObject();
      json.writeStringField("SourcePolicyId", statement.policyName());
      json.writeStringField("SourcePolicyType", sourcePolicyType(statement.policyKind()));
      json.writeNumberField("StatementIndex", statement.index());
      if (statement.sid().isPresent()) {
        json.writeStringField("Sid", statement.sid().get());
      }
      json.writeStringField("Effect", statement.effect().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("MissingContextValues");
    for (String key : evaluation.missingContextKeys()) {
      json.writeString(key);
    }
    json.writeEndArray();
    if (!input.scps.isEmpty()) {
      json.writeObjectFieldStart("OrganizationsDecisionDetail");
      json.writeBooleanField("AllowedByOrganizations", allowedByOrganizations(request, policies));
      json.writeEndObject();
    }
    if (!input.boundaries.isEmpty()) {
      json.writeObjectFieldStart("PermissionsBoundaryDecisionDetail");
      json.writeBooleanField("AllowedByPermissionsBoundary", allowedByBoundary(evaluation));
      json.writeEndObject();
    }
    json.writeStringField("Explanation", evaluation.explain());
    json.writeEndObject();
  }

  /**
   * The {@code SourcePolicyType} of a statement. AWS reports custom policies as {@code IAM Policy}; the other
   * names are iamkit's, in the same style.
   */
  static String sourcePolicyType(PolicyKind kind) {
    switch (kind) {
      case IDENTITY:
        return "IAM Policy";
      case PERMISSIONS_BOUNDARY:
        return "Permissions Boundary Policy";
      case RESOURCE:
        return "Resource Policy";
      case SESSION:
        return "Session Policy";
      case SCP:
        return "Service Control Policy";
      case RCP:
        return "Resource Control Policy";
      default:
        return "VPC Endpoint Policy";
    }
  }

  /** Whether the SCPs alone allow the request: every level allows it and none denies it (AWS's AllowedByOrganizations). */
  private static boolean allowedByOrganizations(Request request, Policies policies) {
    Optional<AccountId> account = request.caller().account();
    if (account.isEmpty()) {
      return true;
    }
    Policies.Builder only = Policies.builder().identityPolicy(ALLOW_ALL);
    policies.scpLevels().forEach(only::addScpLevel);
    return Evaluator.decide(request.toBuilder().resourceAccount(account.get()).build(), only.build())
        == io.iamkit.eval.Decision.ALLOWED;
  }

  /** Whether the boundary allows the request: one of its Allow statements matches and no Deny counts. */
  private static boolean allowedByBoundary(Evaluation evaluation) {
    boolean allow = false;
    List<StatementResult> boundary = new ArrayList<>();
    for (StatementResult statement : evaluation.statements()) {
      if (statement.policyKind() == PolicyKind.PERMISSIONS_BOUNDARY) {
        boundary.add(statement);
      }
    }
    for (StatementResult statement : boundary) {
      if (statement.counted() && statement.effect() == Effect.DENY) {
        return false;
      }
      allow |= statement.counted() && statement.effect() == Effect.ALLOW;
    }
    return allow;
  }
}
