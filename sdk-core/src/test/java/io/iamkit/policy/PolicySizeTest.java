package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.json.PolicyReader;
import io.iamkit.policy.json.PolicyWriter;
import org.junit.jupiter.api.Test;

/** IAM: "IAM doesn't count white space when computing the size of a policy against these limits." */
class PolicySizeTest {
  private static final String PRETTY = """
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
      }""";

  private static final String COMPACT = ("{'Version':'2012-10-17','Statement':[{'Effect':'Allow',"
      + "'Principal':{'AWS':'414351767826'},'Action':'sts:AssumeRole',"
      + "'Condition':{'StringEquals':{'sts:ExternalId':'YOUR_EXTERNAL_ID'}}}]}").replace('\'', '"');

  @Test
  void of_prettyAndCompactInput_haveTheSameSizeWithoutWhitespace() {
    int pretty = PolicySize.of(PolicyReader.strict().read(PRETTY));
    int compact = PolicySize.of(PolicyReader.strict().read(COMPACT));

    assertThat(pretty).isEqualTo(compact).isEqualTo(COMPACT.length()).isEqualTo(185);
  }

  @Test
  void of_smallestPolicy_countsEveryCharacterOfTheCompactJson() {
    PolicyDocument document =
        PolicyReader.strict().read("{ \"Statement\" : { \"Effect\" : \"Allow\", \"Action\" : \"*\" } }");

    assertThat(PolicySize.of(document)).isEqualTo("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\"}}".length())
        .isEqualTo(45);
  }

  @Test
  void of_whitespaceInsideStrings_isCounted() {
    // AWS leaves open whether spaces inside strings count; iamkit counts them, so it never reports less than IAM.
    PolicyDocument spaced = PolicyDocument.of(
        Statement.allow("s3:GetObject").addCondition(Condition.stringEquals("aws:userid", "a b  c")).build());
    PolicyDocument unspaced = PolicyDocument.of(
        Statement.allow("s3:GetObject").addCondition(Condition.stringEquals("aws:userid", "abc")).build());

    assertThat(PolicySize.of(spaced) - PolicySize.of(unspaced)).isEqualTo(3);
  }

  @Test
  void of_supplementaryCharacter_countsAsOneCodePoint() {
    PolicyDocument emoji = PolicyDocument.of(Statement.allow("*").build()).withId("\uD83D\uDE00");
    PolicyDocument letter = PolicyDocument.of(Statement.allow("*").build()).withId("é");
    PolicyDocument ascii = PolicyDocument.of(Statement.allow("*").build()).withId("e");

    assertThat(PolicySize.of(emoji)).isEqualTo(PolicySize.of(letter)).isEqualTo(PolicySize.of(ascii));
    assertThat(PolicyWriter.compact().write(emoji)).hasSize(PolicySize.of(emoji) + 1);
  }

  @Test
  void of_controlCharacters_countTheirEscapesAsWritten() {
    PolicyDocument plain = PolicyDocument.of(Statement.allow("*").build()).withId("");
    PolicyDocument escaped = plain.withId("\n\u0000");

    // \n is written as two characters, NUL as the six of \u0000.
    assertThat(PolicySize.of(escaped) - PolicySize.of(plain)).isEqualTo(8);
    assertThat(PolicySize.of(escaped)).isEqualTo(PolicyWriter.compact().write(escaped).length());
  }

  @Test
  void of_quoteInAString_countsItsEscapeAsWritten() {
    PolicyDocument quoted = PolicyDocument.of(Statement.allow("*").build()).withId("a\"b");
    PolicyDocument plain = PolicyDocument.of(Statement.allow("*").build()).withId("ab");

    assertThat(PolicySize.of(quoted) - PolicySize.of(plain)).isEqualTo(2);
  }
}
