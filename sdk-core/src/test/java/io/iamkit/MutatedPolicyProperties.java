package io.iamkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.iamkit.eval.Caller;
import io.iamkit.eval.CompiledPolicy;
import io.iamkit.eval.Evaluation;
import io.iamkit.eval.Evaluator;
import io.iamkit.eval.Policies;
import io.iamkit.eval.Request;
import io.iamkit.eval.ResourcePolicyKind;
import io.iamkit.lint.Linter;
import io.iamkit.lint.PolicyKind;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyParseException;
import io.iamkit.policy.json.PolicyReader;
import io.iamkit.policy.json.PolicyWriter;
import io.iamkit.testing.ManagedPolicies;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Real policies with structural edits (keys renamed to other IAM elements and operators, values swapped for
 * wildcards, policy variables, account IDs, literals, scalars wrapped in arrays and arrays cut to scalars): a document
 * the reader takes must write back and read back equal, lint as every kind and evaluate with an explanation, in every
 * place a policy can stand, with no exception. The reader may refuse it, with a {@link PolicyParseException} only.
 */
class MutatedPolicyProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Linter LINTER = Linter.create();

  private static final String[] VALUES = {"*", "arn:aws:s3:::b/*", "arn:aws:iam::123456789012:root",
      "${aws:username}", "${*}", "s3:Get*", "arn:aws:iam::*:role/x", "sts:AssumeRole", "s3:GetObject", "123456789012",
      "12345678901", "a b", "", "?", "a:b:c", "arn:aws:s3:::b/${aws:userid}/*", "true", "10.0.0.0/8", "2001:db8::/32",
      "2020-01-01T00:00:00Z", "-0.5", "arn:aws-cn:s3:::x", "arn:aws:sts::123456789012:assumed-role/r/s",
      "ec2.amazonaws.com", "AROAEXAMPLEEXAMPLE123", "${aws:PrincipalTag/team}", "${aws:CurrentTime}"};

  private static final String[] KEYS = {"Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction",
      "Resource", "NotResource", "Condition", "StringEquals", "StringNotEquals", "StringLike", "StringNotLikeIfExists",
      "ForAllValues:StringEquals", "ForAnyValue:StringLike", "Null", "Bool", "IpAddress", "NotIpAddress",
      "DateLessThan", "NumericGreaterThanEquals", "ArnLike", "ArnNotEquals", "BinaryEquals", "aws:PrincipalArn",
      "aws:SourceIp", "sts:ExternalId", "aws:PrincipalTag/team", "aws:TagKeys", "s3:prefix", "AWS", "Service",
      "Federated", "CanonicalUser", "aws:SourceAccount", "aws:MultiFactorAuthPresent"};

  private static final Caller SAME = Caller.roleSession(Arn.parse("arn:aws:iam::123456789012:role/r"), "session");
  private static final Caller OTHER = Caller.roleSession(Arn.parse("arn:aws:iam::210987654321:role/o"), "session");

  @Property(tries = 2000)
  void aMutatedPolicy_isRefusedTyped_orRoundTripsLintsAndEvaluates(
      @ForAll @IntRange(min = 0, max = ManagedPolicies.SIZE - 1) int policy, @ForAll long seed) {
    Random random = new Random(seed);
    String json = mutate(ManagedPolicies.all().get(policy).json(), random);
    PolicyDocument document;
    try {
      document = PolicyReader.lenient().read(json);
    } catch (PolicyParseException refused) {
      Statistics.collect("refused");
      return;
    }
    Statistics.collect("read");
    // The property tests something only if a fair share of the edited documents is read.
    Statistics.coverage(coverage -> coverage.check("read").percentage(share -> share >= 5));

    String written = PolicyWriter.compact().write(document);
    assertThat(PolicyReader.lenient().read(written)).isEqualTo(document);
    for (PolicyKind kind : PolicyKind.values()) {
      LINTER.lint(document, kind);
    }
    CompiledPolicy compiled = CompiledPolicy.of("mutated", document);
    ResourcePolicyKind resourceKind = ResourcePolicyKind.values()[random.nextInt(ResourcePolicyKind.values().length)];
    List<Policies> placements = List.of(
        Policies.builder().identityPolicy(compiled).build(),
        Policies.builder().identityPolicy(compiled).resourcePolicy(compiled, resourceKind).addScpLevel(compiled)
            .permissionsBoundary(compiled).sessionPolicy(compiled).build());
    for (Caller caller : List.of(SAME, OTHER)) {
      for (Request request : List.of(Request.of(caller, "s3:GetObject", "arn:aws:s3:::b/k"),
          Request.of(caller, "sts:AssumeRole", "arn:aws:iam::123456789012:role/x"),
          Request.of(caller, "ec2:DescribeInstances", "*"))) {
        for (Policies policies : placements) {
          Evaluation evaluation = Evaluator.evaluate(request, policies);
          assertThat(evaluation.explain()).isNotEmpty();
          assertThat(Evaluator.decide(request, policies)).isEqualTo(evaluation.decision());
        }
      }
    }
  }

  /** The document with one to four structural edits at random places. */
  private static String mutate(String json, Random random) {
    try {
      JsonNode root = MAPPER.readTree(json);
      for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode) {
          edit((ObjectNode) container, random);
        } else {
          ArrayNode array = (ArrayNode) container;
          if (array.isEmpty() || random.nextBoolean()) {
            array.add(pick(VALUES, random));
          } else {
            array.set(random.nextInt(array.size()), TextNode.valueOf(pick(VALUES, random)));
          }
        }
      }
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void edit(ObjectNode object, Random random) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    if (names.isEmpty()) {
      object.put(pick(KEYS, random), pick(VALUES, random));
      return;
    }
    String name = names.get(random.nextInt(names.size()));
    JsonNode value = object.get(name);
    switch (random.nextInt(6)) {
      case 0:
        object.remove(name);
        object.set(pick(KEYS, random), value);
        break;
      case 1:
        object.put(name, pick(VALUES, random));
        break;
      case 2:
        if (value.isValueNode()) {
          object.putArray(name).add(value).add(pick(VALUES, random));
        }
        break;
      case 3:
        if (value.isArray() && !value.isEmpty()) {
          object.set(name, value.get(0));
        }
        break;
      case 4:
        object.remove(name);
        break;
      default:
        object.putObject(pick(KEYS, random)).put(pick(KEYS, random), pick(VALUES, random));
        break;
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  private static String pick(String[] choices, Random random) {
    return choices[random.nextInt(choices.length)];
  }
}
