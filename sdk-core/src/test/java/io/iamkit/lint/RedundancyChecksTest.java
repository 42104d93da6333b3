package io.iamkit.lint;

import static io.iamkit.lint.Lint.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statements that another statement covers, and Allow statements a Deny overrides. */
class RedundancyChecksTest {
  @Test
  void allowCoveredByAnotherAllow_isShadowedStatement() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "ReadOneFolder", "Effect": "Allow", "Action": "s3:GetObject",
           "Resource": "arn:aws:s3:::my-bucket/reports/*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}},
          {"Sid": "ReadAll", "Effect": "Allow", "Action": ["s3:Get*", "s3:List*"],
           "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "WARNING SHADOWED_STATEMENT at /Statement/0: everything this statement allows is already allowed by "
            + "/Statement/1 (Sid ReadAll) under the same or fewer conditions; remove it or merge the two");
  }

  @Test
  void identicalStatements_reportTheLaterOne() {
    String statement = "{\"Effect\": \"Deny\", \"Action\": \"s3:DeleteBucket\", \"Resource\": \"*\"}";

    assertThat(lint("{\"Version\": \"2012-10-17\", \"Statement\": [" + statement + ", " + statement + "]}",
        PolicyKind.SCP)).containsExactly(
        "WARNING SHADOWED_STATEMENT at /Statement/1: everything this statement denies is already denied by "
            + "/Statement/0 under the same or fewer conditions; remove it or merge the two");
  }

  @Test
  void allowWithFewerConditionsOrOtherResources_isNotShadowed() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"},
          {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*",
           "Condition": {"Bool": {"aws:SecureTransport": "true"}}},
          {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::other-bucket/*"}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "WARNING SHADOWED_STATEMENT at /Statement/1: everything this statement allows is already allowed by "
            + "/Statement/0 under the same or fewer conditions; remove it or merge the two");
  }

  @Test
  void trustStatementsForOtherPrincipals_areNotShadowed() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
          {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
        """, PolicyKind.TRUST)).isEmpty();
  }

  @Test
  void allowThatAnUnconditionalDenyCovers_isAllowAlwaysDenied() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::my-bucket/*"},
          {"Sid": "NoDeletes", "Effect": "Deny", "Action": "s3:Delete*", "Resource": "*"}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "WARNING ALLOW_ALWAYS_DENIED at /Statement/0: the Deny of /Statement/1 (Sid NoDeletes) applies to every "
            + "request this statement allows, under the same or fewer conditions, so this statement grants nothing; "
            + "remove it or narrow the Deny");
  }

  @Test
  void allowThatAConditionalDenyCovers_isFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::my-bucket/*"},
          {"Effect": "Deny", "Action": "s3:Delete*", "Resource": "*",
           "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]}
        """, PolicyKind.IDENTITY)).isEmpty();
  }
}
