package io.iamkit.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.Action;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Effect;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyVersion;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import io.iamkit.policy.ValueForm.Literal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * The lossless round trip over generated documents: every element, JSON literal form, scalar-or-array shape, key
 * order and unknown member a lenient reader keeps. Tries are kept at 300 so that the class runs in a few seconds;
 * {@link ManagedPoliciesRoundTripTest} covers the real corpus.
 */
class PolicyRoundTripProperties {
  private static final List<PolicyWriter> WRITERS = List.of(PolicyWriter.pretty(), PolicyWriter.compact());

  @Property(tries = 300, edgeCases = EdgeCasesMode.FIRST)
  void buildWriteRead_givesTheOriginal_andWritingAgainGivesTheSameText(
      @ForAll("documents") PolicyDocument document, @ForAll boolean pretty) {
    PolicyWriter writer = pretty ? PolicyWriter.pretty() : PolicyWriter.compact();
    String text = writer.write(document);

    PolicyDocument read = PolicyReader.lenient().read(text);

    assertThat(read).isEqualTo(document);
    assertThat(writer.write(read)).isEqualTo(text);
    assertThat(PolicyReader.lenient().read(writer.writeBytes(document))).isEqualTo(document);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.FIRST)
  void buildWriteRead_withoutUnknownMembers_isAlsoWhatAStrictReaderReads(
      @ForAll("documentsWithoutExtensions") PolicyDocument document) {
    String text = PolicyWriter.compact().write(document);

    assertThat(PolicyReader.strict().read(text)).isEqualTo(document);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.FIRST)
  void readWriteRead_givesTheSameDocumentAndText(@ForAll("texts") String text) {
    ReadResult first = PolicyReader.lenient().readWithWarnings(text);

    for (PolicyWriter writer : WRITERS) {
      String written = writer.write(first.document());
      ReadResult second = PolicyReader.lenient().readWithWarnings(written);
      assertThat(second.document()).isEqualTo(first.document());
      assertThat(writer.write(second.document())).isEqualTo(written);
      assertThat(second.warnings()).extracting(ParseWarning::reason)
          .containsExactlyElementsOf(first.warnings().stream().map(ParseWarning::reason).toList());
    }
    assertThat(PolicyWriter.pretty().write(first.document()).equals(text)
            || PolicyWriter.compact().write(first.document()).equals(text))
        .as("text written by a writer is written back identically").isTrue();
  }

  // --- generators

  @Provide
  Arbitrary<String> texts() {
    return Combinators.combine(documents(), Arbitraries.of(WRITERS)).as((document, writer) -> writer.write(document));
  }

  @Provide
  Arbitrary<PolicyDocument> documentsWithoutExtensions() {
    return documents(false);
  }

  @Provide
  Arbitrary<PolicyDocument> documents() {
    return documents(true);
  }

  private Arbitrary<PolicyDocument> documents(boolean extensions) {
    Arbitrary<List<Statement>> statements = Combinators.combine(
            statements(extensions).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.strings().alpha().numeric().ofMaxLength(5).injectNull(0.3))
        .as(PolicyRoundTripProperties::withUniqueSids);
    return Combinators.combine(
            statements,
            Arbitraries.of(VersionChoice.values()),
            strings().injectNull(0.6),
            Arbitraries.of(ValueForm.ARRAY, ValueForm.SCALAR_IF_SINGLE),
            extensions ? extensions() : Arbitraries.just(Map.<String, String>of()),
            Arbitraries.longs().injectNull(0.5))
        .as((list, version, id, statementForm, members, orderSeed) -> {
          PolicyDocument.Builder builder = PolicyDocument.builder()
              .statements(list)
              .version(version.version)
              .omitVersion(version.omit)
              .statementForm(statementForm)
              .extensions(members);
          List<String> keys = new ArrayList<>(List.of("Statement"));
          if (!version.omit) {
            keys.add("Version");
          }
          if (id != null) {
            builder.id(id);
            keys.add("Id");
          }
          keys.addAll(members.keySet());
          return builder.keyOrder(shuffled(keys, orderSeed)).build();
        });
  }

