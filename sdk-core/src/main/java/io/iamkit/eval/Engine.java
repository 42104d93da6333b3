package io.iamkit.eval;

import static io.iamkit.eval.PrincipalMatcher.KINDS;
import static io.iamkit.eval.PrincipalMatcher.K_NOT_PRINCIPAL;
import static io.iamkit.eval.PrincipalMatcher.K_PARENT_USER;
import static io.iamkit.eval.PrincipalMatcher.K_ROLE;
import static io.iamkit.eval.PrincipalMatcher.K_SERVICE;
import static io.iamkit.eval.PrincipalMatcher.K_SESSION;
import static io.iamkit.eval.PrincipalMatcher.K_STAR;
import static io.iamkit.eval.PrincipalMatcher.K_USER;

import io.iamkit.policy.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * The decision procedure of rule 1. {@link #run} scans every applicable policy once, then decides; with a
 * {@link Trace} it also records every statement, so the explanation always agrees with the decision.
 *
 * <p>The result is packed into an int: the {@link Decision} ordinal in bits 0-1, the {@link Rule} ordinal in bits
 * 2-9, the rule's argument above.
 */
final class Engine {
  static final int F_DENY = 1 << 20;
  static final int F_ALLOW = 1 << 21;

  private Engine() {}

  static int pack(Decision decision, Rule rule, int arg) {
    return decision.ordinal() | rule.ordinal() << 2 | arg << 10;
  }

  static Decision decision(int code) {
    return Decision.values()[code & 3];
  }

  static Rule rule(int code) {
    return Rule.values()[(code >>> 2) & 0xff];
  }

  static int arg(int code) {
    return code >>> 10;
  }

  static int run(Request request, Policies policies, @Nullable Trace trace) {
    Caller caller = request.caller();
    Caller.Kind kind = caller.kind();
    boolean accountPrincipal = caller.isAccountPrincipal();
    boolean identityApplies = accountPrincipal && kind != Caller.Kind.ROOT;
    boolean sessionApplies = kind == Caller.Kind.ROLE_SESSION || kind == Caller.Kind.FEDERATED_USER;
    AccountId callerAccount = caller.accountOrNull();
    AccountId resourceAccount = request.effectiveResourceAccount();
    AccountId management = policies.managementAccount;
    boolean scpApplies = accountPrincipal && policies.scps.length > 0
        && !(management != null && management.equals(callerAccount));
    boolean rcpApplies = policies.rcps.length > 0 && !(management != null && management.equals(resourceAccount));
    boolean hasBoundary = identityApplies && policies.boundary != null;
    ResourcePolicyKind rk = policies.resourceKind;

    if (trace != null) {
      notes(request, policies, trace, identityApplies, sessionApplies, scpApplies, rcpApplies);
    }

    // Scan. Each flag word: F_DENY when a Deny counts, F_ALLOW when an Allow matches, principal kinds for the
    // resource policy.
    int rcpFlags = 0;
    if (rcpApplies) {
      for (int level = 0; level < policies.rcps.length; level++) {
        for (CompiledPolicy policy : policies.rcps[level]) {
          rcpFlags |= scan(policy, CompiledStatement.SLOT_RESOURCE, request, false, trace, PolicyKind.RCP, level, rk);
        }
      }
    }
    int scpFlags = 0;
    int scpLevelWithoutAllow = -1;
    if (scpApplies) {
      for (int level = 0; level < policies.scps.length; level++) {
        int levelFlags = 0;
        for (CompiledPolicy policy : policies.scps[level]) {
          levelFlags |= scan(policy, CompiledStatement.SLOT_IDENTITY, request, false, trace, PolicyKind.SCP, level, rk);
        }
        scpFlags |= levelFlags;
        if ((levelFlags & F_ALLOW) == 0 && scpLevelWithoutAllow < 0) {
          scpLevelWithoutAllow = level;
        }
      }
    }
    int resourceFlags = 0;
    CompiledPolicy resource = policies.resource;
    if (resource != null) {
      int slot = policies.resourceKind == ResourcePolicyKind.ROLE_TRUST
          ? CompiledStatement.SLOT_TRUST : CompiledStatement.SLOT_RESOURCE;
      resourceFlags = scan(resource, slot, request, hasBoundary, trace, PolicyKind.RESOURCE, -1, rk);
    }
    int identityFlags = 0;
    int boundaryFlags = 0;
    if (identityApplies) {
      for (CompiledPolicy policy : policies.identity) {
        identityFlags |= scan(policy, CompiledStatement.SLOT_IDENTITY, request, false, trace, PolicyKind.IDENTITY,
            -1, rk);
      }
      if (policies.boundary != null) {
        boundaryFlags = scan(policies.boundary, CompiledStatement.SLOT_IDENTITY, request, false, trace,
            PolicyKind.PERMISSIONS_BOUNDARY, -1, rk);
      }
    }
    int sessionFlags = 0;
    if (sessionApplies) {
      for (CompiledPolicy policy : policies.session) {
        sessionFlags |= scan(policy, CompiledStatement.SLOT_IDENTITY, request, false, trace, PolicyKind.SESSION,
            -1, rk);
      }
    }
    int vpceFlags = 0;
    int vpceWithoutAllow = -1;
    for (int i = 0; i < policies.vpcEndpoint.length; i++) {
      int flags = scan(policies.vpcEndpoint[i], CompiledStatement.SLOT_RESOURCE, request, false, trace,
          PolicyKind.VPC_ENDPOINT, i, rk);
      vpceFlags |= flags;
      if ((flags & F_ALLOW) == 0 && vpceWithoutAllow < 0) {
        vpceWithoutAllow = i;
      }
    }

    // Rule 1.13: no permission is needed, and no Deny applies.
    if (request.getCallerIdentity && caller.isAuthenticated() && kind != Caller.Kind.SERVICE) {
      return pack(Decision.ALLOWED, Rule.GET_CALLER_IDENTITY, 0);
    }
    // Rule 1.1: an explicit Deny anywhere wins; reported in the order of rule 1.2.
    int denied = (rcpFlags & F_DENY) != 0 ? PolicyKind.RCP.ordinal()
        : (scpFlags & F_DENY) != 0 ? PolicyKind.SCP.ordinal()
        : (resourceFlags & F_DENY) != 0 ? PolicyKind.RESOURCE.ordinal()
        : (identityFlags & F_DENY) != 0 ? PolicyKind.IDENTITY.ordinal()
        : (boundaryFlags & F_DENY) != 0 ? PolicyKind.PERMISSIONS_BOUNDARY.ordinal()
        : (sessionFlags & F_DENY) != 0 ? PolicyKind.SESSION.ordinal()
        : (vpceFlags & F_DENY) != 0 ? PolicyKind.VPC_ENDPOINT.ordinal() : -1;
    if (denied >= 0) {
      return pack(Decision.EXPLICIT_DENY, Rule.EXPLICIT_DENY, denied);
    }
    if (kind == Caller.Kind.ROOT && request.assumeRole) {
      return pack(Decision.IMPLICIT_DENY, Rule.ROOT_CANNOT_ASSUME_ROLE, 0);
    }
    // Rule 1.4: RCPFullAWSAccess sits at every level, so RCPs only deny. Rule 1.3: every SCP level must allow.
    if (scpLevelWithoutAllow >= 0) {
      return pack(Decision.IMPLICIT_DENY, Rule.SCP_LEVEL_WITHOUT_ALLOW, scpLevelWithoutAllow);
    }
    if (vpceWithoutAllow >= 0) {
      return pack(Decision.IMPLICIT_DENY, Rule.VPC_ENDPOINT_WITHOUT_ALLOW, vpceWithoutAllow);
    }
    int kinds = (resourceFlags & F_ALLOW) != 0 ? resourceFlags & KINDS : 0;
    if (kind == Caller.Kind.ANONYMOUS) {
      return (kinds & (K_STAR | K_NOT_PRINCIPAL)) != 0
          ? pack(Decision.ALLOWED, Rule.ANONYMOUS_ALLOWED, 0) : pack(Decision.IMPLICIT_DENY, Rule.ANONYMOUS_DENIED, 0);
    }
    if (kind == Caller.Kind.SERVICE) {
      return (kinds & K_SERVICE) != 0
          ? pack(Decision.ALLOWED, Rule.SERVICE_ALLOWED, 0) : pack(Decision.IMPLICIT_DENY, Rule.SERVICE_DENIED, 0);
    }

    boolean root = kind == Caller.Kind.ROOT;
    boolean identityAllows = root || (identityFlags & F_ALLOW) != 0;
    boolean boundaryAllows = root || policies.boundary == null || (boundaryFlags & F_ALLOW) != 0;
    boolean sessionAllows = !sessionApplies
        || (policies.session.length == 0 ? kind != Caller.Kind.FEDERATED_USER : (sessionFlags & F_ALLOW) != 0);
    int why = !identityAllows ? Rule.WHY_IDENTITY
        : !boundaryAllows ? Rule.WHY_BOUNDARY
        : sessionAllows ? 0
        : policies.session.length == 0 ? Rule.WHY_FEDERATED_NO_SESSION : Rule.WHY_SESSION;
    boolean identitySide = why == 0;
    boolean hasResourcePolicy = resource != null;

    if (resourceAccount != null && !resourceAccount.equals(callerAccount)) {
      // Rule 1.7: two evaluations, both must allow.
      if (!hasResourcePolicy) {
        return pack(Decision.IMPLICIT_DENY, Rule.CROSS_ACCOUNT_NO_RESOURCE_POLICY, 0);
      }
      if (kinds == 0) {
        return identitySide ? pack(Decision.IMPLICIT_DENY, Rule.CROSS_ACCOUNT_RESOURCE_SIDE_NO_MATCH, 0)
            : pack(Decision.IMPLICIT_DENY, Rule.CROSS_ACCOUNT_NEITHER, why);
      }
      return identitySide ? pack(Decision.ALLOWED, Rule.CROSS_ACCOUNT_ALLOWED, 0)
          : pack(Decision.IMPLICIT_DENY, Rule.CROSS_ACCOUNT_IDENTITY_SIDE_DENIES, why);
    }

    // Same account (rules 1.5, 1.6, 1.8).
    if (kinds != 0) {
      if ((kinds & K_SESSION) != 0) {
        return pack(Decision.ALLOWED, Rule.SAME_ACCOUNT_SESSION_PRINCIPAL, 0);
      }
      if ((kinds & K_USER) != 0 && kind == Caller.Kind.IAM_USER) {
        return pack(Decision.ALLOWED, Rule.SAME_ACCOUNT_USER_PRINCIPAL, 0);
      }
      if ((kinds & (K_ROLE | K_PARENT_USER | K_STAR | K_NOT_PRINCIPAL)) != 0) {
        if (boundaryAllows && sessionAllows) {
          return pack(Decision.ALLOWED, Rule.SAME_ACCOUNT_LIMITED_PRINCIPAL_ALLOWED, 0);
        }
        return pack(Decision.IMPLICIT_DENY, Rule.SAME_ACCOUNT_LIMITED_PRINCIPAL_BLOCKED, !boundaryAllows
            ? Rule.WHY_BOUNDARY : policies.session.length == 0 ? Rule.WHY_FEDERATED_NO_SESSION : Rule.WHY_SESSION);
      }
      // Only the account is named: it delegates to IAM.
      return identitySide ? pack(Decision.ALLOWED, Rule.SAME_ACCOUNT_DELEGATION_IDENTITY_ALLOWS, 0)
          : pack(Decision.IMPLICIT_DENY, Rule.SAME_ACCOUNT_DELEGATION_IDENTITY_DENIES, why);
    }
    if (hasResourcePolicy && policies.resourceKind != ResourcePolicyKind.OTHER) {
      return pack(Decision.IMPLICIT_DENY, Rule.SAME_ACCOUNT_TRUST_NO_MATCH, 0);
    }
    if (identitySide) {
      return pack(Decision.ALLOWED, root ? Rule.ROOT_FULL_ACCESS
          : hasResourcePolicy ? Rule.SAME_ACCOUNT_IDENTITY_ALLOWS : Rule.IDENTITY_ALLOWS, 0);
    }
    return pack(Decision.IMPLICIT_DENY, hasResourcePolicy ? Rule.SAME_ACCOUNT_NEITHER : Rule.IDENTITY_DENIES, why);
  }

  /** Scans one policy: the flags of its statements, recorded in {@code trace} if given. */
  private static int scan(CompiledPolicy policy, int slot, Request request, boolean boundaryDeny,
      @Nullable Trace trace, PolicyKind kind, int level, ResourcePolicyKind resourceKind) {
    int flags = 0;
    for (CompiledStatement statement : policy.statements) {
      int match = match(statement, slot, request, boundaryDeny);
      int tri = match & 3;
      if (statement.deny) {
        if (tri != Tri.NO) {
          flags |= F_DENY;
        }
      } else if (tri == Tri.YES) {
        flags |= F_ALLOW | (match & KINDS);
      }
      if (trace != null) {
        Explainer.record(trace, policy, statement, slot, request, boundaryDeny, match, kind, level,
            kind == PolicyKind.RESOURCE ? resourceKind : ResourcePolicyKind.OTHER);
      }
    }
    return flags;
  }

  /** The statement against the request: {@link Tri} in bits 0-1, principal kinds above. */
  static int match(CompiledStatement statement, int slot, Request request, boolean boundaryDeny) {
    if (statement.actionMatch(request) == Tri.NO) {
      return Tri.NO;
    }
    int result = statement.problem(slot) == null ? Tri.YES : Tri.UNKNOWN;
    int resource = statement.resourceMatch(request);
    if (resource == Tri.NO) {
      return Tri.NO;
    }
    result = Tri.and(result, resource);
    int kinds = 0;
    if (slot != CompiledStatement.SLOT_IDENTITY) {
      int principal = statement.principalMatch(request.caller(), boundaryDeny);
      int tri = principal & 3;
      if (tri == Tri.NO) {
        return Tri.NO;
      }
      result = Tri.and(result, tri);
      kinds = principal & KINDS;
    }
    for (CompiledCondition condition : statement.conditions) {
      int holds = condition.evaluate(request);
      if (holds == Tri.NO) {
        return Tri.NO;
      }
      result = Tri.and(result, holds);
    }
    return result | kinds;
  }

  private static void notes(Request request, Policies policies, Trace trace, boolean identityApplies,
      boolean sessionApplies, boolean scpApplies, boolean rcpApplies) {
    Caller caller = request.caller();
    String who = caller.kind() == Caller.Kind.ROOT ? "the root user"
        : caller.kind() == Caller.Kind.SERVICE ? "a service principal" : "an anonymous caller";
    if (!identityApplies && (policies.identity.length > 0 || policies.boundary != null)) {
      trace.notes.add("identity policies and the permissions boundary do not apply to " + who
          + " (rules 1.11, 1.12, 1.14); not evaluated");
    }
    if (!sessionApplies && policies.session.length > 0) {
      trace.notes.add("session policies apply only to role sessions and federated users; not evaluated");
    }
    if (!scpApplies && policies.scps.length > 0) {
      trace.notes.add(caller.isAccountPrincipal()
          ? "SCPs do not apply to principals of the management account (rule 1.3); not evaluated"
          : "SCPs apply only to principals of member accounts, not to " + who + " (rule 1.3); not evaluated");
    }
    if (!rcpApplies && policies.rcps.length > 0) {
      trace.notes.add("RCPs do not apply to resources of the management account (rule 1.4); not evaluated");
    }
    if (policies.rcps.length > 0 && rcpApplies) {
      trace.notes.add("RCPFullAWSAccess is implied at every RCP level: RCPs can only deny (rule 1.4)");
    }
    if (request.resourceAccount().isEmpty() && caller.account().isPresent()) {
      trace.notes.add("the resource ARN names no account and none was given: the resource is taken to be in the "
          + "caller's account, as the AWS policy simulator does without ResourceOwner");
    }
  }

}
