package io.iamkit.policy.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.iamkit.policy.PolicyDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Input meant to hurt: it must end in a {@link PolicyParseException} (or a document), never in another exception,
 * a {@link StackOverflowError} or an {@link OutOfMemoryError}. {@link HostileInputProperties} feeds it random input.
 */
class HostileInputTest {
  /** A real policy: part of the Databricks cross-account policy for a customer-managed VPC. */
  static final String POLICY = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "InstancePoolsSupport",
            "Effect": "Allow",
            "Action": [
              "ec2:AssociateIamInstanceProfile",
              "ec2:DisassociateIamInstanceProfile",
              "ec2:ReplaceIamInstanceProfileAssociation"
            ],
            "Resource": "arn:aws:ec2:REGION:ACCOUNTID:instance/*",
            "Condition": {
              "StringEquals": {
                "ec2:ResourceTag/Vendor": "Databricks"
              }
            }
          },
          {
            "Sid": "AllowEc2RunInstanceOtherResources",
            "Effect": "Allow",
            "Action": "ec2:RunInstances",
            "NotResource": [
              "arn:aws:ec2:REGION:ACCOUNTID:image/*",
              "arn:aws:ec2:REGION:ACCOUNTID:network-interface/*",
              "arn:aws:ec2:REGION:ACCOUNTID:subnet/*"
            ]
          },
          {
            "Effect": "Allow",
            "Action": [
              "iam:CreateServiceLinkedRole",
              "iam:PutRolePolicy"
            ],
            "Resource": "arn:aws:iam::*:role/aws-service-role/spot.amazonaws.com/AWSServiceRoleForEC2Spot",
            "Condition": {
              "StringLike": {
                "iam:AWSServiceName": "spot.amazonaws.com"
              }
            }
          }
        ]
      }""";

  /** A compact policy with every kind of JSON literal the reader keeps: numbers, booleans, a bare principal. */
  static final String LITERALS = PolicyReaderTest.json("{'Version':'2012-10-17','Id':'x','Statement':{'Sid':'A',"
      + "'Effect':'Allow','Principal':{'AWS':[123456789012,'arn:aws:iam::111122223333:root'],"
      + "'Service':'s3.amazonaws.com'},"
      + "'Action':['s3:GetObject'],'Resource':'*','Condition':{'Bool':{'aws:SecureTransport':true},"
      + "'NumericLessThan':{'s3:max-keys':[10,1.50,-2e-3]},'StringEquals':{'aws:SourceAccount':'\\u0041\\n'}}}}");

  private static final List<PolicyReader> READERS = List.of(PolicyReader.strict(), PolicyReader.lenient());

  /**
   * Asserts that reading ends in a document or a PolicyParseException, and that a document it reads writes back
   * to text that reads back as an equal document.
   */
  static void assertReadsOrRefusesTyped(String text) {
    for (PolicyReader reader : READERS) {
      assertReadsOrRefusesTyped(reader, () -> reader.read(text));
    }
  }

  static void assertReadsOrRefusesTyped(byte[] bytes) {
    for (PolicyReader reader : READERS) {
      assertReadsOrRefusesTyped(reader, () -> reader.read(bytes));
    }
  }

  private static void assertReadsOrRefusesTyped(PolicyReader reader, Supplier<PolicyDocument> read) {
    PolicyDocument[] document = new PolicyDocument[1];
    Throwable thrown = catchThrowable(() -> document[0] = read.get());
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(PolicyParseException.class);
      return;
    }
    String compact = PolicyWriter.compact().write(document[0]);
    assertThat(reader.read(compact)).isEqualTo(document[0]);
    assertThat(reader.read(PolicyWriter.pretty().write(document[0]))).isEqualTo(document[0]);
    // Jackson's UTF-8 parser refuses a lone surrogate, escaped, in a key (though not in a value): such a document
    // reads from text only.
    if (isUnicodeText(compact)) {
      assertThat(reader.read(PolicyWriter.pretty().writeBytes(document[0]))).isEqualTo(document[0]);
    }
  }

  /** Whether {@code text} has no lone surrogate. */
  static boolean isUnicodeText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  static PolicyParseException refusal(ThrowingCallable read) {
    return PolicyReaderTest.refusal(read);
  }

  // --- nesting

  @Test
  void read_100000OpeningBrackets_isRefusedAsNoObject() {
    assertThat(refusal(() -> PolicyReader.strict().read("[".repeat(100_000))))
        .hasMessage("A policy document must be a JSON object, found an array at / (line 1, column 1)");
  }

  @Test
  void read_100000OpeningBracketsInAConditionValue_isRefusedWithoutDescending() {
    String json = PolicyReaderTest.statement(
        "{'Effect':'Allow','Action':'*','Condition':{'StringEquals':{'a:b':" + "[".repeat(100_000));

    assertThat(refusal(() -> PolicyReader.strict().read(json))).hasMessage(
        "A value of \"a:b\" must be a string, number or boolean, found an array at "
            + "/Statement/0/Condition/StringEquals/a:b/0 (line 1, column 105)");
  }

  @Test
  void lenient_100000NestedArraysInAnUnknownMember_stopsAtTheDepthLimit() {
    String json = PolicyReaderTest.json("{'Statement':{'Effect':'Allow','Action':'*','X':")
        + "[".repeat(100_000) + "]".repeat(100_000) + "}}";

    assertThat(refusal(() -> PolicyReader.lenient().read(json))).hasMessage(
        "Input over a read limit: Document nesting depth (33) exceeds the maximum allowed (32) at /Statement/X" + "/0".repeat(30));
  }

  @Test
  void lenient_100000NestedObjectsInAnUnknownMember_stopsAtTheDepthLimit() {
    String json = PolicyReaderTest.json("{'Statement':{'Effect':'Allow','Action':'*','X':")
        + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}}";

    assertThat(refusal(() -> PolicyReader.lenient().read(json))).hasMessage(
        "Input over a read limit: Document nesting depth (33) exceeds the maximum allowed (32) at /Statement/X" + "/a".repeat(30));
  }

  @Test
  void lenient_deepNestingWithAHugeCustomLimit_endsInATypedErrorNotAStackOverflow() {
    String json = PolicyReaderTest.json("{'Statement':{'Effect':'Allow','Action':'*','X':")
        + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
    PolicyReader reader = PolicyReader.lenient().withLimits(ReadLimits.defaults().withMaxNestingDepth(1_000_000));

    // Jackson's generator, which keeps the unknown member, stops at its own depth limit of 1,000.
    assertThat(refusal(() -> reader.read(json)).reason()).isEqualTo(
        "Input over a read limit: Document nesting depth (1001) exceeds the maximum allowed (1000)");
  }

  // --- size

  @Test
  void read_10MegabyteString_isRefusedByTheDocumentLimitForEveryInputType() {
    String json = PolicyReaderTest.json("{'Id':'") + "a".repeat(10 << 20) + PolicyReaderTest.json("'}");
    String message = "The document is longer than the limit of 1048576 characters at /";

    assertThat(refusal(() -> PolicyReader.strict().read(json))).hasMessage(message);
    assertThat(refusal(() -> PolicyReader.strict().read(json.getBytes(UTF_8)))).hasMessage(message);
    assertThat(refusal(() -> PolicyReader.strict().read(new StringReader(json)))).hasMessage(message);
    assertThat(refusal(() -> PolicyReader.strict().read(new ByteArrayInputStream(json.getBytes(UTF_8)))))
        .hasMessage(message);
  }

  @Test
  void read_10MegabyteStringWithinARaisedDocumentLimit_isRefusedByTheStringLimit() {
    String json = PolicyReaderTest.json("{'Id':'") + "a".repeat(10 << 20) + PolicyReaderTest.json("'}");
    PolicyReader reader = PolicyReader.strict().withLimits(ReadLimits.defaults().withMaxDocumentLength(16 << 20));

    PolicyParseException e = refusal(() -> reader.read(json));

    // Jackson checks the limit as its buffer grows, so the length it reports is the first one over the limit.
    assertThat(e.reason()).matches("Input over a read limit: String value length \\(\\d+\\) exceeds the maximum "
        + "allowed \\(65536\\)");
    assertThat(e.pointer()).isEqualTo("/Id");
  }

  @Test
  void read_2MegabyteDocument_isRefusedByTheDocumentLimitForEveryInputType() {
    StringBuilder statements = new StringBuilder();
    for (int i = 0; statements.length() < 2 << 20; i++) {
      statements.append(i == 0 ? "" : ",").append(PolicyReaderTest.json(
          "{'Sid':'S" + i + "','Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::bucket/" + i + "'}"));
    }
    String json = PolicyReaderTest.statement(statements.toString());
    byte[] bytes = json.getBytes(UTF_8);
    String message = "The document is longer than the limit of 1048576 characters at /";

    assertThat(refusal(() -> PolicyReader.strict().read(json))).hasMessage(message);
    assertThat(refusal(() -> PolicyReader.lenient().read(bytes))).hasMessage(message);
    assertThat(refusal(() -> PolicyReader.strict().read(new StringReader(json)))).hasMessage(message);
    assertThat(refusal(() -> PolicyReader.strict().read(new ByteArrayInputStream(bytes)))).hasMessage(message);
    assertThat(PolicyReader.strict().withLimits(ReadLimits.defaults().withMaxDocumentLength(4 << 20)).read(bytes)
        .statements()).hasSizeGreaterThan(10_000);
  }

  // --- truncation

  @Test
  void read_everyPrefixOfARealPolicy_isRefusedTyped() {
    assertThat(PolicyReader.strict().read(POLICY).statements()).hasSize(3);
    List<String> untyped = new ArrayList<>();
    for (int length = 0; length < POLICY.length(); length++) {
      String prefix = POLICY.substring(0, length);
      for (PolicyReader reader : READERS) {
        for (Function<String, ThrowingCallable> read : List.<Function<String, ThrowingCallable>>of(
            text -> () -> reader.read(text), text -> () -> reader.read(text.getBytes(UTF_8)))) {
          Throwable thrown = catchThrowable(read.apply(prefix));
          if (!(thrown instanceof PolicyParseException)) {
            untyped.add(length + ": " + thrown);
          }
        }
      }
    }
    assertThat(untyped).isEmpty();
  }

  @Test
  void read_truncatedInsideAString_reportsTheEndOfInput() {
    String prefix = POLICY.substring(0, POLICY.indexOf("InstancePools"));

    assertThat(refusal(() -> PolicyReader.strict().read(prefix))).hasMessage(
        "Invalid JSON: Unexpected end-of-input: was expecting closing quote for a string value at /Statement/0/Sid "
            + "(line 5, column 15)");
  }

  // --- NUL, invalid UTF-8, lone surrogates

  @Test
  void read_rawNulInAString_isRefused() {
    // JSON requires control characters inside strings to be escaped.
    String json = PolicyReaderTest.json("{'Id':'a\u0000b','Statement':{'Effect':'Allow','Action':'*'}}");

    assertThat(refusal(() -> PolicyReader.strict().read(json))).hasMessage("Invalid JSON: Illegal unquoted character "
        + "((CTRL-CHAR, code 0)): has to be escaped using backslash to be included in string value at /Id "
        + "(line 1, column 9)");
    assertThat(refusal(() -> PolicyReader.strict().read(json.getBytes(UTF_8)))).hasMessage("Invalid JSON: Illegal "
        + "unquoted character ((CTRL-CHAR, code 0)): has to be escaped using backslash to be included in string "
        + "value at /Id (line 1, column 9)");
  }

  @Test
  void read_rawNulBetweenTokens_isRefused() {
    String json = PolicyReaderTest.json("{'Statement':\u0000{'Effect':'Allow','Action':'*'}}");

    // Jackson reports the column after the offending character here.
    assertThat(refusal(() -> PolicyReader.strict().read(json))).hasMessage("Invalid JSON: Illegal character "
        + "((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is allowed between tokens at /Statement "
        + "(line 1, column 15)");
  }

  @Test
  void read_escapedNulInAnId_isKeptAndWrittenBackEscaped() {
    String json = PolicyReaderTest.json("{'Id':'a\\u0000b','Statement':{'Effect':'Allow','Action':'*'}}");

    PolicyDocument document = PolicyReader.strict().read(json);

    assertThat(document.id()).contains("a\u0000b");
    assertThat(PolicyWriter.compact().write(document)).isEqualTo(json);
  }

  @Test
  void read_escapedNulInAnAction_isRefusedQuotingItEscaped() {
    String json = PolicyReaderTest.statement("{'Effect':'Allow','Action':'s3:Get\\u0000Object'}");

    assertThat(refusal(() -> PolicyReader.strict().read(json))).hasMessage("Statement.Action may hold only letters, "
        + "digits, - _ . * ? and one \":\" (character 7): \"s3:Get\\u0000Object\" at /Statement/0/Action "
        + "(line 1, column 65)");
  }

  @Test
  void read_invalidUtf8StartByte_isRefused() {
    byte[] bytes = utf8WithIdBytes(0xff);

    // Jackson reports the column after the offending byte.
    assertThat(refusal(() -> PolicyReader.strict().read(bytes)))
        .hasMessage("Invalid JSON: Invalid UTF-8 start byte 0xff at /Id (line 1, column 9)");
  }

  @Test
  void read_truncatedUtf8Sequence_isRefused() {
    byte[] bytes = utf8WithIdBytes(0xc3);

    assertThat(refusal(() -> PolicyReader.strict().read(bytes)))
        .hasMessage("Invalid JSON: Invalid UTF-8 middle byte 0x22 at /Id (line 1, column 10)");
  }

  @Test
  void read_utf8EncodedSurrogate_isRefused() {
    // CESU-8: a surrogate code unit encoded on its own as three bytes is not UTF-8.
    byte[] bytes = utf8WithIdBytes(0xed, 0xa0, 0x80);

    assertThat(refusal(() -> PolicyReader.strict().read(bytes)))
        .hasMessage("Invalid JSON: Invalid UTF-8: Illegal surrogate character 0xd800 at /Id (line 1, column 11)");
  }

  @Test
  void read_overlongUtf8ForAWildcard_isRefusedNotDecodedToAStar() {
    // C0 AA is an overlong, invalid, encoding of "*": decoding it would turn s3:Get into the wildcard s3:Get*.
    String head = PolicyReaderTest.json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'s3:Get");
    byte[] bytes = concat(head.getBytes(UTF_8), new byte[] {(byte) 0xc0, (byte) 0xaa}, "\"}]}".getBytes(UTF_8));

    assertThat(refusal(() -> PolicyReader.strict().read(bytes))).hasMessage(
        "Invalid UTF-8: byte 0xc0 starts an overlong or out-of-range sequence at / (line 1, column 72)");
    assertThat(refusal(() -> PolicyReader.lenient().read(new ByteArrayInputStream(bytes))).reason())
        .isEqualTo("Invalid UTF-8: byte 0xc0 starts an overlong or out-of-range sequence");
  }

  @Test
  void read_overlongAndOutOfRangeUtf8_isRefusedOnItsLine() {
    int[][] refused = {
        {0xc1, 0xbf}, {0xe0, 0x80, 0xaa}, {0xe0, 0x9f, 0xbf}, {0xf0, 0x80, 0x80, 0xaa}, {0xf0, 0x8f, 0xbf, 0xbf},
        {0xf4, 0x90, 0x80, 0x80}, {0xf5, 0x80, 0x80, 0x80}, {0xf7, 0xbf, 0xbf, 0xbf}};
    for (int[] sequence : refused) {
      byte[] raw = new byte[sequence.length];
      for (int i = 0; i < sequence.length; i++) {
        raw[i] = (byte) sequence[i];
      }
      byte[] bytes = concat("{\n  \"Id\": \"é".getBytes(UTF_8), raw,
          "\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\"}\n}".getBytes(UTF_8));

      assertThat(refusal(() -> PolicyReader.strict().read(bytes))).as(Arrays.toString(sequence)).hasMessage(
          String.format("Invalid UTF-8: byte 0x%02x starts an overlong or out-of-range sequence at / "
              + "(line 2, column 11)", sequence[0]));
    }
  }

  @Test
  void read_shortestUtf8AtEveryLengthBoundary_isAccepted() {
    // U+0080, U+07FF, U+0800, U+FFFD, U+10000 and U+10FFFF: the smallest and largest code points of each length.
    int[][] accepted = {
        {0xc2, 0x80}, {0xdf, 0xbf}, {0xe0, 0xa0, 0x80}, {0xef, 0xbf, 0xbd}, {0xf0, 0x90, 0x80, 0x80},
        {0xf4, 0x8f, 0xbf, 0xbf}};
    StringBuilder expected = new StringBuilder();
    byte[] all = new byte[0];
    for (int[] sequence : accepted) {
      byte[] bytes = new byte[sequence.length];
      for (int i = 0; i < sequence.length; i++) {
        bytes[i] = (byte) sequence[i];
      }
      all = concat(all, bytes);
      expected.append(new String(bytes, UTF_8));
    }

    assertThat(PolicyReader.strict().read(utf8WithIdBytes(all)).id()).contains(expected.toString());
    assertThat(expected.codePoints().toArray())
        .containsExactly(0x80, 0x7ff, 0x800, 0xfffd, 0x10000, 0x10ffff);
  }

  private static byte[] concat(byte[]... parts) {
    byte[] result = new byte[0];
    for (byte[] part : parts) {
      int start = result.length;
      result = Arrays.copyOf(result, start + part.length);
      System.arraycopy(part, 0, result, start, part.length);
    }
    return result;
  }

  private static byte[] utf8WithIdBytes(byte[] raw) {
    int[] values = new int[raw.length];
    for (int i = 0; i < raw.length; i++) {
      values[i] = raw[i] & 0xff;
    }
    return utf8WithIdBytes(values);
  }

  @Test
  void read_invalidUtf8InEveryPosition_isTyped() {
    byte[] valid = POLICY.getBytes(UTF_8);
    for (int at = 0; at < valid.length; at += 7) {
      for (int bad : new int[] {0x80, 0xc0, 0xe0, 0xf0, 0xf8, 0xff}) {
        byte[] bytes = valid.clone();
        bytes[at] = (byte) bad;
        assertReadsOrRefusesTyped(bytes);
      }
    }
  }

  /** {@code {"Id":"<bytes>","Statement":...}} with raw bytes in the Id. */
  private static byte[] utf8WithIdBytes(int... raw) {
    byte[] head = "{\"Id\":\"".getBytes(UTF_8);
    byte[] tail = "\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\"}}".getBytes(UTF_8);
    byte[] bytes = Arrays.copyOf(head, head.length + raw.length + tail.length);
    for (int i = 0; i < raw.length; i++) {
      bytes[head.length + i] = (byte) raw[i];
    }
    System.arraycopy(tail, 0, bytes, head.length + raw.length, tail.length);
    return bytes;
  }

  @Test
  void read_escapedLoneSurrogate_isKeptAndWritesBackLosslessly() {
    String json = PolicyReaderTest.json("{'Id':'a\\ud800b','Statement':{'Effect':'Allow','Action':'*'}}");

    PolicyDocument document = PolicyReader.strict().read(json);

    assertThat(document.id()).contains("a\ud800b");
    // As UTF-8, where a lone surrogate has no encoding, the writer escapes it.
    assertThat(new String(PolicyWriter.compact().writeBytes(document), UTF_8)).isEqualTo(
        PolicyReaderTest.json("{'Id':'a\\uD800b','Statement':{'Effect':'Allow','Action':'*'}}"));
    assertThat(PolicyReader.strict().read(PolicyWriter.compact().writeBytes(document))).isEqualTo(document);
    assertThat(PolicyReader.strict().read(PolicyWriter.compact().write(document))).isEqualTo(document);
  }

  @Test
  void read_rawLoneSurrogateInAString_isKept() {
    String json = PolicyReaderTest.json("{'Id':'a\udc00b','Statement':{'Effect':'Allow','Action':'*'}}");

    assertThat(PolicyReader.strict().read(json).id()).contains("a\udc00b");
  }

  @Test
  void read_loneSurrogateInAnAction_isRefused() {
    String json = PolicyReaderTest.statement("{'Effect':'Allow','Action':'s3:Get\\ud800'}");

    assertThat(refusal(() -> PolicyReader.strict().read(json)).reason()).isEqualTo("Statement.Action may hold only "
        + "letters, digits, - _ . * ? and one \":\" (character 7): \"s3:Get\ud800\"");
  }

  // --- custom limits

  @Test
  void customStringLimit_isHonouredAndNamed() {
    PolicyReader reader = PolicyReader.strict().withLimits(ReadLimits.defaults().withMaxStringLength(16));
    String json = PolicyReaderTest.json("{'Id':'12345678901234567','Statement':{'Effect':'Allow','Action':'*'}}");

    assertThat(refusal(() -> reader.read(json))).hasMessage("Input over a read limit: String value length (17) "
        + "exceeds the maximum allowed (16) at /Id");
    String within = PolicyReaderTest.json("{'Id':'1234567890123456','Statement':{'Effect':'Allow','Action':'*'}}");
    assertThat(reader.read(within).id()).contains("1234567890123456");
  }

  @Test
  void customStringLimit_appliesToKeysToo() {
    PolicyReader reader = PolicyReader.lenient().withLimits(ReadLimits.defaults().withMaxStringLength(16));
    String json = PolicyReaderTest.json("{'Statement':{'Effect':'Allow','Action':'*'},'12345678901234567':1}");

    // The pointer names the last key read in full, as the parser has not taken the long one.
    assertThat(refusal(() -> reader.read(json)).reason()).isEqualTo("Input over a read limit: Name length (17) "
        + "exceeds the maximum allowed (16)");
  }

  @Test
  void customDepthLimit_isHonouredAndNamed() {
    PolicyReader reader = PolicyReader.lenient().withLimits(ReadLimits.defaults().withMaxNestingDepth(6));
    // A policy needs six levels: document, Statement, statement, Condition, operator, values.
    String deepest = PolicyReaderTest.statement(
        "{'Effect':'Allow','Action':'*','Condition':{'StringEquals':{'a:b':['x']}}}");
    String deeper = PolicyReaderTest.statement("{'Effect':'Allow','Action':'*','X':{'a':[{'b':[]}]}}");

    assertThat(reader.read(deepest).statements()).hasSize(1);
    PolicyParseException e = refusal(() -> reader.read(deeper));
    assertThat(e.reason()).isEqualTo("Input over a read limit: Document nesting depth (7) exceeds the maximum allowed (6)");
    assertThat(e.pointer()).startsWith("/Statement/0/X/a/0/b");
  }

  @Test
  void customDocumentLimit_isHonouredForEveryInputTypeAndNamed() {
    PolicyReader reader = PolicyReader.strict().withLimits(ReadLimits.defaults().withMaxDocumentLength(40));
    String json = PolicyReaderTest.json("{'Statement':{'Effect':'Allow','Action':'*'}}");
    String message = "The document is longer than the limit of 40 characters at /";

    assertThat(json).hasSize(45);
    assertThat(refusal(() -> reader.read(json))).hasMessage(message);
    assertThat(refusal(() -> reader.read(json.getBytes(UTF_8)))).hasMessage(message);
    assertThat(refusal(() -> reader.read(new StringReader(json)))).hasMessage(message);
    assertThat(refusal(() -> reader.read(new ByteArrayInputStream(json.getBytes(UTF_8))))).hasMessage(message);
    assertThat(reader.withLimits(ReadLimits.defaults().withMaxDocumentLength(45)).read(json).statements()).hasSize(1);
  }

  @Test
  void customLimits_keepTheReadersMode() {
    ReadLimits limits = ReadLimits.defaults().withMaxStringLength(100);

    assertThat(PolicyReader.strict().withLimits(limits).isLenient()).isFalse();
    assertThat(PolicyReader.lenient().withLimits(limits).isLenient()).isTrue();
    assertThat(PolicyReader.lenient().withLimits(limits).limits()).hasToString(
        "ReadLimits{maxDocumentLength=1048576, maxNestingDepth=32, maxStringLength=100}");
  }

  @Test
  void limitsTooSmallForAnyPolicy_areRefused() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limits too small to read any policy: document 1048576, depth 5, string 65536");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxDocumentLength(1))
        .hasMessage("limits too small to read any policy: document 1, depth 32, string 65536");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxStringLength(0))
        .hasMessage("limits too small to read any policy: document 1048576, depth 32, string 0");
  }

  @Test
  void lenient_unknownMemberDeeperThanTheDefaultLimit_isWrittenBackWhenTheLimitWasRaised() {
    PolicyReader reader = PolicyReader.lenient().withLimits(ReadLimits.defaults().withMaxNestingDepth(100));
    String json = PolicyReaderTest.json("{'Statement':{'Effect':'Allow','Action':'*','X':")
        + "[".repeat(60) + "]".repeat(60) + "}}";

    assertThat(PolicyWriter.compact().write(reader.read(json))).isEqualTo(json);
  }

  @Test
  void lenient_unknownMemberLongerThanTheDefaultLimit_isWrittenBackWhenTheLimitWasRaised() {
    PolicyReader reader = PolicyReader.lenient().withLimits(ReadLimits.defaults().withMaxStringLength(1 << 20));
    String json = PolicyReaderTest.json("{'Statement':{'Effect':'Allow','Action':'*','X':'")
        + "x".repeat(100_000) + "\"}}";

    assertThat(PolicyWriter.compact().write(reader.read(json))).isEqualTo(json);
  }

  // --- failing input sources

  @Test
  void read_readerThatFails_isRefusedTyped() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };

    assertThat(refusal(() -> PolicyReader.strict().read(failing)))
        .hasMessage("Could not read the input: disk gone at /");
  }

  @Test
  void read_inputStreamThatFails_isRefusedTyped() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };

    assertThat(refusal(() -> PolicyReader.strict().read(failing)))
        .hasMessage("Could not read the input: connection reset at /");
  }

  @Test
  void read_bytesInAnUnsupportedEncoding_isRefusedTyped() {
    // Four bytes that look like UTF-32 in an unusual byte order.
    PolicyParseException e = refusal(() -> PolicyReader.strict().read(new byte[] {0, '{', 0, 0, 1, 2, 3, 4}));

    assertThat(e).hasMessage("Could not read the input: Unsupported UCS-4 endianness (3412) detected at /");
  }
}
