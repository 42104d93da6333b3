package io.iamkit.sim;

import io.iamkit.eval.Caller;
import io.iamkit.eval.CompiledPolicy;
import io.iamkit.eval.Evaluation;
import io.iamkit.eval.Evaluator;
import io.iamkit.eval.Policies;
import io.iamkit.eval.Request;
import io.iamkit.eval.RequestContext;
import io.iamkit.eval.ResourcePolicyKind;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.Partition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The simulation of {@link AccountModel}: resolves principals and resources in the model, then evaluates. */
final class Simulator {
  static final String ASSUME_ROLE = "sts:AssumeRole";
  static final String SET_SOURCE_IDENTITY = "sts:SetSourceIdentity";
  static final String EC2 = "ec2.amazonaws.com";
  static final int MIN_DURATION = 900;
  static final int MAX_DURATION = 43200;
  static final int CHAINED_MAX_DURATION = 3600;

  private final AccountModel model;

  Simulator(AccountModel model) {
    this.model = model;
  }

  /** A principal acting with some credentials: who it is and what applies to it. */
  private static final class Actor {
    final Caller caller;
    final List<CompiledPolicy> identity;
    final @Nullable CompiledPolicy boundary;
    final List<CompiledPolicy> session;
    final Map<String, String> tags;
    final @Nullable String sourceIdentity;
    /** Whether these are a role session's credentials, with which AssumeRole is role chaining. */
    final boolean chaining;

    Actor(Caller caller, @Nullable IdentityPolicies policies, List<CompiledPolicy> session,
        @Nullable String sourceIdentity, boolean chaining) {
      this.caller = caller;
      this.identity = policies == null ? List.of() : policies.compiled;
      this.boundary = policies == null ? null : policies.compiledBoundary;
      this.tags = policies == null ? Map.of() : policies.tags;
      this.session = session;
      this.sourceIdentity = sourceIdentity;
      this.chaining = chaining;
    }
  }

  /** The start resolved: the actor, the problem of resolving it, and EC2's step for an instance profile. */
  private static final class Start {
    final Actor actor;
    final @Nullable String problem;
    final @Nullable StepResult ec2;

    Start(Actor actor, @Nullable String problem, @Nullable StepResult ec2) {
      this.actor = actor;
      this.problem = problem;
      this.ec2 = ec2;
    }
  }

  StepResult assumeRole(Credentials credentials, Hop hop) {
    Start start = resolve(credentials, false);
    return assumeRole(1, start.actor, hop, start.problem).step;
  }

  StepResult action(Credentials credentials, String action, String resource, RequestContext context) {
    Start start = resolve(credentials, false);
    return action(1, start.actor, action, resource, context, start.problem);
  }

  ChainResult chain(Credentials credentials, List<Hop> hops, @Nullable String action, @Nullable String resource,
      RequestContext context) {
    Start start = resolve(credentials, true);
    List<StepResult> steps = new ArrayList<>();
    if (start.ec2 != null) {
      steps.add(start.ec2);
    }
    Actor actor = start.actor;
    String problem = start.problem;
    int index = 1;
    for (Hop hop : hops) {
      HopOutcome outcome = assumeRole(index++, actor, hop, problem);
      steps.add(outcome.step);
      actor = outcome.next;
      problem = null;
    }
    if (action != null && resource != null) {
      steps.add(action(index, actor, action, resource, context, problem));
    }
    return new ChainResult(steps);
  }

  // Credentials

