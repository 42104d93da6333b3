package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Effect;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Rule 1.1 as a property: adding a Deny statement anywhere (any policy, any position, any shape, even one IAM would
 * refuse) never turns a decision into ALLOWED. Also checks, for every generated case, that the traced explanation
 * reaches the same decision as the fast evaluation.
 */
class DenyNeverAllowsProperties {
  private static final String A = Fixtures.A;
  private static final String B = Fixtures.B;
  private static final List<String> ACTIONS = List.of("s3:GetObject", "s3:PutObject", "sts:AssumeRole",
      "sts:GetCallerIdentity", "kms:Decrypt");
  private static final List<String> ACTION_PATTERNS = List.of("s3:GetObject", "s3:*", "*", "s3:Get*",
      "sts:AssumeRole", "STS:assumerole", "kms:*", "sts:GetCallerIdentity");
  private static final List<String> RESOURCES = List.of("*", "arn:aws:s3:::b/k", "arn:aws:s3:::b/other",
      Fixtures.ROLE_B, "arn:aws:iam::" + A + ":role/X", "arn:aws:kms:us-east-1:" + B + ":key/k1");
  private static final List<String> RESOURCE_PATTERNS = List.of("*", "arn:aws:s3:::b/*", "arn:aws:s3:::b/k",
      "arn:aws:iam::*:role/*", Fixtures.ROLE_B, "arn:aws:s3:::${aws:username}/*", "arn:aws:kms:*:*:key/*");
  private static final List<String> PRINCIPALS = List.of("*", A, B, Fixtures.ROLE_A, Fixtures.USER_A,
      "arn:aws:iam::" + A + ":root", "arn:aws:sts::" + A + ":assumed-role/MyRoleA/sess", "arn:aws:iam::" + B
          + ":role/*");

  /** A request and the statements of every policy slot; empty lists mean "no such policy". */
  static final class Scenario {
    final Request request;
    final List<List<Statement>> slots;
    final ResourcePolicyKind kind;
    final int scpLevels;

    Scenario(Request request, List<List<Statement>> slots, ResourcePolicyKind kind, int scpLevels) {
      this.request = request;
      this.slots = slots;
      this.kind = kind;
      this.scpLevels = scpLevels;
    }

    /** Slots: 0 identity, 1 identity 2, 2 boundary, 3 session, 4 resource, 5 SCP root, 6 SCP OU, 7 RCP, 8 VPCE. */
    Policies policies() {
      Policies.Builder builder = Policies.builder();
      for (int slot = 0; slot < slots.size(); slot++) {
        List<Statement> statements = slots.get(slot);
        boolean scpLevel = (slot == 5 && scpLevels >= 1) || (slot == 6 && scpLevels >= 2);
        if ((slot == 5 || slot == 6) && !scpLevel || statements.isEmpty() && !scpLevel) {
          continue;
        }
        CompiledPolicy policy = statements.isEmpty() ? null
            : CompiledPolicy.of("slot" + slot, PolicyDocument.of(statements));
        switch (slot) {
          case 0: case 1: builder.identityPolicy(policy); break;
          case 2: builder.permissionsBoundary(policy); break;
          case 3: builder.sessionPolicy(policy); break;
          case 4: builder.resourcePolicy(policy, kind); break;
          case 5: case 6: builder.addScpLevel(policy == null ? List.of() : List.of(policy)); break;
          case 7: builder.addRcpLevel(policy); break;
          default: builder.vpcEndpointPolicy(policy); break;
        }
      }
      return builder.build();
    }

    Scenario withStatement(int slot, int position, Statement statement) {
      List<List<Statement>> copy = new ArrayList<>();
      for (List<Statement> statements : slots) {
        copy.add(new ArrayList<>(statements));
      }
      List<Statement> target = copy.get(slot);
      target.add(Math.min(position, target.size()), statement);
      return new Scenario(request, copy, kind, scpLevels);
    }

    @Override
    public String toString() {
      return request + " " + kind + " scpLevels=" + scpLevels + " " + slots;
    }
  }

  @Provide
  Arbitrary<Caller> callers() {
    return Arbitraries.frequency(
        Tuple.of(4, Fixtures.roleA()),
        Tuple.of(3, Fixtures.userA()),
        Tuple.of(2, Fixtures.session(Fixtures.ROLE_B, "sess")),
        Tuple.of(1, Caller.root(AccountId.of(A), Partition.AWS)),
        Tuple.of(1, Caller.federatedUser(Fixtures.arn("arn:aws:sts::" + A + ":federated-user/bob"))),
        Tuple.of(1, Caller.service("s3.amazonaws.com")),
        Tuple.of(1, Caller.anonymous()));
  }

  @Provide
  Arbitrary<Statement> denies() {
    return Arbitraries.oneOf(statements(Arbitraries.just(Effect.DENY), false),
        statements(Arbitraries.just(Effect.DENY), true));
  }

  /** Statements mostly Allow, mostly well formed for their kind of policy, sometimes not. */
  private Arbitrary<Statement> statements(boolean resourceLike) {
    return statements(Arbitraries.frequency(Tuple.of(4, Effect.ALLOW), Tuple.of(1, Effect.DENY)), resourceLike);
  }

