package io.iamkit.eval;

import io.iamkit.policy.Condition;
import io.iamkit.policy.Effect;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One compiled statement. Which elements a statement must or must not have depends on the kind of policy it is
 * evaluated in ({@link #problem}): a statement that IAM would refuse to store in that kind of policy is not
 * understood, and fails closed (an Allow never matches, a Deny matches if the rest does):
 *
 * <ul>
 *   <li>identity policies, boundaries, session policies and SCPs: {@code Principal} or {@code NotPrincipal}
 *       present (PRINC line 12), or neither {@code Resource} nor {@code NotResource} (RES line 3);
 *   <li>resource policies, RCPs and VPC endpoint policies: neither {@code Principal} nor {@code NotPrincipal}
 *       (GRAMMAR; SIM noPrincipalElement), or neither {@code Resource} nor {@code NotResource};
 *   <li>role trust policies: no principal, {@code NotPrincipal} (NOTPRINC), or a {@code Resource} or
 *       {@code NotResource} (IAM refuses it); a trust statement without them applies to the role (rule 3,
 *       "Statements must include either a Resource or a NotResource element": trust policies leave both out).
 * </ul>
 */
final class CompiledStatement {
  static final int SLOT_IDENTITY = 0;
  static final int SLOT_RESOURCE = 1;
  static final int SLOT_TRUST = 2;

  final Statement source;
  final int index;
  final boolean deny;
  private final ActionMatcher actions;
  private final boolean notAction;
  final ResourcePattern[] resources;
  final boolean notResource;
  final @Nullable PrincipalMatcher principal;
  final boolean notPrincipal;
  final CompiledCondition[] conditions;
  private final @Nullable String[] problems = new String[3];

  CompiledStatement(Statement source, int index, boolean variables) {
    this.source = source;
    this.index = index;
    this.deny = source.effect() == Effect.DENY;
    this.notAction = source.actions().isEmpty();
    this.actions = ActionMatcher.compile(notAction ? source.notActions() : source.actions());
    this.notResource = source.resources().isEmpty() && !source.notResources().isEmpty();
    List<Resource> resourceList = notResource ? source.notResources() : source.resources();
    this.resources = new ResourcePattern[resourceList.size()];
    for (int i = 0; i < resources.length; i++) {
      resources[i] = ResourcePattern.compile(resourceList.get(i).text(), variables);
    }
    this.notPrincipal = source.notPrincipal().isPresent();
    this.principal = source.principal().or(source::notPrincipal).map(PrincipalMatcher::compile).orElse(null);
    List<Condition> conditionList = source.conditions();
    this.conditions = new CompiledCondition[conditionList.size()];
    for (int i = 0; i < conditions.length; i++) {
      conditions[i] = CompiledCondition.compile(conditionList.get(i), variables);
    }
    boolean hasResource = resources.length > 0;
    String noResource = "a statement must have Resource or NotResource (RES line 3)";
    if (principal != null) {
      problems[SLOT_IDENTITY] = (notPrincipal ? "NotPrincipal" : "Principal")
          + " is not allowed in identity policies, boundaries, session policies and SCPs (PRINC line 12)";
    } else if (!hasResource) {
      problems[SLOT_IDENTITY] = noResource;
    }
    String noPrincipal = "a resource-based policy statement must have Principal or NotPrincipal (GRAMMAR)";
    if (principal == null) {
      problems[SLOT_RESOURCE] = noPrincipal;
      problems[SLOT_TRUST] = noPrincipal;
    } else {
      if (!hasResource) {
        problems[SLOT_RESOURCE] = noResource;
      }
      if (notPrincipal) {
        problems[SLOT_TRUST] = "NotPrincipal is not allowed in a role trust policy (NOTPRINC)";
      } else if (hasResource) {
        problems[SLOT_TRUST] = "a role trust policy statement must not have Resource or NotResource "
            + "(IAM refuses it)";
      }
    }
  }

  /** Why the statement is not understood in a policy of this slot, or null. */
  @Nullable String problem(int slot) {
    return problems[slot];
  }

  int actionMatch(Request request) {
    return Tri.of(actions.matches(request) != notAction);
  }

  int resourceMatch(Request request) {
    if (resources.length == 0) {
      return Tri.YES;
    }
    int any = Tri.NO;
    for (int i = 0; i < resources.length && any != Tri.YES; i++) {
      int one = resources[i].match(request);
      if (one == ResourcePattern.UNRESOLVED) {
        // Resource: an unresolved variable matches nothing (VARS line 251). NotResource: excluding nothing would
        // widen the statement; the docs do not say, so fail closed.
        one = notResource ? Tri.UNKNOWN : Tri.NO;
      }
      any = Tri.or(any, one);
    }
    return notResource ? Tri.not(any) : any;
  }

  /**
   * The Principal or NotPrincipal element for this caller, with the kinds of match above the Tri bits;
   * {@link Tri#YES} when the statement has neither. {@code boundaryDeny} is set for a Deny in a resource policy
   * whose caller has a permissions boundary: then NotPrincipal always applies (rule 1.10, PB "Important").
   */
  int principalMatch(Caller caller, boolean boundaryDeny) {
    if (principal == null) {
      return Tri.YES;
    }
    if (notPrincipal) {
      return deny && boundaryDeny ? Tri.YES : principal.matchNot(caller, deny);
    }
    return principal.match(caller);
  }

  /** The statement as {@code #2 (Sid ReadOnly) Allow}. */
  String label() {
    StringBuilder text = new StringBuilder().append('#').append(index);
    source.sid().ifPresent(sid -> text.append(" (Sid ").append(sid).append(')'));
    return text.append(' ').append(source.effect()).toString();
  }
}