  private Start resolve(Credentials credentials, boolean withEc2Step) {
    Arn arn = credentials.arn();
    switch (credentials.source()) {
      case USER: {
        Optional<User> user = model.user(arn);
        Caller caller = Caller.user(user.map(User::arn).orElse(arn));
        return new Start(new Actor(caller, user.map(User::policies).orElse(null), List.of(),
            credentials.sourceIdentityOrNull(), false),
            user.isPresent() ? null : "the user " + arn + " is not in the account model", null);
      }
      case ROLE_SESSION: {
        Optional<Role> role = model.role(arn);
        Caller caller = Caller.roleSession(role.map(Role::arn).orElse(arn), credentials.sessionNameText());
        return new Start(new Actor(caller, role.map(Role::policies).orElse(null), credentials.sessionPolicies(),
            credentials.sourceIdentityOrNull(), true),
            role.isPresent() ? null : "the role " + arn + " is not in the account model", null);
      }
      case INSTANCE_PROFILE: {
        Optional<InstanceProfile> profile = model.instanceProfile(arn);
        Optional<Role> role = profile.flatMap(p -> model.account(AccountId.of(arn.account()))
            .flatMap(a -> a.role(p.roleName())));
        String resource = arn.resource();
        Arn roleArn = role.map(Role::arn).orElse(Arn.role(partition(arn), AccountId.of(arn.account()),
            resource.substring(resource.lastIndexOf('/') + 1)));
        Caller caller = Caller.roleSession(roleArn, credentials.sessionNameText());
        String problem = role.isPresent() ? null : "the instance profile " + arn + " is not in the account model";
        StepResult ec2 = null;
        if (withEc2Step) {
          ec2 = ec2Step(role.orElse(null), roleArn, caller, problem);
          problem = null;
        }
        return new Start(new Actor(caller, role.map(Role::policies).orElse(null), credentials.sessionPolicies(),
            credentials.sourceIdentityOrNull(), false), problem, ec2);
      }
      default: {
        AccountId account = AccountId.of(arn.account());
        Caller caller = Caller.root(account, partition(arn));
        return new Start(new Actor(caller, null, List.of(), credentials.sourceIdentityOrNull(), false),
            model.account(account).isPresent() ? null : "the account " + account + " is not in the account model",
            null);
      }
    }
  }

  private static Partition partition(Arn arn) {
    return Partition.parse(arn.partition());
  }

  /** EC2 assumes the instance profile's role: only the role's trust policy can allow it (rule 1.12). */
  private StepResult ec2Step(@Nullable Role role, Arn roleArn, Caller session, @Nullable String problem) {
    Caller ec2 = Caller.service(EC2);
    List<String> problems = new ArrayList<>();
    List<Evaluation> evaluations = new ArrayList<>();
    if (problem != null) {
      problems.add(problem);
    } else if (role != null && role.compiledTrust() == null) {
      problems.add(noTrust(role));
    } else if (role != null) {
      Account account = model.account(role.account()).orElseThrow();
      Request request = Request.builder().caller(ec2).action(ASSUME_ROLE).resource(roleArn.toString())
          .resourceAccount(role.account())
          .context(context(RequestContext.EMPTY, null, account, Map.of("sts:RoleSessionName",
              session.sessionName().orElse(Credentials.DEFAULT_INSTANCE_ID))))
          .build();
      Policies.Builder policies = Policies.builder()
          .resourcePolicy(role.compiledTrust(), ResourcePolicyKind.ROLE_TRUST);
      organizationPolicies(policies, null, account);
      evaluations.add(Evaluator.evaluate(request, policies.build()));
    }
    return new StepResult(StepResult.Kind.INSTANCE_PROFILE, 0, ec2, ASSUME_ROLE, roleArn.toString(), evaluations,
        problems, List.of("instance-profile credentials are not role chaining: the first AssumeRole made with "
            + "them is not limited to one hour"), session, null);
  }

  // AssumeRole

  private static final class HopOutcome {
    final StepResult step;
    final Actor next;

    HopOutcome(StepResult step, Actor next) {
      this.step = step;
      this.next = next;
    }
  }