  private Arbitrary<Statement> statements(Arbitrary<Effect> effects, boolean resourceLike) {
    Arbitrary<List<String>> actions = Arbitraries.of(ACTION_PATTERNS).list().ofMinSize(1).ofMaxSize(2);
    Arbitrary<List<String>> resources = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(RESOURCE_PATTERNS).list().ofMinSize(1).ofMaxSize(2)),
        Tuple.of(1, Arbitraries.just(List.of())));
    Arbitrary<List<String>> principals = Arbitraries.frequencyOf(
        Tuple.of(resourceLike ? 8 : 1, Arbitraries.of(PRINCIPALS).list().ofMinSize(1).ofMaxSize(2)),
        Tuple.of(resourceLike ? 1 : 8, Arbitraries.just(List.of())));
    Arbitrary<Integer> shape = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 4),
        Tuple.of(1, 7));
    Arbitrary<Integer> condition = Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 2),
        Tuple.of(1, 3), Tuple.of(1, 4), Tuple.of(1, 5), Tuple.of(1, 6));
    return Combinators.combine(effects, actions, resources, principals, shape, condition)
        .as((effect, actionList, resourceList, principalList, flags, conditionKind) -> {
          Statement.Builder builder = Statement.builder().effect(effect);
          for (String action : actionList) {
            if ((flags & 1) != 0) {
              builder.addNotAction(action);
            } else {
              builder.addAction(action);
            }
          }
          for (String resource : resourceList) {
            if ((flags & 2) != 0) {
              builder.addNotResource(resource);
            } else {
              builder.addResource(resource);
            }
          }
          if (!principalList.isEmpty()) {
            Principal principal = Principal.aws(principalList.toArray(new String[0]));
            if ((flags & 4) != 0) {
              builder.notPrincipal(principal);
            } else {
              builder.principal(principal);
            }
          }
          Condition c = condition(conditionKind);
          if (c != null) {
            builder.addCondition(c);
          }
          return (Statement) builder.build();
        });
  }

  private static Condition condition(int kind) {
    switch (kind) {
      case 1: return Condition.stringEquals("sts:ExternalId", "X");
      case 2: return Condition.of(ConditionOperator.STRING_NOT_EQUALS, "sts:ExternalId", "X");
      case 3: return Condition.of(ConditionOperator.parse("ForAllValues:StringEquals"), "aws:TagKeys", "env");
      case 4: return Condition.of(ConditionOperator.NULL, "sts:ExternalId", "true");
      case 5: return Condition.of(ConditionOperator.parse("NumericLessThan"), "k", "not-a-number");
      case 6: return Condition.arnLike("aws:PrincipalArn", "arn:aws:iam::*:role/My*");
      default: return null;
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    List<Arbitrary<List<Statement>>> slotArbitraries = new ArrayList<>();
    for (int slot = 0; slot < 9; slot++) {
      boolean resourceLike = slot == 4 || slot == 7 || slot == 8;
      int present = slot == 0 || slot == 4 ? 3 : 1;
      Arbitrary<List<Statement>> some = statements(resourceLike).list().ofMinSize(1).ofMaxSize(3);
      if (slot == 5 || slot == 6 || slot == 8) {
        // SCP levels and endpoint policies usually start from an allow-all, as FullAWSAccess and the default
        // endpoint policy do.
        Statement allowAll = slot == 8
            ? Statement.allow("*").principal(Principal.ALL).addResource("*").build()
            : Statement.allow("*").addResource("*").build();
        some = Arbitraries.frequencyOf(Tuple.of(3, some.map(list -> {
          List<Statement> withAllowAll = new ArrayList<>(list);
          withAllowAll.add(0, allowAll);
          return withAllowAll;
        })), Tuple.of(1, some));
      }
      slotArbitraries.add(Arbitraries.frequencyOf(Tuple.of(present, some), Tuple.of(3, Arbitraries.just(List.of()))));
    }
    Arbitrary<List<List<Statement>>> slots = Combinators.combine(slotArbitraries).as(list -> list);
    Arbitrary<Request> requests = Combinators.combine(callers(), Arbitraries.of(ACTIONS), Arbitraries.of(RESOURCES),
        Arbitraries.of(0, 1, 2, 3)).as((caller, action, resource, context) -> {
          Request.Builder builder = Request.builder().caller(caller).action(action).resource(resource);
          if (context == 1) {
            builder.context(RequestContext.of("sts:ExternalId", "X"));
          } else if (context == 2) {
            builder.context(RequestContext.builder().putMulti("aws:TagKeys", ContextKeyType.STRING, "env", "team")
                .build());
          }
          if (context == 3) {
            builder.resourceAccount(AccountId.of(B));
          }
          return builder.build();
        });
    return Combinators.combine(requests, slots, Arbitraries.of(ResourcePolicyKind.values()),
        Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2))).as(Scenario::new);
  }

  @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
  void addingADenyStatementAnywhere_neverTurnsADecisionIntoAllowed(
      @ForAll("scenarios") Scenario scenario,
      @ForAll("denies") Statement deny,
      @ForAll @IntRange(min = 0, max = 8) int slot,
      @ForAll @IntRange(min = 0, max = 3) int position) {
    Evaluation before = Evaluator.evaluate(scenario.request, scenario.policies());
    Evaluation after = Evaluator.evaluate(scenario.request, scenario.withStatement(slot, position, deny).policies());

    if (before.decision() != Decision.ALLOWED) {
      assertThat(after.decision()).as(after.explain()).isNotEqualTo(Decision.ALLOWED);
    }
    // The traced evaluation must reach the same decision (Evaluation throws if it does not).
    before.explain();
    after.explain();
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void evaluating_neverThrows_andTheExplanationAgrees(@ForAll("scenarios") Scenario scenario) {
    Evaluation evaluation = Evaluator.evaluate(scenario.request, scenario.policies());

    assertThat(evaluation.explain()).startsWith(evaluation.decision() + ": " + evaluation.reason());
    assertThat(Evaluator.decide(scenario.request, scenario.policies())).isEqualTo(evaluation.decision());
  }
}
