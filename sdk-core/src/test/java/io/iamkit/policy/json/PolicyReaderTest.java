package io.iamkit.policy.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.iamkit.policy.Action;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Effect;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import io.iamkit.policy.PolicyVersion;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyReaderTest {
  /** The Databricks cross-account trust policy, as the Databricks documentation prints it (Action before Principal). */
  private static final String TRUST = json(
      "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'sts:AssumeRole',"
          + "'Principal':{'AWS':'414351767826'},'Condition':{'StringEquals':{'sts:ExternalId':'YOUR_EXTERNAL_ID'}}}]}");

  private static final PolicyDocument TRUST_MODEL =
      PolicyDocument.of(Statement.allowAssumeRoleBy(Principal.aws("414351767826"), ExternalId.of("YOUR_EXTERNAL_ID")));

  /** Compact JSON written with single quotes for readability. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** A 2012-10-17 document holding the statement {@code body}; the statement starts at column 38. */
  static String statement(String body) {
    return json("{'Version':'2012-10-17','Statement':[" + body + "]}");
  }

  static PolicyParseException refusal(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(PolicyParseException.class);
    return (PolicyParseException) thrown;
  }

  /** Asserts that the strict and the lenient reader refuse {@code json} with exactly this reason and location. */
  static void assertRefused(String json, String reason, String pointer, int line, int column) {
    for (PolicyReader reader : List.of(PolicyReader.strict(), PolicyReader.lenient())) {
      PolicyParseException e = refusal(() -> reader.read(json));
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.pointer()).isEqualTo(pointer);
      assertThat(e.line()).isEqualTo(line);
      assertThat(e.column()).isEqualTo(column);
      assertThat(e).hasMessage(
          reason + " at " + (pointer.isEmpty() ? "/" : pointer) + " (line " + line + ", column " + column + ")");
    }
  }

  static void assertRoundTrips(String compactJson) {
    PolicyDocument document = PolicyReader.strict().read(compactJson);
    assertThat(PolicyWriter.compact().write(document)).isEqualTo(compactJson);
  }

  // --- every input type

  @Test
  void read_fromString_givesTheDocumentAndWritesItBackUnchanged() {
    PolicyDocument document = PolicyReader.strict().read(TRUST);

    assertThat(document).isEqualTo(TRUST_MODEL);
    assertThat(PolicyWriter.compact().write(document)).isEqualTo(TRUST);
  }

  @Test
  void read_fromUtf8Bytes_decodesNonAsciiText() {
    String text = json("{'Id':'Zugriff für Ärzte ✓ \uD83D\uDE00','Statement':{'Effect':'Allow','Action':'*'}}");

    PolicyDocument document = PolicyReader.strict().read(text.getBytes(UTF_8));

    assertThat(document.id()).contains("Zugriff für Ärzte ✓ \uD83D\uDE00");
    assertThat(PolicyWriter.compact().write(document)).isEqualTo(text);
  }

  @Test
  void read_fromReader_readsToTheEndWithoutClosingIt() {
    TrackingReader input = new TrackingReader(TRUST);

    PolicyDocument document = PolicyReader.strict().read(input);

    assertThat(document).isEqualTo(TRUST_MODEL);
    assertThat(input.closed).isFalse();
  }

  @Test
  void read_fromInputStream_readsUtf8ToTheEndWithoutClosingIt() {
    String text = json("{'Id':'Zugriff für Ärzte','Statement':{'Effect':'Allow','Action':'*'}}");
    TrackingInputStream input = new TrackingInputStream(text.getBytes(UTF_8));

    PolicyDocument document = PolicyReader.strict().read(input);

    assertThat(document.id()).contains("Zugriff für Ärzte");
    assertThat(input.closed).isFalse();
    assertThat(input.available()).isZero();
  }

  @Test
  void readWithWarnings_fromEveryInputType_reportsTheSameWarnings() {
    String text = statement("{'Effect':'Allow','Action':'*','Note':'x'}");
    PolicyReader lenient = PolicyReader.lenient();

    List<List<ParseWarning>> warnings = List.of(
        lenient.readWithWarnings(text).warnings(),
        lenient.readWithWarnings(text.getBytes(UTF_8)).warnings(),
        lenient.readWithWarnings(new StringReader(text)).warnings(),
        lenient.readWithWarnings(new ByteArrayInputStream(text.getBytes(UTF_8))).warnings());

    assertThat(warnings).extracting(Object::toString)
        .containsOnly("[Unknown key \"Note\" at /Statement/0 (line 1, column 69)]");
  }

  // --- strict and lenient

  @Test
  void strict_unknownStatementKey_refusesItAtTheKeyNamingTheStatement() {
    // The typo "Actions" must never become a statement without actions.
    String json = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Actions": "s3:GetObject",
              "Resource": "*"
            }
          ]
        }""";

    PolicyParseException e = refusal(() -> PolicyReader.strict().read(json));

    assertThat(e).hasMessage("Unknown key \"Actions\" at /Statement/0 (line 6, column 7)");
    assertThat(e.reason()).isEqualTo("Unknown key \"Actions\"");
    assertThat(e.pointer()).isEqualTo("/Statement/0");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(7);
  }

  @Test
  void strict_unknownDocumentKey_refusesItAtTheRoot() {
    String json = json("{'Version':'2012-10-17','Statment':[],'Statement':{'Effect':'Allow','Action':'*'}}");

    assertThat(refusal(() -> PolicyReader.strict().read(json)))
        .hasMessage("Unknown key \"Statment\" at / (line 1, column 25)");
  }

  @Test
  void strict_unknownKeyInAStatementWrittenAsObject_namesTheStatementElement() {
    String json = json("{'Statement':{'Effect':'Allow','Action':'*','Conditions':{}}}");

    assertThat(refusal(() -> PolicyReader.strict().read(json)))
        .hasMessage("Unknown key \"Conditions\" at /Statement (line 1, column 45)");
  }

  @Test
  void strict_readWithWarnings_hasNoWarnings() {
    assertThat(PolicyReader.strict().readWithWarnings(TRUST).warnings()).isEmpty();
    assertThat(PolicyReader.strict().isLenient()).isFalse();
    assertThat(PolicyReader.lenient().isLenient()).isTrue();
  }

  @Test
  void lenient_unknownKeys_keepsReportsAndWritesThemBackInPlace() {
    String json = """
        {
          "Version": "2012-10-17",
          "Comment": "kept by a lenient reader",
          "Statement": [
            {
              "Sid": "ReadObjects",
              "Effect": "Allow",
              "Action": "s3:GetObject",
              "Owner": {
                "team": "data",
                "tags": [
                  1.50,
                  1e3,
                  -0,
                  true,
                  null
                ],
                "empty": {}
              },
              "Resource": "arn:aws:s3:::my-bucket/*"
            }
          ]
        }""";

    ReadResult result = PolicyReader.lenient().readWithWarnings(json);

    assertThat(result.warnings()).extracting(ParseWarning::toString).containsExactly(
        "Unknown key \"Comment\" at / (line 3, column 3)",
        "Unknown key \"Owner\" at /Statement/0 (line 9, column 7)");
    ParseWarning owner = result.warnings().get(1);
    assertThat(List.of(owner.reason(), owner.pointer(), owner.line(), owner.column()))
        .containsExactly("Unknown key \"Owner\"", "/Statement/0", 9, 7);
    PolicyDocument document = result.document();
    assertThat(document.extensions()).containsExactly(Map.entry("Comment", "\"kept by a lenient reader\""));
    assertThat(document.statements().get(0).extensions())
        .containsExactly(Map.entry("Owner", "{\"team\":\"data\",\"tags\":[1.50,1e3,-0,true,null],\"empty\":{}}"));
    assertThat(PolicyWriter.pretty().write(document)).isEqualTo(json);
  }

  @Test
  void lenient_unknownKeys_compactRoundTripGivesTheSameJson() {
    String json = json("{'x-owner':'data','Version':'2012-10-17','Statement':[{'Effect':'Allow','Zed':null,"
        + "'Action':'*','Resource':'*','Tags':[{'k':'v'}]}],'Trailer':[]}");

    PolicyDocument document = PolicyReader.lenient().read(json);

    assertThat(PolicyWriter.compact().write(document)).isEqualTo(json);
  }

  @Test
  void lenient_documentWithUnknownKeys_equalsTheDocumentWithout() {
    // Unknown members are kept for output only; they are not part of equality.
    PolicyDocument lenient = PolicyReader.lenient().read(
        json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'sts:AssumeRole','Note':'x',"
            + "'Principal':{'AWS':'414351767826'},"
            + "'Condition':{'StringEquals':{'sts:ExternalId':'YOUR_EXTERNAL_ID'}}}]}"));

    assertThat(lenient).isEqualTo(TRUST_MODEL);
  }

  @Test
  void lenient_typoActions_stillRefusesAStatementWithoutAction() {
    // Keeping "Actions" must not turn the statement into one that IAM reads as having no action.
    String json = statement("{'Effect':'Allow','Actions':'s3:GetObject','Resource':'*'}");

    PolicyParseException e = refusal(() -> PolicyReader.lenient().read(json));

    assertThat(e).hasMessage("Statement.Action or NotAction is required at /Statement/0 (line 1, column 38)");
    assertThat(e.getCause()).isInstanceOf(PolicyValidationException.class);
  }

  // --- wrong JSON types, empty values, duplicates, structure

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        arguments("Effect as a number", statement("{'Effect':5,'Action':'*'}"),
            "\"Effect\" must be a string, found a number", "/Statement/0/Effect", 1, 48),
        arguments("Action as an object", statement("{'Effect':'Allow','Action':{}}"),
            "\"Action\" must be a string or an array of strings, found an object", "/Statement/0/Action", 1, 65),
        arguments("an Action entry as a number", statement("{'Effect':'Allow','Action':['s3:GetObject',5]}"),
            "An entry of \"Action\" must be a string, found a number", "/Statement/0/Action/1", 1, 81),
        arguments("Resource as a boolean", statement("{'Effect':'Allow','Action':'*','Resource':true}"),
            "\"Resource\" must be a string or an array of strings, found a boolean", "/Statement/0/Resource", 1, 80),
        arguments("Principal as an ARN string",
            statement("{'Effect':'Allow','Principal':'arn:aws:iam::123456789012:root','Action':'*'}"),
            "A principal given as a string must be \"*\"; use an object such as {\"AWS\": \"...\"}",
            "/Statement/0/Principal", 1, 68),
        arguments("Principal as an array", statement("{'Effect':'Allow','Principal':['*'],'Action':'*'}"),
            "A principal must be \"*\" or an object, found an array", "/Statement/0/Principal", 1, 68),
        arguments("a principal ID as a boolean", statement("{'Effect':'Allow','Principal':{'AWS':true},'Action':'*'}"),
            "A value of \"AWS\" must be a string, found a boolean", "/Statement/0/Principal/AWS", 1, 75),
        arguments("a Condition value of null",
            statement("{'Effect':'Allow','Action':'*','Condition':{'StringEquals':{'aws:SourceAccount':null}}}"),
            "A value of \"aws:SourceAccount\" must be a string, number or boolean, found null",
            "/Statement/0/Condition/StringEquals/aws:SourceAccount", 1, 118),
        arguments("a Condition value as an object",
            statement("{'Effect':'Allow','Action':'*','Condition':{'StringEquals':{'aws:SourceAccount':{}}}}"),
            "A value of \"aws:SourceAccount\" must be a string, number or boolean, found an object",
            "/Statement/0/Condition/StringEquals/aws:SourceAccount", 1, 118),
        arguments("Condition as an array", statement("{'Effect':'Allow','Action':'*','Condition':[]}"),
            "\"Condition\" must be an object, found an array", "/Statement/0/Condition", 1, 81),
        arguments("an operator mapping to a string",
            statement("{'Effect':'Allow','Action':'*','Condition':{'Bool':'true'}}"),
            "A condition operator must map to an object of keys, found a string", "/Statement/0/Condition/Bool", 1, 89),
        arguments("Statement as a string", json("{'Version':'2012-10-17','Statement':'x'}"),
            "\"Statement\" must be an object or an array of objects, found a string", "/Statement", 1, 37),
        arguments("a statement as a number", json("{'Version':'2012-10-17','Statement':[5]}"),
            "A statement must be a JSON object, found a number", "/Statement/0", 1, 38),
        arguments("Version as a number", json("{'Version':2012,'Statement':{'Effect':'Allow','Action':'*'}}"),
            "\"Version\" must be a string, found a number", "/Version", 1, 12),
        arguments("Sid as null", statement("{'Sid':null,'Effect':'Allow','Action':'*'}"),
            "\"Sid\" must be a string, found null", "/Statement/0/Sid", 1, 45));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongTypes")
  void read_valueOfTheWrongJsonType_isRefusedWithPointerAndPosition(
      String name, String json, String reason, String pointer, int line, int column) {
    assertRefused(json, reason, pointer, line, column);
  }

  static Stream<Arguments> emptyValues() {
    return Stream.of(
        arguments("Statement []", json("{'Version':'2012-10-17','Statement':[]}"),
            "PolicyDocument.Statement must hold at least one statement", "", 1, 1),
        arguments("Action []", statement("{'Effect':'Allow','Action':[]}"),
            "\"Action\" must not be an empty array", "/Statement/0/Action", 1, 66),
        arguments("NotResource []", statement("{'Effect':'Allow','Action':'*','NotResource':[]}"),
            "\"NotResource\" must not be an empty array", "/Statement/0/NotResource", 1, 84),
        arguments("Principal {}", statement("{'Effect':'Allow','Principal':{},'Action':'*'}"),
            "A principal object must name at least one principal", "/Statement/0/Principal", 1, 69),
        arguments("Principal AWS []", statement("{'Effect':'Allow','Principal':{'AWS':[]},'Action':'*'}"),
            "\"AWS\" must not be an empty array", "/Statement/0/Principal/AWS", 1, 76),
        arguments("Condition {}", statement("{'Effect':'Allow','Action':'*','Condition':{}}"),
            "\"Condition\" must not be an empty object", "/Statement/0/Condition", 1, 82),
        arguments("an operator {}", statement("{'Effect':'Allow','Action':'*','Condition':{'StringEquals':{}}}"),
            "Condition operator \"StringEquals\" must hold at least one key", "/Statement/0/Condition/StringEquals",
            1, 98),
        arguments("condition values []",
            statement("{'Effect':'Allow','Action':'*','Condition':{'StringEquals':{'aws:SourceAccount':[]}}}"),
            "\"aws:SourceAccount\" must not be an empty array",
            "/Statement/0/Condition/StringEquals/aws:SourceAccount", 1, 119));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyValues")
  void read_emptyArrayOrObject_isRefusedAtItsClosingBracket(
      String name, String json, String reason, String pointer, int line, int column) {
    assertRefused(json, reason, pointer, line, column);
  }

  static Stream<Arguments> duplicateKeys() {
    return Stream.of(
        arguments("Effect", statement("{'Effect':'Allow','Effect':'Deny','Action':'*'}"),
            "Duplicate key \"Effect\"", "/Statement/0/Effect", 1, 56),
        arguments("Version", json("{'Version':'2012-10-17','Version':'2008-10-17','Statement':[]}"),
            "Duplicate key \"Version\"", "/Version", 1, 25),
        arguments("a principal type",
            statement("{'Effect':'Allow','Principal':{'AWS':'*','AWS':'414351767826'},'Action':'*'}"),
            "Duplicate key \"AWS\"", "/Statement/0/Principal/AWS", 1, 79),
        arguments("an operator",
            statement("{'Effect':'Allow','Action':'*','Condition':{'Bool':{'a:b':'x'},'Bool':{'a:c':'y'}}}"),
            "Duplicate key \"Bool\"", "/Statement/0/Condition/Bool", 1, 101),
        arguments("a condition key",
            statement("{'Effect':'Allow','Action':'*','Condition':{'StringEquals':{'a:b':'x','a:b':'y'}}}"),
            "Statement.Condition has the key a:b twice under StringEquals", "/Statement/0", 1, 38));
  }

  @ParameterizedTest(name = "duplicate {0}")
  @MethodSource("duplicateKeys")
  void read_duplicateKey_isRefused(String name, String json, String reason, String pointer, int line, int column) {
    // A duplicate key would make one of the two values silently win.
    assertRefused(json, reason, pointer, line, column);
  }

  @Test
  void lenient_duplicateUnknownKey_isRefusedAtTheSecondOne() {
    assertThat(refusal(() -> PolicyReader.lenient().read(statement("{'Effect':'Allow','Action':'*','X':1,'X':2}"))))
        .hasMessage("Duplicate key \"X\" at /Statement/0 (line 1, column 75)");
    assertThat(refusal(() -> PolicyReader.lenient().read(
            json("{'X':1,'Statement':{'Effect':'Allow','Action':'*'},'X':2}"))))
        .hasMessage("Duplicate key \"X\" at / (line 1, column 52)");
  }

  @Test
  void read_withoutStatement_isRefusedAtTheDocument() {
    assertRefused(json("{'Version':'2012-10-17','Id':'x'}"),
        "Missing key \"Statement\": a policy needs at least one statement", "", 1, 1);
  }

  @Test
  void read_topLevelArray_isRefused() {
    assertRefused(json("[{'Version':'2012-10-17'}]"),
        "A policy document must be a JSON object, found an array", "", 1, 1);
  }

  @Test
  void read_emptyInput_isRefusedAtTheEndOfInput() {
    assertRefused("", "Empty input: expected a policy document (a JSON object)", "", 1, 1);
    assertRefused("  \n\t ", "Empty input: expected a policy document (a JSON object)", "", 2, 3);
  }

  @Test
  void read_secondValueAfterTheDocument_isRefused() {
    assertRefused(json("{'Statement':{'Effect':'Allow','Action':'*'}} {}"),
        "Unexpected content after the policy document", "", 1, 47);
  }

  @Test
  void read_trailingGarbage_isRefusedAsInvalidJson() {
    assertRefused(json("{'Statement':{'Effect':'Allow','Action':'*'}}x"),
        "Invalid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', "
            + "'true' or 'false')", "", 1, 46);
  }

  @Test
  void read_unknownVersion_isRefused() {
    // IAM knows only the versions 2012-10-17 and 2008-10-17.
    assertRefused(json("{'Version':'2012-10-18','Statement':{'Effect':'Allow','Action':'*'}}"),
        "PolicyDocument.Version must be \"2012-10-17\" or \"2008-10-17\": \"2012-10-18\"", "/Version", 1, 12);
  }

  // --- values the model refuses

  @Test
  void read_actionWithoutAction_isRefused() {
    // An action is "service:action" or "*"; a bare service prefix is not one.
    assertRefused(statement("{'Effect':'Allow','Action':'s3'}"),
        "Statement.Action must be \"*\" or \"service:action\": \"s3\"", "/Statement/0/Action", 1, 65);
    assertRefused(statement("{'Effect':'Allow','Action':['s3:Get*','s3']}"),
        "Statement.Action must be \"*\" or \"service:action\": \"s3\"", "/Statement/0/Action/1", 1, 76);
  }

  @Test
  void read_resourceThatIsNoArn_isRefused() {
    assertRefused(statement("{'Effect':'Allow','Action':'*','Resource':'foo'}"),
        "Statement.Resource must be \"*\" or an ARN (arn:partition:service:region:account:resource): \"foo\"",
        "/Statement/0/Resource", 1, 80);
  }

  @Test
  void read_sidWithDash_isRefusedAtTheStatement() {
    // IAM: a Sid supports ASCII uppercase letters, lowercase letters and digits only.
    assertRefused(statement("{'Sid':'a-b','Effect':'Allow','Action':'*'}"),
        "Statement.Sid must be ASCII letters and digits: \"a-b\"", "/Statement/0", 1, 38);
  }

  @Test
  void read_sidWithSpaces_isKeptInAResourcePolicyStatementOnly() {
    // S3 bucket and KMS key policies allow spaces in a Sid; IAM does not.
    String bucketPolicy = statement("{'Sid':'Allow use of the key','Effect':'Allow','Principal':{'AWS':'123456789012'},"
        + "'Action':'kms:Decrypt','Resource':'*'}");

    assertRoundTrips(bucketPolicy);
    assertRefused(statement("{'Sid':'Allow use','Effect':'Allow','Action':'*'}"),
        "Statement.Sid must be ASCII letters and digits: \"Allow use\"", "/Statement/0", 1, 38);
    assertRefused(statement("{'Sid':'a-b','Effect':'Allow','Principal':'*','Action':'*'}"),
        "Statement.Sid must be ASCII letters, digits and spaces: \"a-b\"", "/Statement/0", 1, 38);
  }

  @Test
  void read_bothActionAndNotAction_isRefusedAtTheStatement() {
    assertRefused(statement("{'Sid':'Both','Effect':'Allow','Action':'*','NotAction':'s3:*'}"),
        "Statement.Action and NotAction must not both be present (Sid Both)", "/Statement/0", 1, 38);
  }

  @Test
  void read_statementWithoutEffect_isRefusedAtTheStatement() {
    assertRefused(statement("{'Action':'*'}"), "Statement.Effect is required", "/Statement/0", 1, 38);
  }

  @Test
  void read_lowerCaseEffect_isRefused() {
    // IAM reads Effect case-sensitively.
    assertRefused(statement("{'Effect':'allow','Action':'*'}"),
        "Statement.Effect must be \"Allow\" or \"Deny\": \"allow\"", "/Statement/0/Effect", 1, 48);
  }

  @Test
  void read_conditionOperatorInTheWrongCase_isRefusedWithASuggestion() {
    assertRefused(statement("{'Effect':'Allow','Action':'*','Condition':{'stringEquals':{'a:b':'x'}}}"),
        "Condition.operator is not a condition operator (names are case-sensitive; did you mean StringEquals?): "
            + "\"stringEquals\"", "/Statement/0/Condition/stringEquals", 1, 82);
  }

  @Test
  void read_duplicateSids_isRefusedAtTheDocument() {
    assertRefused(statement("{'Sid':'A','Effect':'Allow','Action':'*'},{'Sid':'A','Effect':'Deny','Action':'*'}"),
        "PolicyDocument.Sid must be unique within a policy: \"A\"", "", 1, 1);
  }

  // --- URL-encoded documents as IAM's GetRole, GetRolePolicy and GetPolicyVersion return them

  /** Percent-encodes every UTF-8 byte but RFC 3986's unreserved characters, as IAM does. */
  static String percentEncode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return encoded.toString();
  }

  private static final String TRUST_WITH_PLUS = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": {
              "AWS": "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL"
            },
            "Action": "sts:AssumeRole",
            "Condition": {
              "StringEquals": {
                "sts:ExternalId": "a1b2+c3d4=/é"
              }
            }
          }
        ]
      }""";

  @Test
  void read_urlEncodedPolicyWithLeadingWhitespace_decodesItAndKeepsThePlus() {
    String encoded = "\n  " + percentEncode(TRUST_WITH_PLUS);
    assertThat(encoded).contains("%2B").doesNotContain("+");

    PolicyDocument document = PolicyReader.strict().read(encoded);

    assertThat(document.statements().get(0).conditions())
        .containsExactly(Condition.stringEquals("sts:ExternalId", "a1b2+c3d4=/é"));
    assertThat(PolicyWriter.pretty().write(document)).isEqualTo(TRUST_WITH_PLUS);
  }

  @Test
  void read_urlEncodedPolicyWithARawPlus_keepsItAPlusNotASpace() {
    // RFC 3986 does not make "+" a space (HTML forms do); an encoder may leave it as it is.
    String encoded = percentEncode(TRUST_WITH_PLUS).replace("%2B", "+");

    PolicyDocument document = PolicyReader.strict().read(encoded);

    assertThat(PolicyWriter.pretty().write(document)).isEqualTo(TRUST_WITH_PLUS);
  }

  @Test
  void read_urlEncodedBytesAndStream_areDecodedToo() {
    byte[] encoded = (" " + percentEncode(TRUST_WITH_PLUS)).getBytes(UTF_8);

    assertThat(PolicyWriter.pretty().write(PolicyReader.strict().read(encoded))).isEqualTo(TRUST_WITH_PLUS);
    assertThat(PolicyWriter.pretty().write(PolicyReader.strict().read(new ByteArrayInputStream(encoded))))
        .isEqualTo(TRUST_WITH_PLUS);
  }

  @Test
  void read_urlEncodedInvalidJson_givesThePositionInTheDecodedDocument() {
    String encoded = percentEncode("{\n  \"Statement\": x\n}");

    assertRefused(encoded,
        "Invalid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', "
            + "'true' or 'false')", "/Statement", 2, 16);
  }

  @Test
  void read_malformedPercentEncoding_isRefused() {
    for (String malformed : List.of("%7B%22Statement%22%3A%2", "%7B%zz%7D", "%7B%2G")) {
      PolicyParseException e = refusal(() -> PolicyReader.strict().read(malformed));

      // The rest of the reason is the JDK's URLDecoder message.
      assertThat(e.reason()).as(malformed).startsWith("Invalid URL-encoded policy: URLDecoder: ");
      assertThat(List.of(e.pointer(), e.line(), e.column())).containsExactly("", 0, 0);
      assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
    }
  }

  // --- lossless details

  @Test
  void read_principalStarAndAwsStar_roundTripAndAreEqual() {
    // AWS documents "Principal": "*" and {"AWS": "*"} as the same principal.
    String star = statement("{'Effect':'Allow','Principal':'*','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*'}");
    String awsStar =
        statement("{'Effect':'Allow','Principal':{'AWS':'*'},'Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*'}");

    assertRoundTrips(star);
    assertRoundTrips(awsStar);
    PolicyDocument starDocument = PolicyReader.strict().read(star);
    PolicyDocument awsStarDocument = PolicyReader.strict().read(awsStar);
    assertThat(starDocument).isEqualTo(awsStarDocument);
    assertThat(starDocument.statements().get(0).principal()).get().isEqualTo(Principal.ALL);
    assertThat(starDocument.statements().get(0).principal().get().writtenAsStar()).isTrue();
    assertThat(awsStarDocument.statements().get(0).principal().get().writtenAsStar()).isFalse();
  }

  @Test
  void read_unquotedAccountNumber_roundTripsAsANumber() {
    String number = statement("{'Effect':'Allow','Principal':{'AWS':123456789012},'Action':'sts:AssumeRole'}");
    String quoted = statement("{'Effect':'Allow','Principal':{'AWS':'123456789012'},'Action':'sts:AssumeRole'}");

    assertRoundTrips(number);
    Principal principal = PolicyReader.strict().read(number).statements().get(0).principal().get();
    assertThat(principal.aws()).containsExactly("123456789012");
    assertThat(principal.form(PrincipalType.AWS).literal(0)).isEqualTo(ValueForm.Literal.NUMBER);
    assertThat(PolicyReader.strict().read(number)).isEqualTo(PolicyReader.strict().read(quoted));
  }

  @Test
  void read_booleanConditionValue_staysABoolean() {
    String json = statement(
        "{'Effect':'Deny','Action':'s3:*','Resource':'*','Condition':{'Bool':{'aws:SecureTransport':false}}}");

    assertRoundTrips(json);
    Condition condition = PolicyReader.strict().read(json).statements().get(0).conditions().get(0);
    assertThat(condition.values()).containsExactly("false");
    assertThat(condition.form().literal(0)).isEqualTo(ValueForm.Literal.BOOLEAN);
    assertThat(condition).isEqualTo(Condition.bool("aws:SecureTransport", false));
  }

  @Test
  void read_numbersInNumericConditions_stayNumbersAsWritten() {
    String json = statement("{'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{"
        + "'NumericLessThan':{'s3:max-keys':[10,1.50,'7',1e3]},"
        + "'NumericGreaterThanEquals':{'aws:MultiFactorAuthAge':1.50}}}");

    assertRoundTrips(json);
    List<Condition> conditions = PolicyReader.strict().read(json).statements().get(0).conditions();
    assertThat(conditions.get(0).values()).containsExactly("10", "1.50", "7", "1e3");
    assertThat(conditions.get(0).form()).hasToString("ARRAY[NUMBER, NUMBER, STRING, NUMBER]");
    assertThat(conditions.get(1).values()).containsExactly("1.50");
  }

  @Test
  void read_statementAsObjectOrArray_roundTripsAndIsEqual() {
    String object = json("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}");
    String array = json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'*','Resource':'*'}]}");

    assertRoundTrips(object);
    assertRoundTrips(array);
    assertThat(PolicyReader.strict().read(object).statementForm()).isEqualTo(ValueForm.SCALAR_IF_SINGLE);
    assertThat(PolicyReader.strict().read(array).statementForm()).isEqualTo(ValueForm.ARRAY);
    assertThat(PolicyReader.strict().read(object)).isEqualTo(PolicyReader.strict().read(array));
  }

  @Test
  void read_keyOrderInsideCondition_isKept() {
    String json = statement("{'Effect':'Allow','Action':'s3:GetObject','Resource':'*','Condition':{"
        + "'StringLike':{'s3:prefix':'home/*','aws:PrincipalArn':'arn:aws:iam::*:role/x'},"
        + "'Bool':{'aws:SecureTransport':'true'},'ArnEquals':{'aws:SourceArn':'arn:aws:s3:::b'}}}");

    assertRoundTrips(json);
    assertThat(PolicyReader.strict().read(json).statements().get(0).conditions())
        .extracting(c -> c.operator() + " " + c.key())
        .containsExactly(
            "StringLike s3:prefix",
            "StringLike aws:PrincipalArn",
            "Bool aws:SecureTransport",
            "ArnEquals aws:SourceArn");
  }

  @Test
  void read_keyOrderInsideStatementAndDocument_isKept() {
    String json = json("{'Statement':[{'Resource':['arn:aws:s3:::b'],'Action':['s3:ListBucket'],'Effect':'Allow',"
        + "'Sid':'List'}],'Id':'Bucket','Version':'2012-10-17'}");

    assertRoundTrips(json);
    PolicyDocument document = PolicyReader.strict().read(json);
    assertThat(document.keyOrder()).containsExactly("Statement", "Id", "Version");
    assertThat(document.statements().get(0).keyOrder()).containsExactly("Resource", "Action", "Effect", "Sid");
  }

  @Test
  void read_canonicalKeyOrder_recordsNoOrder() {
    assertThat(PolicyReader.strict().read(statement("{'Sid':'A','Effect':'Allow','Action':'*'}")).keyOrder())
        .isEmpty();
    assertThat(PolicyReader.strict().read(statement("{'Sid':'A','Effect':'Allow','Action':'*'}"))
        .statements().get(0).keyOrder()).isEmpty();
  }

  @Test
  void read_withoutVersion_isVersion2008AndIsWrittenBackWithoutOne() {
    // IAM reads a policy without Version as 2008-10-17.
    String json = json("{'Statement':[{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}]}");

    PolicyDocument document = PolicyReader.strict().read(json);

    assertThat(document.version()).isEqualTo(PolicyVersion.V2008_10_17);
    assertThat(document.omitVersion()).isTrue();
    assertThat(PolicyWriter.compact().write(document)).isEqualTo(json);
    assertThat(document).isEqualTo(PolicyDocument.builder()
        .version(PolicyVersion.V2008_10_17)
        .addStatement(Statement.allow("s3:GetObject").addResource("*").build())
        .build());
  }

  @Test
  void read_explicitVersion2008_isWrittenBackWithIt() {
    assertRoundTrips(json("{'Version':'2008-10-17','Statement':[{'Effect':'Allow','Action':'*'}]}"));
  }

  @Test
  void read_id_isKept() {
    String json = json("{'Version':'2012-10-17','Id':'S3-Policy_Id.1 with spaces','Statement':[{'Effect':'Deny',"
        + "'Principal':'*','Action':'s3:*','Resource':'arn:aws:s3:::b/*'}]}");

    assertRoundTrips(json);
    assertThat(PolicyReader.strict().read(json).id()).contains("S3-Policy_Id.1 with spaces");
  }

  @Test
  void read_everyElement_buildsTheModel() {
    String json = statement("{'Sid':'Everything','Effect':'Deny',"
        + "'NotPrincipal':{'AWS':['arn:aws:iam::111122223333:root',"
        + "'111122223333'],'Service':'ec2.amazonaws.com'},'NotAction':['iam:*','S3:Get*'],'NotResource':'*',"
        + "'Condition':{'ForAnyValue:StringLikeIfExists':{'aws:TagKeys':['a*','b?']}}}");

    Statement statement = PolicyReader.strict().read(json).statements().get(0);

    assertThat(statement).isEqualTo(Statement.builder()
        .sid("Everything")
        .effect(Effect.DENY)
        .notPrincipal(Principal.builder()
            .addService("ec2.amazonaws.com")
            .addAws("arn:aws:iam::111122223333:root", "111122223333")
            .build())
        .addNotAction(Action.of("iam:*"))
        .addNotAction(Action.of("s3:get*"))
        .addNotResource("*")
        .addCondition(
            Condition.of(ConditionOperator.parse("ForAnyValue:StringLikeIfExists"), "aws:TagKeys", "a*", "b?"))
        .build());
    assertRoundTrips(json);
  }

  static final class TrackingReader extends StringReader {
    boolean closed;

    TrackingReader(String text) {
      super(text);
    }

    @Override
    public void close() {
      closed = true;
      super.close();
    }
  }

  static final class TrackingInputStream extends ByteArrayInputStream {
    boolean closed;

    TrackingInputStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void lenient_statementWithTwentyUnknownMembers_keepsAndWritesThemAll() {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      members.append(",\"X").append(i).append("\":").append(i);
    }
    String input = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
        + "\"Resource\":\"*\"" + members + "}]}";

    ReadResult result = PolicyReader.lenient().readWithWarnings(input);

    assertThat(result.warnings()).hasSize(20);
    assertThat(PolicyWriter.compact().write(result.document())).isEqualTo(input);
  }

  /**
   * A statement the model refuses is reported at its opening brace, whatever the input: the reader takes that
   * position from Jackson's token counters, not from a JsonLocation, and the two must agree.
   */
  @Test
  void statementError_sameLineAndColumn_fromEveryKindOfInput() {
    String json = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", "
        + "\"Action\": \"*\", \"Resource\": \"*\"},\n\t\t{\"Effect\": \"Allow\"}\n  ]\n}";
    List<ThrowingCallable> reads = List.of(
        () -> PolicyReader.strict().read(json),
        () -> PolicyReader.strict().read(json.getBytes(UTF_8)),
        () -> PolicyReader.strict().read(new StringReader(json)),
        () -> PolicyReader.strict().read(new ByteArrayInputStream(json.getBytes(UTF_8))));
    for (ThrowingCallable read : reads) {
      PolicyParseException e = refusal(read);
      assertThat(List.of(e.reason(), e.pointer(), e.line(), e.column()))
          .containsExactly("Statement.Action or NotAction is required", "/Statement/1", 5, 3);
    }
  }

  /**
   * Each thread keeps its idle parser for the next document; it must not keep the last input or document alive.
   * Collected within a few GCs; the JVM may ignore System.gc(), which would fail this test, not pass it wrongly.
   */
  @Test
  void read_thenForget_theThreadKeepsNeitherTheInputNorTheDocument() throws InterruptedException {
    List<WeakReference<Object>> refs = readAndForget();
    for (int i = 0; i < 20 && refs.stream().anyMatch(r -> r.get() != null); i++) {
      System.gc();
      Thread.sleep(20);
    }

    assertThat(refs).allMatch(r -> r.get() == null, "collected");
  }

  private static List<WeakReference<Object>> readAndForget() {
    byte[] input = TRUST.getBytes(UTF_8);
    PolicyDocument document = PolicyReader.strict().read(input);
    return List.of(new WeakReference<>(input), new WeakReference<>(document));
  }
}