  private HopOutcome assumeRole(int index, Actor actor, Hop hop, @Nullable String callerProblem) {
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (callerProblem != null) {
      problems.add(callerProblem);
    }
    Optional<Role> found = model.role(hop.role());
    Role role = found.orElse(null);
    Arn roleArn = role != null ? role.arn() : hop.role();
    if (role == null) {
      problems.add("the role " + hop.role() + " is not in the account model (AWS answers AccessDenied for a role "
          + "that does not exist)");
    } else if (role.compiledTrust() == null) {
      problems.add(noTrust(role));
    }

    int duration = hop.durationSeconds();
    if (duration < MIN_DURATION || duration > MAX_DURATION) {
      problems.add("DurationSeconds " + duration + " is outside 900 to 43200: STS refuses the request "
          + "(ValidationError)");
    } else {
      if (actor.chaining && duration > CHAINED_MAX_DURATION) {
        problems.add("role chaining: this AssumeRole is made with a role session's credentials, which limits the "
            + "new session to one hour, and DurationSeconds " + duration + " is above 3600: STS refuses the request "
            + "(rule 2, \"Role chaining\")");
      }
      if (role != null && duration > role.maxSessionDuration()) {
        problems.add("DurationSeconds " + duration + " is above the maximum session duration of " + role.name()
            + ", " + role.maxSessionDuration() + " seconds: STS refuses the request");
      }
    }
    if (actor.chaining) {
      notes.add("role chaining: the caller is a role session, so the new session lasts at most one hour");
    }

    String carried = actor.sourceIdentity;
    String set = hop.sourceIdentityOrNull();
    if (carried != null && set != null && !carried.equals(set)) {
      problems.add("the session already carries the source identity \"" + carried + "\", which cannot be changed; "
          + "this call sets \"" + set + "\"");
    }
    String sourceIdentity = carried != null ? carried : set;
    if (carried != null) {
      notes.add("the source identity \"" + carried + "\" persists into the new session");
    }

    List<Evaluation> evaluations = new ArrayList<>();
    if (role != null && role.compiledTrust() != null) {
      Account account = model.account(role.account()).orElseThrow();
      Map<String, String> keys = new LinkedHashMap<>();
      ExternalId externalId = hop.externalIdOrNull();
      if (externalId != null) {
        keys.put("sts:ExternalId", externalId.value());
      }
      keys.put("sts:RoleSessionName", hop.sessionName());
      if (set != null) {
        keys.put("sts:SourceIdentity", set);
      }
      RequestContext context = context(hop.context(), actor, account, keys);
      Policies policies = policies(actor, account, role.compiledTrust(), ResourcePolicyKind.ROLE_TRUST);
      evaluations.add(Evaluator.evaluate(request(actor, ASSUME_ROLE, roleArn.toString(), role.account(), context),
          policies));
      if (sourceIdentity != null) {
        evaluations.add(Evaluator.evaluate(
            request(actor, SET_SOURCE_IDENTITY, roleArn.toString(), role.account(), context), policies));
      }
    }

    Caller session = Caller.roleSession(roleArn, hop.sessionName());
    StepResult step = new StepResult(StepResult.Kind.ASSUME_ROLE, index, actor.caller, ASSUME_ROLE,
        roleArn.toString(), evaluations, problems, notes, session, sourceIdentity);
    Actor next = new Actor(session, role == null ? null : role.policies(), hop.sessionPolicies(), sourceIdentity,
        true);
    return new HopOutcome(step, next);
  }

  private static String noTrust(Role role) {
    return "the account model does not know the trust policy of " + role.arn() + ", so it cannot tell who may "
        + "assume it";
  }

  // The final action

  private StepResult action(int index, Actor actor, String action, String resource, RequestContext given,
      @Nullable String callerProblem) {
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (callerProblem != null) {
      problems.add(callerProblem);
    }
    AccountId resourceAccount = null;
    CompiledPolicy resourcePolicy = null;
    boolean resolved = true;
    if (resource.equals("*")) {
      resourceAccount = actor.caller.account().orElse(null);
    } else {
      Optional<Arn> arn = Arn.tryParse(resource);
      if (arn.isPresent() && arn.get().service().equals("s3") && arn.get().account().isEmpty()) {
        String path = arn.get().resource();
        int slash = path.indexOf('/');
        String name = slash < 0 ? path : path.substring(0, slash);
        Optional<Bucket> bucket = model.bucket(name);
        if (bucket.isPresent()) {
          resourceAccount = bucket.get().account();
          resourcePolicy = bucket.get().compiledPolicy();
          if (resourcePolicy == null) {
            notes.add("the bucket " + name + " has no bucket policy");
          }
        } else {
          resolved = false;
          problems.add("the bucket " + name + " is not in the account model, so its owner and bucket policy are "
              + "unknown");
        }
      } else if (arn.isPresent() && arn.get().accountId().isPresent()) {
        resourceAccount = arn.get().accountId().get();
        notes.add("the model holds no resource policy for " + resource);
      } else if (arn.isPresent()) {
        resolved = false;
        problems.add("the resource " + resource + " names no account and is not a bucket of the account model");
      }
    }
    List<Evaluation> evaluations = new ArrayList<>();
    if (resolved) {
      Account account = resourceAccount == null ? null : model.account(resourceAccount).orElse(null);
      RequestContext context = context(given, actor, account, Map.of());
      if (actor.sourceIdentity != null) {
        notes.add("the session carries the source identity \"" + actor.sourceIdentity + "\" (aws:SourceIdentity)");
      }
      Policies policies = policies(actor, account, resourcePolicy, ResourcePolicyKind.OTHER);
      evaluations.add(Evaluator.evaluate(request(actor, action, resource, resourceAccount, context), policies));
    }
    return new StepResult(StepResult.Kind.ACTION, index, actor.caller, action, resource, evaluations, problems,
        notes, null, actor.sourceIdentity);
  }

