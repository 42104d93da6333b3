package io.iamkit.policy.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Effect;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import io.iamkit.policy.ValueForm.Literal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyWriterTest {
  /**
   * A document built in code, with every statement element; the builder calls are deliberately not in the
   * canonical order, which the writer must use regardless.
   */
  static final PolicyDocument DOCUMENT = PolicyDocument.builder()
      .addStatement(Statement.builder()
          .addCondition(Condition.builder()
              .operator(ConditionOperator.BOOL)
              .key("aws:SecureTransport")
              .addValues("true")
              .form(ValueForm.of(false, List.of(Literal.BOOLEAN)))
              .build())
          .addCondition(Condition.stringEquals("sts:ExternalId", "YOUR_EXTERNAL_ID", "OTHER_ID"))
          .addResource("arn:aws:s3:::my-bucket/*")
          .addActions("s3:GetObject", "s3:PutObject")
          .principal(Principal.builder()
              .addAws("arn:aws:iam::414351767826:root", "123456789012")
              .addService("ec2.amazonaws.com")
              .build())
          .effect(Effect.ALLOW)
          .sid("ReadWrite")
          .build())
      .addStatement(Statement.builder()
          .addNotResource("arn:aws:s3:::my-bucket/private/*")
          .addNotAction("s3:Delete*")
          .notPrincipal(Principal.aws("arn:aws:iam::123456789012:role/Admin"))
          .effect(Effect.DENY)
          .sid("DenyOthers")
          .build())
      .id("DatabricksBucket")
      .build();

  @Test
  void pretty_builtDocument_isIndentedByTwoInTheCanonicalOrder() {
    assertThat(PolicyWriter.pretty().write(DOCUMENT)).isEqualTo("""
        {
          "Version": "2012-10-17",
          "Id": "DatabricksBucket",
          "Statement": [
            {
              "Sid": "ReadWrite",
              "Effect": "Allow",
              "Principal": {
                "AWS": [
                  "arn:aws:iam::414351767826:root",
                  "123456789012"
                ],
                "Service": "ec2.amazonaws.com"
              },
              "Action": [
                "s3:GetObject",
                "s3:PutObject"
              ],
              "Resource": "arn:aws:s3:::my-bucket/*",
              "Condition": {
                "Bool": {
                  "aws:SecureTransport": true
                },
                "StringEquals": {
                  "sts:ExternalId": [
                    "YOUR_EXTERNAL_ID",
                    "OTHER_ID"
                  ]
                }
              }
            },
            {
              "Sid": "DenyOthers",
              "Effect": "Deny",
              "NotPrincipal": {
                "AWS": "arn:aws:iam::123456789012:role/Admin"
              },
              "NotAction": "s3:Delete*",
              "NotResource": "arn:aws:s3:::my-bucket/private/*"
            }
          ]
        }""");
  }

  @Test
  void compact_builtDocument_hasNoWhitespace() {
    assertThat(PolicyWriter.compact().write(DOCUMENT)).isEqualTo(PolicyReaderTest.json("{'Version':'2012-10-17',"
        + "'Id':'DatabricksBucket','Statement':[{'Sid':'ReadWrite','Effect':'Allow','Principal':{'AWS':["
        + "'arn:aws:iam::414351767826:root','123456789012'],'Service':'ec2.amazonaws.com'},'Action':['s3:GetObject',"
        + "'s3:PutObject'],'Resource':'arn:aws:s3:::my-bucket/*','Condition':{'Bool':{'aws:SecureTransport':true},"
        + "'StringEquals':{'sts:ExternalId':['YOUR_EXTERNAL_ID','OTHER_ID']}}},{'Sid':'DenyOthers','Effect':'Deny',"
        + "'NotPrincipal':{'AWS':'arn:aws:iam::123456789012:role/Admin'},'NotAction':'s3:Delete*',"
        + "'NotResource':'arn:aws:s3:::my-bucket/private/*'}]}"));
  }

  @Test
  void pretty_trustPolicyPreset_printsTheDatabricksDocumentationsShape() {
    PolicyDocument trust = PolicyDocument.of(
        Statement.allowAssumeRoleBy(Principal.aws("414351767826"), ExternalId.of("YOUR_EXTERNAL_ID")));

    assertThat(PolicyWriter.pretty().write(trust)).isEqualTo("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Principal": {
                "AWS": "414351767826"
              },
              "Action": "sts:AssumeRole",
              "Condition": {
                "StringEquals": {
                  "sts:ExternalId": "YOUR_EXTERNAL_ID"
                }
              }
            }
          ]
        }""");
  }

  @Test
  void write_toWriter_writesTheSameTextAndLeavesItOpen() {
    ClosingTrackingWriter out = new ClosingTrackingWriter();

    PolicyWriter.pretty().write(DOCUMENT, out);

    assertThat(out.toString()).isEqualTo(PolicyWriter.pretty().write(DOCUMENT));
    assertThat(out.closed).isFalse();
  }

  @Test
  void write_toOutputStream_writesUtf8AndLeavesItOpen() {
    PolicyDocument document = DOCUMENT.withId("Zugriff für Ärzte ✓");
    ClosingTrackingOutputStream out = new ClosingTrackingOutputStream();

    PolicyWriter.compact().write(document, out);

    assertThat(out.toString(UTF_8)).isEqualTo(PolicyWriter.compact().write(document)).contains("für Ärzte ✓");
    assertThat(out.closed).isFalse();
    assertThat(PolicyWriter.compact().writeBytes(document)).isEqualTo(out.toByteArray());
  }

  @Test
  void write_toFailingWriter_throwsUncheckedIoException() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> PolicyWriter.pretty().write(DOCUMENT, failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("java.io.IOException: disk full");
  }

  @Test
  void write_keyOrder_isHonouredAndTheOtherKeysFollowCanonically() {
    Statement statement = Statement.allow("s3:GetObject")
        .sid("Read")
        .addResource("*")
        .keyOrder(List.of("Resource", "Action"))
        .build();
    PolicyDocument document = PolicyDocument.of(statement).withId("x").withKeyOrder("Statement", "Version");

    assertThat(PolicyWriter.compact().write(document)).isEqualTo(PolicyReaderTest.json(
        "{'Statement':[{'Resource':'*','Action':'s3:GetObject','Sid':'Read','Effect':'Allow'}],"
            + "'Version':'2012-10-17','Id':'x'}"));
  }

  @Test
  void write_keyOrderNamingAbsentElements_skipsThem() {
    Statement statement = Statement.allow("*").keyOrder(List.of("Condition", "NotAction", "Action", "Effect")).build();

    assertThat(PolicyWriter.compact().write(PolicyDocument.of(statement).withKeyOrder("Id", "Statement")))
        .isEqualTo(PolicyReaderTest.json("{'Statement':[{'Action':'*','Effect':'Allow'}],'Version':'2012-10-17'}"));
  }

  @Test
  void write_arrayFormOfOneValue_writesAOneElementArray() {
    Statement statement = Statement.allow("s3:GetObject")
        .actionForm(ValueForm.ARRAY)
        .addResource("arn:aws:s3:::b/*")
        .resourceForm(ValueForm.ARRAY)
        .principal(Principal.builder().addAws("123456789012").form(PrincipalType.AWS, ValueForm.ARRAY).build())
        .addCondition(Condition.builder()
            .operator(ConditionOperator.STRING_EQUALS)
            .key("aws:SourceVpc")
            .addValues("vpc-1")
            .form(ValueForm.ARRAY)
            .build())
        .build();

    assertThat(PolicyWriter.compact().write(PolicyDocument.of(statement))).isEqualTo(PolicyReaderTest.json(
        "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':{'AWS':['123456789012']},"
            + "'Action':['s3:GetObject'],'Resource':['arn:aws:s3:::b/*'],"
            + "'Condition':{'StringEquals':{'aws:SourceVpc':['vpc-1']}}}]}"));
  }

  @Test
  void write_scalarStatementForm_writesOneStatementAsABareObject() {
    PolicyDocument document = PolicyDocument.builder()
        .addStatement(Statement.allow("*").build())
        .statementForm(ValueForm.SCALAR_IF_SINGLE)
        .build();

    assertThat(PolicyWriter.compact().write(document))
        .isEqualTo(PolicyReaderTest.json("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*'}}"));
    assertThat(PolicyWriter.compact().write(document.withStatement(Statement.deny("s3:*").build())))
        .as("two statements are always an array")
        .isEqualTo(PolicyReaderTest.json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'*'},"
            + "{'Effect':'Deny','Action':'s3:*'}]}"));
  }

  @Test
  void write_literalForms_writeNumbersAndBooleansUnquoted() {
    Statement statement = Statement.allow("s3:ListBucket")
        .principal(Principal.builder()
            .addAws("123456789012", "arn:aws:iam::111122223333:root")
            .form(PrincipalType.AWS, ValueForm.of(false, List.of(Literal.NUMBER)))
            .build())
        .addCondition(Condition.builder()
            .operator(ConditionOperator.parse("NumericLessThanEquals"))
            .key("s3:max-keys")
            .addValues("1.50", "-2e-3", "10")
            .form(ValueForm.of(false, List.of(Literal.NUMBER, Literal.NUMBER)))
            .build())
        .build();

    assertThat(PolicyWriter.compact().write(PolicyDocument.of(statement))).isEqualTo(PolicyReaderTest.json(
        "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':{'AWS':[123456789012,"
            + "'arn:aws:iam::111122223333:root']},'Action':'s3:ListBucket',"
            + "'Condition':{'NumericLessThanEquals':{'s3:max-keys':[1.50,-2e-3,'10']}}}]}"));
  }

  @Test
  void numberFormOnAValueThatIsNoNumber_isRefusedSoTheWriterNeverPrintsInvalidJson() {
    Condition.Builder condition = Condition.builder()
        .operator(ConditionOperator.STRING_EQUALS)
        .key("aws:SourceAccount")
        .addValues("abc")
        .form(ValueForm.of(false, List.of(Literal.NUMBER)));

    assertThatThrownBy(condition::build)
        .isInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.values must be a JSON number to be written as one: \"abc\"");
  }

  @Test
  void booleanFormOnAValueThatIsNoBoolean_isRefusedSoTheWriterNeverChangesIt() {
    Condition.Builder condition = Condition.builder()
        .operator(ConditionOperator.BOOL)
        .key("aws:SecureTransport")
        .addValues("True")
        .form(ValueForm.of(false, List.of(Literal.BOOLEAN)));

    assertThatThrownBy(condition::build)
        .isInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.values must be true or false to be written as a JSON boolean: \"True\"");
  }

  @Test
  void booleanFormOnAPrincipal_isRefusedAsTheReaderWouldRefuseIt() {
    Principal.Builder principal = Principal.builder()
        .addAws("true")
        .form(PrincipalType.AWS, ValueForm.of(false, List.of(Literal.BOOLEAN)));

    assertThatThrownBy(principal::build)
        .isInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Principal cannot be written as a JSON boolean: \"true\"");
  }

  @Test
  void write_specialCharacters_areEscapedAsJsonRequires() {
    PolicyDocument document = PolicyDocument.of(Statement.allow("*")
        .addCondition(Condition.stringLike("aws:userid", "a\"b\\c\nd\u0001/é"))
        .build());

    assertThat(PolicyWriter.compact().write(document)).isEqualTo(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Condition\":"
            + "{\"StringLike\":{\"aws:userid\":\"a\\\"b\\\\c\\nd\\u0001/é\"}}}]}");
  }

  /**
   * {@code write} goes through UTF-8 and decodes; over several of the generator's buffers, with non-ASCII text and a
   * lone surrogate (which UTF-8 cannot hold), it must give the text that the char-based writer gives.
   */
  @Test
  void write_nonAsciiOverManyBuffers_givesTheTextOfTheWriterPath() {
    for (String value : List.of("plain", "\u00e9t\u00e9", "\uD83D\uDE00", "\uD800", "a\\uD800")) {
      PolicyDocument.Builder builder = PolicyDocument.builder();
      for (int i = 0; i < 300; i++) {
        builder.addStatement(Statement.allow("s3:GetObject")
            .sid("S" + i)
            .addResource("arn:aws:s3:::bucket/" + value + i)
            .addCondition(ConditionOperator.STRING_EQUALS, "aws:userid", value + i)
            .build());
      }
      PolicyDocument document = builder.build();

      for (PolicyWriter writer : List.of(PolicyWriter.compact(), PolicyWriter.pretty())) {
        StringWriter chars = new StringWriter();
        writer.write(document, chars);
        assertThat(writer.write(document)).isEqualTo(chars.toString()).hasSizeGreaterThan(20_000);
      }
    }
  }

  @Test
  void toString_namesTheWriter() {
    assertThat(PolicyWriter.pretty()).hasToString("PolicyWriter.pretty()");
    assertThat(PolicyWriter.compact()).hasToString("PolicyWriter.compact()");
  }

  static final class ClosingTrackingWriter extends StringWriter {
    boolean closed;

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  static final class ClosingTrackingOutputStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  void write_toOutputStream_isFlushed() {
    boolean[] flushed = new boolean[1];
    OutputStream out = new ByteArrayOutputStream() {
      @Override
      public void flush() {
        flushed[0] = true;
      }
    };

    PolicyWriter.pretty().write(DOCUMENT, out);

    assertThat(flushed[0]).isTrue();
  }
}
