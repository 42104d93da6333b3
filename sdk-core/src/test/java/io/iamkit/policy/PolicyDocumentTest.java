package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyDocumentTest {

  private static final Statement READ =
      Statement.allow("s3:GetObject").sid("Read").addResource("arn:aws:s3:::my-bucket/*").build();
  private static final Statement LIST =
      Statement.allow("s3:ListBucket").sid("List").addResource("arn:aws:s3:::my-bucket").build();

  // "By default, this value is 2012-10-17."
  @Test
  void of_statement_hasVersion2012_10_17AndDefaults() {
    PolicyDocument document = PolicyDocument.of(READ);

    assertThat(document.version()).isEqualTo(PolicyVersion.V2012_10_17);
    assertThat(document.omitVersion()).isFalse();
    assertThat(document.id()).isEmpty();
    assertThat(document.statements()).containsExactly(READ);
    assertThat(document.statementForm()).isSameAs(ValueForm.ARRAY);
    assertThat(document.keyOrder()).isEmpty();
    assertThat(document.extensions()).isEmpty();
  }

  @Test
  void of_list_keepsTheStatementsInOrder() {
    assertThat(PolicyDocument.of(List.of(LIST, READ)).statements()).containsExactly(LIST, READ);
  }

  @Test
  void builder_addStatementConsumer_buildsTheStatementInline() {
    PolicyDocument document = PolicyDocument.builder()
        .addStatement(s -> s.effect(Effect.ALLOW).addAction("s3:ListBucket").addResource("arn:aws:s3:::my-bucket"))
        .build();

    assertThat(document.statements())
        .containsExactly(Statement.allow("s3:ListBucket").addResource("arn:aws:s3:::my-bucket").build());
  }

  @Test
  void toString_listsVersionIdAndStatements() {
    PolicyDocument document = PolicyDocument.builder().id("MyPolicy").addStatement(Statement.allow("s3:GetObject").build())
        .build();

    assertThat(document).hasToString("PolicyDocument{version=2012-10-17, id=MyPolicy, statements=[Statement{"
        + "effect=Allow, actions=[s3:GetObject], notActions=[], resources=[], notResources=[], conditions=[]}]}");
  }

  @Test
  void toString_withoutId_leavesTheIdOut() {
    PolicyDocument document = PolicyDocument.of(Statement.deny("*").addResource("*").build());

    assertThat(document).hasToString("PolicyDocument{version=2012-10-17, statements=[Statement{"
        + "effect=Deny, actions=[*], notActions=[], resources=[*], notResources=[], conditions=[]}]}");
  }

  // A policy holds at least one statement.
  @Test
  void build_noStatement_rejects() {
    assertThatThrownBy(() -> PolicyDocument.builder().build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument.Statement must hold at least one statement")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("PolicyDocument", PolicyValidationException::element)
        .returns("Statement", PolicyValidationException::field)
        .returns(null, PolicyValidationException::value);
  }

  @Test
  void of_noStatements_rejects() {
    assertThatThrownBy(() -> PolicyDocument.of())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument.Statement must hold at least one statement");
    assertThatThrownBy(() -> PolicyDocument.of(List.of()))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument.Statement must hold at least one statement");
  }

  // Each Sid must be unique within a policy.
  @Test
  void build_duplicateSids_rejectsQuotingTheSid() {
    Statement otherRead = Statement.allow("s3:PutObject").sid("Read").addResource("*").build();

    assertThatThrownBy(() -> PolicyDocument.of(READ, LIST, otherRead))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument.Sid must be unique within a policy: \"Read\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("PolicyDocument", PolicyValidationException::element)
        .returns("Sid", PolicyValidationException::field)
        .returns("Read", PolicyValidationException::value);
  }

  /**
   * Long documents are checked by sorting their Sids: a repeat anywhere is found, and the message still names the
   * Sid that comes again first in the document (the last one, although S0 repeats after it and sorts first).
   */
  @ParameterizedTest
  @ValueSource(ints = {3, 16, 17, 40, 300})
  void build_manyStatements_aRepeatedSidIsFoundAndTheFirstRepeatNamed(int size) {
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      statements.add(Statement.allow("s3:GetObject").sid("S" + i).build());
    }
    assertThat(PolicyDocument.builder().addAllStatements(statements).build().statements()).hasSize(size);

    statements.add(Statement.allow("s3:GetObject").sid("S" + (size - 1)).build());
    statements.add(Statement.allow("s3:GetObject").sid("S0").build());
    statements.add(Statement.allow("s3:GetObject").build());
    assertThatThrownBy(() -> PolicyDocument.builder().addAllStatements(statements).build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument.Sid must be unique within a policy: \"S" + (size - 1) + "\"");
  }

  @Test
  void build_severalStatementsWithoutSid_isAccepted() {
    Statement first = Statement.allow("s3:GetObject").build();
    Statement second = Statement.allow("s3:PutObject").build();

    assertThat(PolicyDocument.of(first, second).statements()).containsExactly(first, second);
  }

  // The same statement twice without Sid is legal JSON; only Sids must differ.
  @Test
  void build_sameStatementTwiceWithoutSid_isAccepted() {
    Statement same = Statement.allow("s3:GetObject").build();

    assertThat(PolicyDocument.of(same, same).statements()).hasSize(2);
  }

  @Test
  void withStatement_duplicateSid_rejects() {
    PolicyDocument document = PolicyDocument.of(READ);

    assertThatThrownBy(() -> document.withStatement(READ))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument.Sid must be unique within a policy: \"Read\"");
  }

  // A document without Version is read by IAM as 2008-10-17, so only that version may be written without one.
  @Test
  void build_omitVersionWith2012_10_17_rejects() {
    assertThatThrownBy(() -> PolicyDocument.builder().addStatement(READ).omitVersion(true).build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument.Version can be omitted only for 2008-10-17 (IAM's default): \"2012-10-17\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("PolicyDocument", PolicyValidationException::element)
        .returns("Version", PolicyValidationException::field)
        .returns("2012-10-17", PolicyValidationException::value);
  }

  @Test
  void build_omitVersionWith2008_10_17_isAccepted() {
    PolicyDocument document =
        PolicyDocument.builder().addStatement(READ).version(PolicyVersion.V2008_10_17).omitVersion(true).build();

    assertThat(document.omitVersion()).isTrue();
    assertThat(document.version()).isEqualTo(PolicyVersion.V2008_10_17);
  }

  @Test
  void equals_omitVersion_isNotPartOfEquality() {
    PolicyDocument written = PolicyDocument.builder().addStatement(READ).version(PolicyVersion.V2008_10_17).build();
    PolicyDocument omitted = written.toBuilder().omitVersion(true).build();

    assertThat(omitted).isEqualTo(written).hasSameHashCodeAs(written);
  }

  @Test
  void equals_differentVersion_isNotEqual() {
    assertThat(PolicyDocument.builder().addStatement(READ).version(PolicyVersion.V2008_10_17).build())
        .isNotEqualTo(PolicyDocument.of(READ));
  }

  @Test
  void equals_differentId_isNotEqual() {
    assertThat(PolicyDocument.of(READ).withId("A")).isNotEqualTo(PolicyDocument.of(READ));
  }

  @Test
  void equals_statementsInAnotherOrder_isNotEqual() {
    assertThat(PolicyDocument.of(READ, LIST)).isNotEqualTo(PolicyDocument.of(LIST, READ));
  }

  @Test
  void equals_statementFormKeyOrderAndExtensions_isNotPartOfEquality() {
    PolicyDocument plain = PolicyDocument.of(READ);
    PolicyDocument written = PolicyDocument.builder().addStatement(READ).statementForm(ValueForm.SCALAR_IF_SINGLE)
        .addKeyOrder("Statement", "Version").putExtension("Comment", "\"x\"").build();

    assertThat(written).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(written).hasToString(plain.toString());
  }

  @Test
  void withStatement_appendsAndKeepsEverythingElse() {
    PolicyDocument original = PolicyDocument.builder().id("P1").version(PolicyVersion.V2008_10_17).omitVersion(true)
        .addStatement(READ).addKeyOrder("Statement").putExtension("Comment", "1").build();

    PolicyDocument changed = original.withStatement(LIST);

    assertThat(changed.statements()).containsExactly(READ, LIST);
    assertThat(changed.id()).contains("P1");
    assertThat(changed.version()).isEqualTo(PolicyVersion.V2008_10_17);
    assertThat(changed.omitVersion()).isTrue();
    assertThat(changed.keyOrder()).containsExactly("Statement");
    assertThat(changed.extensions()).isEqualTo(Map.of("Comment", "1"));
    assertThat(original.statements()).containsExactly(READ);
  }

  @Test
  void withStatements_replacesAllStatements() {
    PolicyDocument changed = PolicyDocument.of(READ).withId("P1").withStatements(List.of(LIST));

    assertThat(changed.statements()).containsExactly(LIST);
    assertThat(changed.id()).contains("P1");
  }

  @Test
  void withStatements_none_rejects() {
    PolicyDocument document = PolicyDocument.of(READ);

    assertThatThrownBy(() -> document.withStatements(List.of()))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument.Statement must hold at least one statement");
  }

  @Test
  void withIdAndKeyOrder_changeOnlyTheirValue() {
    PolicyDocument original = PolicyDocument.of(READ, LIST);

    PolicyDocument withId = original.withId("P1");
    PolicyDocument reordered = original.withKeyOrder("Statement", "Version");

    assertThat(withId.id()).contains("P1");
    assertThat(withId.statements()).containsExactly(READ, LIST);
    assertThat(reordered.keyOrder()).containsExactly("Statement", "Version");
    assertThat(reordered).isEqualTo(original);
    assertThat(original.id()).isEmpty();
    assertThat(original.keyOrder()).isEmpty();
  }

  @Test
  void toBuilder_preservesEveryValueIncludingTheJsonForm() {
    PolicyDocument original = PolicyDocument.builder().id("P1").version(PolicyVersion.V2008_10_17).omitVersion(true)
        .addStatement(READ).statementForm(ValueForm.SCALAR_IF_SINGLE).addKeyOrder("Statement", "Id")
        .putExtension("Comment", "1").build();

    PolicyDocument copy = original.toBuilder().build();

    assertThat(copy).isEqualTo(original);
    assertThat(copy.omitVersion()).isTrue();
    assertThat(copy.statementForm()).isSameAs(ValueForm.SCALAR_IF_SINGLE);
    assertThat(copy.keyOrder()).containsExactly("Statement", "Id");
    assertThat(copy.extensions()).isEqualTo(Map.of("Comment", "1"));
  }

  @Test
  void statement_bySid_findsTheStatement() {
    PolicyDocument document = PolicyDocument.of(READ, Statement.allow("s3:PutObject").build(), LIST);

    assertThat(document.statement("List")).contains(LIST);
    assertThat(document.statement("Read")).contains(READ);
    assertThat(document.statement("Write")).isEmpty();
  }

  @Test
  void statements_areUnmodifiable() {
    PolicyDocument document = PolicyDocument.of(READ, LIST);

    assertThatThrownBy(() -> document.statements().remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void canonicalKeyOrder_isTheOrderAwsDocuments() {
    assertThat(PolicyDocument.CANONICAL_KEY_ORDER).containsExactly("Version", "Id", "Statement");
  }
}
