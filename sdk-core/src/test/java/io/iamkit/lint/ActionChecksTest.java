package io.iamkit.lint;

import static io.iamkit.lint.Lint.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Actions against the catalogue of documented AWS actions, and repeats within a statement. */
class ActionChecksTest {
  private static String identity(String actions, String resources) {
    return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": " + actions
        + ", \"Resource\": " + resources + "}]}";
  }

  @Test
  void unknownServicePrefix_isUnknownService_withASuggestion() {
    assertThat(lint(identity("\"s4:GetObject\"", "\"*\""), PolicyKind.IDENTITY)).containsExactly(
        "ERROR UNKNOWN_SERVICE at /Statement/0/Action: s4:GetObject: \"s4\" is not a service prefix AWS documents "
            + "(AWS Service Authorization Reference as of 2026-09-26); did you mean s3?");
  }

  // ACT line 5: service prefix and action name are case-insensitive.
  @Test
  void knownActionInOtherCase_hasNoFinding() {
    assertThat(lint(identity("[\"S3:getobject\", \"IAM:ListRoles\"]", "\"*\""), PolicyKind.IDENTITY)).isEmpty();
  }

  @Test
  void unknownActionName_isUnknownAction_withASuggestion() {
    assertThat(lint(identity("\"s3:GetObjects\"", "\"*\""), PolicyKind.IDENTITY)).containsExactly(
        "ERROR UNKNOWN_ACTION at /Statement/0/Action: s3:GetObjects is not an action of s3 (AWS Service "
            + "Authorization Reference as of 2026-09-26); did you mean s3:GetObject?");
  }

  @Test
  void patternMatchingNoAction_isUnknownAction() {
    assertThat(lint(identity("[\"s3:Get*Acl\", \"s3:Gett*\"]", "\"*\""), PolicyKind.IDENTITY)).containsExactly(
        "ERROR UNKNOWN_ACTION at /Statement/0/Action/1: s3:Gett* matches no action of s3 (AWS Service "
            + "Authorization Reference as of 2026-09-26)");
  }

  @Test
  void unknownActionInNotAction_isReportedThere() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotAction": ["iam:Get*", "iam:Lsit*"],
          "Resource": "*"}]}
        """, PolicyKind.SCP)).containsExactly(
        "ERROR UNKNOWN_ACTION at /Statement/0/NotAction/1: iam:Lsit* matches no action of iam (AWS Service "
            + "Authorization Reference as of 2026-09-26)");
  }

  // RES / SIM wildcardOnlyActions: an action without resource types is granted only by "Resource": "*".
  @Test
  void wildcardOnlyAction_onABucketArn_isActionNeedsAllResources() {
    assertThat(lint(identity("[\"s3:ListBucket\", \"s3:ListAllMyBuckets\"]", "\"arn:aws:s3:::my-bucket\""),
        PolicyKind.IDENTITY)).containsExactly(
        "WARNING ACTION_NEEDS_ALL_RESOURCES at /Statement/0/Action/1: s3:ListAllMyBuckets has no resource type in "
            + "the AWS Service Authorization Reference, so only \"Resource\": \"*\" grants it, and this statement "
            + "names only ARNs; move it to a statement with \"Resource\": \"*\"");
  }

  @Test
  void patternOfWildcardOnlyActions_onAnArn_isActionNeedsAllResources() {
    assertThat(lint(identity("\"sts:GetCallerIdent*\"", "\"arn:aws:iam::111122223333:role/r\""),
        PolicyKind.IDENTITY)).containsExactly(
        "WARNING ACTION_NEEDS_ALL_RESOURCES at /Statement/0/Action: every action sts:GetCallerIdent* matches "
            + "(sts:GetCallerIdentity) has no resource type in the AWS Service Authorization Reference, so only "
            + "\"Resource\": \"*\" grants it, and this statement names only ARNs; move it to a statement with "
            + "\"Resource\": \"*\"");
  }

  @Test
  void wildcardOnlyAction_onStar_orPatternWithSomeResourceActions_isFine() {
    assertThat(lint(identity("\"s3:ListAllMyBuckets\"", "\"*\""), PolicyKind.IDENTITY)).isEmpty();
    assertThat(lint(identity("\"s3:List*\"", "\"arn:aws:s3:::my-bucket\""), PolicyKind.IDENTITY)).isEmpty();
  }

  @Test
  void sameActionTwice_isDuplicateAction() {
    assertThat(lint(identity("[\"s3:GetObject\", \"s3:PutObject\", \"S3:GETOBJECT\", \"s3:PutObject\"]",
        "\"arn:aws:s3:::my-bucket/*\""), PolicyKind.IDENTITY)).containsExactly(
        "WARNING DUPLICATE_ACTION at /Statement/0/Action/2: S3:GETOBJECT is listed twice in Action (first at "
            + "/Statement/0/Action/0 as \"s3:GetObject\"; IAM compares actions without regard to case)",
        "WARNING DUPLICATE_ACTION at /Statement/0/Action/3: s3:PutObject is listed twice in Action (first at "
            + "/Statement/0/Action/1)");
  }

  @Test
  void actionCoveredByAPattern_isRedundantAction() {
    assertThat(lint(identity("[\"s3:GetObject\", \"s3:Get*\", \"s3:PutObject\"]", "\"arn:aws:s3:::my-bucket/*\""),
        PolicyKind.IDENTITY)).containsExactly(
        "INFO REDUNDANT_ACTION at /Statement/0/Action/0: s3:GetObject is already covered by s3:Get* in the same "
            + "Action; remove it");
  }

  @Test
  void distinctActions_haveNoFinding() {
    assertThat(lint(identity("[\"s3:GetObject\", \"s3:PutObject\", \"s3:List*\"]", "\"arn:aws:s3:::my-bucket/*\""),
        PolicyKind.IDENTITY)).isEmpty();
  }

  @Test
  void sameResourceTwice_isDuplicateResource_andCoveredOne_isRedundantResource() {
    assertThat(lint(identity("\"s3:GetObject\"",
        "[\"arn:aws:s3:::my-bucket/a/*\", \"arn:aws:s3:::my-bucket/*\", \"arn:aws:s3:::my-bucket/*\"]"),
        PolicyKind.IDENTITY)).containsExactly(
        "INFO REDUNDANT_RESOURCE at /Statement/0/Resource/0: \"arn:aws:s3:::my-bucket/a/*\" is already covered by "
            + "\"arn:aws:s3:::my-bucket/*\" in the same Resource; remove it",
        "WARNING DUPLICATE_RESOURCE at /Statement/0/Resource/2: \"arn:aws:s3:::my-bucket/*\" is listed twice in "
            + "Resource (first at /Statement/0/Resource/1)");
  }

  // RES: "arn:aws:s3:::b" (the bucket) and "arn:aws:s3:::b/*" (its objects) are different resources.
  @Test
  void bucketAndItsObjects_haveNoFinding() {
    assertThat(lint(identity("[\"s3:GetObject\", \"s3:ListBucket\"]",
        "[\"arn:aws:s3:::my-bucket/*\", \"arn:aws:s3:::my-bucket\"]"), PolicyKind.IDENTITY)).isEmpty();
  }
}