  // Requests and policies

  private static Request request(Actor actor, String action, String resource, @Nullable AccountId resourceAccount,
      RequestContext context) {
    Request.Builder request = Request.builder().caller(actor.caller).action(action).resource(resource)
        .context(context);
    if (resourceAccount != null) {
      request.resourceAccount(resourceAccount);
    }
    return request.build();
  }

  /**
   * The request's context: the keys given, then those of the step, then those derived from the model, each only
   * if not given.
   */
  private RequestContext context(RequestContext given, @Nullable Actor actor, @Nullable Account resourceAccount,
      Map<String, String> stepKeys) {
    RequestContext.Builder context = given.toBuilder();
    stepKeys.forEach((key, value) -> putIfAbsent(context, given, key, value));
    if (actor != null) {
      if (actor.sourceIdentity != null) {
        putIfAbsent(context, given, "aws:SourceIdentity", actor.sourceIdentity);
      }
      actor.tags.forEach((key, value) -> putIfAbsent(context, given, "aws:PrincipalTag/" + key, value));
      actor.caller.account().flatMap(model::account).flatMap(Account::organizationId)
          .ifPresent(org -> putIfAbsent(context, given, "aws:PrincipalOrgID", org));
    }
    if (resourceAccount != null) {
      putIfAbsent(context, given, "aws:ResourceAccount", resourceAccount.id().value());
      resourceAccount.organizationId().ifPresent(org -> putIfAbsent(context, given, "aws:ResourceOrgID", org));
    }
    return context.build();
  }

  private static void putIfAbsent(RequestContext.Builder context, RequestContext given, String key, String value) {
    if (!given.contains(key)) {
      context.put(key, value);
    }
  }

  /** The policies of a request by {@code actor} on a resource of {@code resourceAccount}. */
  private Policies policies(Actor actor, @Nullable Account resourceAccount, @Nullable CompiledPolicy resourcePolicy,
      ResourcePolicyKind kind) {
    Policies.Builder policies = Policies.builder();
    actor.identity.forEach(policies::identityPolicy);
    if (actor.boundary != null) {
      policies.permissionsBoundary(actor.boundary);
    }
    actor.session.forEach(policies::sessionPolicy);
    if (resourcePolicy != null) {
      policies.resourcePolicy(resourcePolicy, kind);
    }
    Account callerAccount = actor.caller.account().flatMap(model::account).orElse(null);
    organizationPolicies(policies, callerAccount, resourceAccount);
    return policies.build();
  }

  /**
   * The SCPs of the caller's account and the RCPs of the resource's. Neither applies to a management account; the
   * evaluator takes one management account, so the RCPs of a management account other than the caller's are left
   * out here.
   */
  private static void organizationPolicies(Policies.Builder policies, @Nullable Account callerAccount,
      @Nullable Account resourceAccount) {
    if (callerAccount != null) {
      callerAccount.scpLevels().forEach(policies::addScpLevel);
      if (callerAccount.isManagementAccount()) {
        policies.managementAccount(callerAccount.id());
      }
    }
    if (resourceAccount != null) {
      boolean otherManagement = resourceAccount.isManagementAccount() && callerAccount != null
          && callerAccount.isManagementAccount() && !callerAccount.id().equals(resourceAccount.id());
      if (!otherManagement) {
        resourceAccount.rcpLevels().forEach(policies::addRcpLevel);
      }
      if (resourceAccount.isManagementAccount() && (callerAccount == null || !callerAccount.isManagementAccount())) {
        policies.managementAccount(resourceAccount.id());
      }
    }
  }
}