  /** Gives each statement that has a Sid a unique one: {@code base} followed by the statement's index. */
  private static List<Statement> withUniqueSids(List<Statement> statements, @Nullable String base) {
    List<Statement> result = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      result.add(base != null && (i % 2 == 0) ? statement.withSid(base + i) : statement);
    }
    return result;
  }

  enum VersionChoice {
    V2012(PolicyVersion.V2012_10_17, false),
    V2008(PolicyVersion.V2008_10_17, false),
    ABSENT(PolicyVersion.V2008_10_17, true);

    final PolicyVersion version;
    final boolean omit;

    VersionChoice(PolicyVersion version, boolean omit) {
      this.version = version;
      this.omit = omit;
    }
  }

  private static List<String> shuffled(List<String> keys, @Nullable Long seed) {
    if (seed == null) {
      return List.of();
    }
    List<String> order = new ArrayList<>(keys);
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  private Arbitrary<Statement> statements(boolean extensions) {
    Arbitrary<ActionPart> actions = Combinators.combine(
            Arbitraries.of(true, false), actions().list().ofMinSize(1).ofMaxSize(4), forms())
        .as(ActionPart::new);
    Arbitrary<ResourcePart> resources = Combinators.combine(
            Arbitraries.of(Which.values()), resources().list().ofMinSize(1).ofMaxSize(3), forms())
        .as(ResourcePart::new);
    Arbitrary<PrincipalPart> principals =
        Combinators.combine(Arbitraries.of(Which.values()), principals()).as(PrincipalPart::new);
    return Combinators.combine(
            Arbitraries.of(Effect.values()),
            principals,
            actions,
            resources,
            conditions(),
            extensions ? extensions() : Arbitraries.just(Map.<String, String>of()),
            Arbitraries.longs().injectNull(0.5))
        .as((effect, principal, action, resource, conditions, members, orderSeed) -> {
          Statement.Builder builder = Statement.builder().effect(effect).conditions(conditions).extensions(members);
          List<String> keys = new ArrayList<>(List.of("Effect"));
          if (principal.which == Which.POSITIVE) {
            builder.principal(principal.principal);
            keys.add("Principal");
          } else if (principal.which == Which.NEGATED) {
            builder.notPrincipal(principal.principal);
            keys.add("NotPrincipal");
          }
          if (action.not) {
            builder.notActions(action.actions);
            keys.add("NotAction");
          } else {
            builder.actions(action.actions);
            keys.add("Action");
          }
          builder.actionForm(action.form);
          if (resource.which == Which.POSITIVE) {
            builder.resources(resource.resources);
            keys.add("Resource");
          } else if (resource.which == Which.NEGATED) {
            builder.notResources(resource.resources);
            keys.add("NotResource");
          }
          builder.resourceForm(resource.form);
          if (!conditions.isEmpty()) {
            keys.add("Condition");
          }
          keys.addAll(members.keySet());
          keys.add("Sid");
          return builder.keyOrder(shuffled(keys, orderSeed)).build();
        });
  }

  enum Which {
    NONE,
    POSITIVE,
    NEGATED
  }

  record ActionPart(boolean not, List<Action> actions, ValueForm form) {}

  record ResourcePart(Which which, List<Resource> resources, ValueForm form) {}

  record PrincipalPart(Which which, Principal principal) {}

  private static Arbitrary<ValueForm> forms() {
    return Arbitraries.of(ValueForm.ARRAY, ValueForm.SCALAR_IF_SINGLE);
  }

  /**
   * Strings with the characters JSON must escape and non-ASCII text, supplementary characters included. No lone
   * surrogates: they are not Unicode text, and {@link HostileInputTest} covers them.
   */
  private static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZ09 -_./:*?${}\"\\\n\t\u0000\u007féß✓").ofMaxLength(12),
        Arbitraries.strings().ofMaxLength(8).filter(HostileInputTest::isUnicodeText),
        Arbitraries.of("\uD83D\uDE00", "a\uD83D\uDE00b", "\uD800\uDC00"));
  }

  private static Arbitrary<Action> actions() {
    Arbitrary<String> service = Arbitraries.of("s3", "sts", "ec2", "iam", "kms", "execute-api", "S3", "a.b_c");
    Arbitrary<String> name = Arbitraries.strings().withChars("abcXYZ019*?_-.").ofMinLength(1).ofMaxLength(10);
    return Arbitraries.oneOf(
        Arbitraries.just(Action.ALL),
        Combinators.combine(service, name).as(Action::of));
  }

  private static Arbitrary<Resource> resources() {
    Arbitrary<String> partition = Arbitraries.of("aws", "aws-cn", "aws-us-gov", "${aws:partition}", "*");
    Arbitrary<String> service = Arbitraries.of("s3", "iam", "ec2", "kms", "*");
    Arbitrary<String> region = Arbitraries.of("", "us-east-1", "*", "${aws:RequestedRegion}");
    Arbitrary<String> account = Arbitraries.of("", "123456789012", "*", "aws", "${aws:PrincipalAccount}");
    Arbitrary<String> resource = Arbitraries.strings().withChars("abXY09/-_.*?:${}é").ofMaxLength(16);
    return Arbitraries.oneOf(
        Arbitraries.just(Resource.ALL),
        Combinators.combine(partition, service, region, account, resource)
            .as((p, s, r, a, rest) -> Resource.of("arn:" + p + ":" + s + ":" + r + ":" + a + ":" + rest)));
  }

  /** A principal ID and whether to write it as a JSON number, as IAM lets an account ID be written. */
  record Id(String text, boolean number) {}

  private static Arbitrary<Id> ids(PrincipalType type) {
    Arbitrary<Id> accountNumbers = Arbitraries.longs().between(100_000_000_000L, 999_999_999_999L)
        .flatMap(account -> Arbitraries.of(true, false).map(number -> new Id(Long.toString(account), number)));
    Arbitrary<Id> texts = Arbitraries.oneOf(
            Arbitraries.of("*", "044793339203", "arn:aws:iam::414351767826:root", "ec2.amazonaws.com",
                "cognito-identity.amazonaws.com", "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"),
            strings().filter(PolicyRoundTripProperties::isPrincipalId))
        .map(text -> new Id(text, false));
    return type == PrincipalType.AWS ? Arbitraries.oneOf(accountNumbers, texts) : texts;
  }

  private static boolean isPrincipalId(String text) {
    return !text.isEmpty() && text.chars().noneMatch(Character::isWhitespace);
  }

  private static Arbitrary<Principal> principals() {
    Arbitrary<Principal> built = Arbitraries.of(PrincipalType.values()).set().ofMinSize(1).ofMaxSize(4)
        .flatMap(types -> {
          List<Arbitrary<TypedIds>> perType = new ArrayList<>();
          for (PrincipalType type : types) {
            perType.add(Combinators.combine(ids(type).list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
                .as((ids, array) -> new TypedIds(type, ids, array)));
          }
          return Combinators.combine(perType).as(all -> {
            List<TypedIds> shuffledTypes = new ArrayList<>(all);
            Collections.shuffle(shuffledTypes, new Random(all.hashCode()));
            Principal.Builder builder = Principal.builder();
            for (TypedIds typed : shuffledTypes) {
              List<Literal> literals = new ArrayList<>();
              for (Id id : typed.ids) {
                builder.add(typed.type, id.text);
                literals.add(id.number ? Literal.NUMBER : Literal.STRING);
              }
              builder.form(typed.type, ValueForm.of(typed.array, literals));
            }
            return builder.build();
          });
        });
    return Arbitraries.oneOf(Arbitraries.just(Principal.ALL), built);
  }

  record TypedIds(PrincipalType type, List<Id> ids, boolean array) {}

  /** A condition value and the JSON literal it is written as. */
  record Value(String text, Literal literal) {}

  private static Arbitrary<Value> values() {
    Arbitrary<String> numbers = Arbitraries.oneOf(
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.of("1.50", "0.0", "-0", "1e3", "-2E-3", "6.02e+23", "12345678901234567890123", "0"),
        Combinators.combine(Arbitraries.integers().between(-999, 999), Arbitraries.strings().numeric().ofMinLength(1)
            .ofMaxLength(4)).as((whole, fraction) -> whole + "." + fraction));
    return Arbitraries.oneOf(
        strings().map(text -> new Value(text, Literal.STRING)),
        numbers.map(text -> new Value(text, Literal.NUMBER)),
        numbers.map(text -> new Value(text, Literal.STRING)),
        Arbitraries.of("true", "false").map(text -> new Value(text, Literal.BOOLEAN)),
        Arbitraries.of("true", "false").map(text -> new Value(text, Literal.STRING)));
  }

  private static Arbitrary<List<Condition>> conditions() {
    Arbitrary<String> operators = Arbitraries.of("StringEquals", "StringNotEqualsIgnoreCase", "StringLike",
        "ForAnyValue:StringLike", "ForAllValues:StringEqualsIfExists", "NumericLessThan", "NumericGreaterThanEquals",
        "DateGreaterThan", "Bool", "BoolIfExists", "IpAddress", "NotIpAddress", "ArnLike", "Null", "BinaryEquals");
    Arbitrary<String> keys = Arbitraries.oneOf(
        Arbitraries.of("aws:SourceIp", "aws:PrincipalTag/team", "s3:prefix", "sts:ExternalId", "aws:SecureTransport",
            "aws:PrincipalArn", "s3:max-keys"),
        strings().filter(PolicyRoundTripProperties::isPrincipalId));
    Arbitrary<List<Condition>> perKey = Combinators.combine(
            keys.list().uniqueElements().ofMinSize(1).ofMaxSize(3),
            values().list().ofMinSize(1).ofMaxSize(3).list().ofSize(3),
            Arbitraries.of(true, false).list().ofSize(3))
        .as((keyList, values, arrays) -> {
          List<Condition> conditions = new ArrayList<>();
          for (int i = 0; i < keyList.size(); i++) {
            conditions.add(condition("StringEquals", keyList.get(i), values.get(i), arrays.get(i)));
          }
          return conditions;
        });
    // Distinct operators, each over one or more keys; the statement keeps them grouped in this order.
    return operators.set().ofMaxSize(3).flatMap(operatorSet -> perKey.list().ofSize(operatorSet.size())
        .map(groups -> {
          List<Condition> conditions = new ArrayList<>();
          int i = 0;
          for (String operator : operatorSet) {
            for (Condition condition : groups.get(i++)) {
              conditions.add(Condition.builder().from(condition).operator(ConditionOperator.parse(operator)).build());
            }
          }
          return conditions;
        }));
  }

  private static Condition condition(String operator, String key, List<Value> values, boolean array) {
    return Condition.builder()
        .operator(ConditionOperator.parse(operator))
        .key(key)
        .values(values.stream().map(Value::text).toList())
        .form(ValueForm.of(array, values.stream().map(Value::literal).toList()))
        .build();
  }

  /** Unknown members, as compact JSON, that a lenient reader keeps. */
  private static Arbitrary<Map<String, String>> extensions() {
    Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).map(name -> "x-" + name);
    Arbitrary<String> json = Arbitraries.of("1.50", "-0", "1e3", "true", "null", "\"x\\\"y\"", "[]", "{}",
        "[1,{\"a\":[null,2.0E-7]}]", "{\"k\":\"v\",\"n\":{}}");
    // Most documents have none; a lenient reader keeps them in input order.
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Map.of())),
        Tuple.of(1, Arbitraries.maps(names, json).ofMinSize(1).ofMaxSize(2)));
  }
}
