package io.iamkit.lint;

import static io.iamkit.lint.Lint.codes;
import static io.iamkit.lint.Lint.lint;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.SizeLimit;
import io.iamkit.policy.Statement;
import org.junit.jupiter.api.Test;

/** The grammar of each policy kind and the shape of values (IAM-EVALUATION-RULES.md, section 3). */
class GrammarChecksTest {
  static final String BUCKET_READ = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
        "Resource": "arn:aws:s3:::my-bucket/*"}]}
      """;

  // GRAMMAR: Principal "must not appear in identity policies" [PRINC line 12].
  @Test
  void identityPolicy_withPrincipal_isIdentityPrincipal() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"},
          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "ERROR IDENTITY_PRINCIPAL at /Statement/0/Principal: Principal is not allowed in an identity policy, and "
            + "IAM refuses it: the policy applies to whoever it is attached to; only resource-based and role trust "
            + "policies name principals");
  }

  @Test
  void identityPolicy_withoutPrincipal_hasNoFinding() {
    assertThat(lint(BUCKET_READ, PolicyKind.IDENTITY)).isEmpty();
  }

  @Test
  void scp_withNotPrincipal_isIdentityPrincipalWithTheScpReason() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotPrincipal": {"AWS": "111122223333"},
          "Action": "s3:DeleteBucket", "Resource": "*"}]}
        """, PolicyKind.SCP)).containsExactly(
        "ERROR IDENTITY_PRINCIPAL at /Statement/0/NotPrincipal: NotPrincipal is not allowed in a service control "
            + "policy: an SCP applies to the principals of the accounts it is attached to; single some out with "
            + "the aws:PrincipalArn condition key");
  }

  @Test
  void scp_withoutPrincipal_hasNoFinding() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*",
          "Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/admin"}}}]}
        """, PolicyKind.SCP)).isEmpty();
  }

  // GRAMMAR: Id "must not be included in identity-based policies".
  @Test
  void identityPolicy_withId_isIdentityId() {
    String withId = """
        {"Version": "2012-10-17", "Id": "read", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """;

    assertThat(lint(withId, PolicyKind.IDENTITY)).containsExactly(
        "WARNING IDENTITY_ID at /Id: an identity policy must not have an Id (IAM JSON policy grammar); Id is for "
            + "resource-based policies such as SQS and SNS policies, remove it");
  }

  @Test
  void resourcePolicy_withId_hasNoFinding() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Id": "read", "Statement": [{"Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.RESOURCE)).isEmpty();
  }

  // NOTPRINC: NotPrincipal is forbidden in role trust policies.
  @Test
  void trustPolicy_withNotPrincipal_isTrustNotPrincipal() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
          "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:role/admin"}, "Action": "sts:AssumeRole"}]}
        """, PolicyKind.TRUST)).containsExactly(
        "ERROR TRUST_NOT_PRINCIPAL at /Statement/0/NotPrincipal: NotPrincipal is not allowed in a role trust "
            + "policy, and IAM refuses it; name the principals that may assume the role in Principal");
  }

  @Test
  void trustPolicy_denyWithPrincipal_hasNoFinding() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
          "Principal": {"AWS": "arn:aws:iam::111122223333:role/admin"}, "Action": "sts:AssumeRole"}]}
        """, PolicyKind.TRUST)).isEmpty();
  }

  @Test
  void trustPolicy_withResource_isTrustResource() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
          "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::111122223333:role/web"}]}
        """, PolicyKind.TRUST)).containsExactly(
        "ERROR TRUST_RESOURCE at /Statement/0/Resource: a role trust policy has no Resource (the resource is the "
            + "role itself), and IAM refuses one: remove it");
  }

  @Test
  void trustPolicy_serviceWithoutResource_hasNoFinding() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
          "Action": ["sts:AssumeRole", "sts:TagSession"]}]}
        """, PolicyKind.TRUST)).isEmpty();
  }

  @Test
  void trustPolicy_withAnS3Action_isTrustAction() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
          "Action": ["sts:AssumeRole", "s3:GetObject"]}]}
        """, PolicyKind.TRUST)).containsExactly(
        "WARNING TRUST_ACTION at /Statement/0/Action/1: s3:GetObject has no effect in a role trust policy, which "
            + "controls only sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, "
            + "sts:SetSourceIdentity and sts:SetContext; grant it in the role's permissions policy instead");
  }

  @Test
  void trustPolicy_withStsWildcard_hasNoTrustAction() {
    assertThat(codes("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
          "Action": "sts:*"}]}
        """, PolicyKind.TRUST)).isEmpty();
  }

  // GRAMMAR: Principal is required in resource-based policies.
  @Test
  void resourcePolicy_withoutPrincipal_isMissingPrincipal() {
    assertThat(lint(BUCKET_READ, PolicyKind.RESOURCE)).containsExactly(
        "ERROR MISSING_PRINCIPAL at /Statement/0: a statement of a resource policy needs a Principal: it names who "
            + "the statement applies to, and a statement without one never matches");
  }

  @Test
  void resourcePolicy_withPrincipal_hasNoFinding() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::111122223333:role/reader"}, "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.RESOURCE)).isEmpty();
  }

  @Test
  void rcp_withAnAccountPrincipal_isRcpPrincipal() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": {"AWS": "111122223333"},
          "Action": "s3:*", "Resource": "*"}]}
        """, PolicyKind.RCP)).containsExactly(
        "ERROR RCP_PRINCIPAL at /Statement/0/Principal: a resource control policy supports only \"Principal\": "
            + "\"*\"; narrow it with conditions such as aws:PrincipalOrgID");
  }

  @Test
  void rcp_withStar_hasNoFinding() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*",
          "Resource": "*", "Condition": {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-abc123"},
          "BoolIfExists": {"aws:PrincipalIsAWSService": "false"}}}]}
        """, PolicyKind.RCP)).isEmpty();
  }

  // RES: "Statements must include either a Resource or a NotResource element".
  @Test
  void identityStatement_withoutResource_isMissingResource() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "ERROR MISSING_RESOURCE at /Statement/0: a statement of an identity policy needs a Resource or NotResource "
            + "(use \"Resource\": \"*\" for every resource)");
  }

  @Test
  void trustStatement_withoutResource_isFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
          "Action": "sts:AssumeRole"}}
        """, PolicyKind.TRUST)).isEmpty();
  }

  @Test
  void trustPolicy_sidWithSpace_isInvalidSid() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Sid": "Allow EC2", "Effect": "Allow",
          "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
        """, PolicyKind.TRUST)).containsExactly(
        "ERROR INVALID_SID at /Statement/0/Sid: the Sid \"Allow EC2\" of a role trust policy may hold only ASCII "
            + "letters and digits (only some resource policies, such as S3 bucket and KMS key policies, accept "
            + "spaces)");
  }

  @Test
  void bucketPolicy_sidWithSpace_isFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Sid": "Grant Databricks Access", "Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::414351767826:root"}, "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.RESOURCE)).isEmpty();
  }

  // PRINC: no partial wildcards in a principal [lines 52, 254].
  @Test
  void principal_withPartialWildcard_isPrincipalPartialWildcard() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"AWS": ["arn:aws:iam::111122223333:role/reader", "arn:aws:iam::111122223333:role/*"]},
          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.RESOURCE)).containsExactly(
        "ERROR PRINCIPAL_PARTIAL_WILDCARD at /Statement/0/Principal/AWS/1: Principal AWS "
            + "\"arn:aws:iam::111122223333:role/*\" holds a wildcard: a principal is \"*\" alone or names exactly "
            + "one principal. To match many, name the account and add a condition such as \"ArnLike\": "
            + "{\"aws:PrincipalArn\": \"arn:aws:iam::111122223333:role/*\"}");
  }

  @Test
  void accountPrincipal_withArnLikeCondition_isFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"},
          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*",
          "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/*"}}}]}
        """, PolicyKind.RESOURCE)).isEmpty();
  }

  @Test
  void principals_ofEveryInvalidShape_areInvalidPrincipal() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {
          "AWS": ["11112222333", "arn:aws:iam::111122223333:group/admins", "arn:aws:sts::111122223333:assumed-role/r",
                  "arn:aws:iam:us-east-1:111122223333:role/r", "arn:aws:s3:::bucket", "arn:awz:iam::111122223333:root",
                  "alice"],
          "Service": "ec2",
          "Federated": "arn:aws:iam::111122223333:role/idp",
          "CanonicalUser": "abc"},
          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.RESOURCE)).containsExactly(
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/AWS/0: Principal AWS \"11112222333\" is not an account "
            + "ID, which is exactly 12 digits (got 11)",
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/AWS/1: Principal AWS "
            + "\"arn:aws:iam::111122223333:group/admins\" names an IAM group, which cannot be a principal; name its "
            + "users, or the account with an aws:PrincipalArn condition",
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/AWS/2: Principal AWS "
            + "\"arn:aws:sts::111122223333:assumed-role/r\" is not an assumed-role session ARN, which names a role "
            + "and a session (arn:aws:sts::123456789012:assumed-role/role-name/session-name)",
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/AWS/3: Principal AWS "
            + "\"arn:aws:iam:us-east-1:111122223333:role/r\" has a region; IAM and STS principal ARNs have none "
            + "(arn:aws:iam::123456789012:role/name)",
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/AWS/4: Principal AWS \"arn:aws:s3:::bucket\" names the "
            + "service \"s3\"; principal ARNs are IAM or STS ARNs: an AWS principal is \"*\", a 12-digit account "
            + "ID, or the ARN of an account root, IAM user, IAM role, assumed-role session or federated user",
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/AWS/5: Principal AWS "
            + "\"arn:awz:iam::111122223333:root\" has the partition \"awz\", which is not one of [aws, aws-cn, "
            + "aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc]",
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/AWS/6: Principal AWS \"alice\" is not a principal: an "
            + "AWS principal is \"*\", a 12-digit account ID, or the ARN of an account root, IAM user, IAM role, "
            + "assumed-role session or federated user",
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/Service: Principal Service \"ec2\" is not a service "
            + "principal, which is a lower-case DNS-style name such as ec2.amazonaws.com",
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/Federated: Principal Federated "
            + "\"arn:aws:iam::111122223333:role/idp\" is not a federated principal: an IAM SAML or OIDC provider "
            + "ARN (arn:aws:iam::<account>:saml-provider/<name>) or a provider such as accounts.google.com",
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/CanonicalUser: Principal CanonicalUser \"abc\" is not "
            + "an S3 canonical user ID, which is 64 hexadecimal digits");
  }

  @Test
  void starAsServicePrincipal_isInvalidPrincipal() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "*"},
          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.RESOURCE)).containsExactly(
        "ERROR INVALID_PRINCIPAL at /Statement/0/Principal/Service: Principal Service \"*\" is not allowed: \"*\" "
            + "means everyone only as an AWS principal, \"Principal\": \"*\" or {\"AWS\": \"*\"}");
  }

  @Test
  void principals_ofEveryValidShape_haveNoFinding() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {
          "AWS": ["111122223333", "arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:user/alice",
                  "arn:aws:iam::111122223333:role/path/reader", "arn:aws:sts::111122223333:assumed-role/reader/s1",
                  "arn:aws:sts::111122223333:federated-user/bob", "arn:aws-us-gov:iam::111122223333:root"],
          "Service": ["ec2.amazonaws.com", "elasticmapreduce.amazonaws.com.cn"],
          "Federated": ["arn:aws:iam::111122223333:saml-provider/okta", "accounts.google.com"],
          "CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"},
          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.RESOURCE)).isEmpty();
  }

  // PRINC lines 106, 189: a deleted role shows up as its unique ID.
  @Test
  void principal_uniqueId_isPrincipalUniqueId() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "AROAEXAMPLEID1234567"},
          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.RESOURCE)).containsExactly(
        "WARNING PRINCIPAL_UNIQUE_ID at /Statement/0/Principal/AWS: Principal AWS \"AROAEXAMPLEID1234567\" is the "
            + "unique ID of an IAM user or role: IAM shows one in place of an ARN when the user or role was deleted, "
            + "and it matches no one, not even a new user or role of the same name; name the principal again by "
            + "its ARN");
  }

  @Test
  void resource_invalidArns_areInvalidArn() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": [
          "arn:awss:s3:::my-bucket/*", "arn:aws:s*:::my-bucket/*", "arn:aws:ec2:us-east-1:11112222333:instance/*"]}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "ERROR INVALID_ARN at /Statement/0/Resource/0: Resource \"arn:awss:s3:::my-bucket/*\" has the partition "
            + "\"awss\", which is not one of [aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, "
            + "aws-eusc]",
        "ERROR INVALID_ARN at /Statement/0/Resource/1: Resource \"arn:aws:s*:::my-bucket/*\" has a wildcard in its "
            + "service part, which IAM does not allow; write one ARN per service",
        "ERROR INVALID_ARN at /Statement/0/Resource/2: Resource \"arn:aws:ec2:us-east-1:11112222333:instance/*\" has "
            + "the account \"11112222333\", which is not 12 digits (got 11), so it matches nothing");
  }

  @Test
  void resource_wildcardsInPartitionRegionAndAccount_areFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "ec2:StartInstances"],
          "Resource": ["arn:*:s3:::my-bucket/*", "arn:aws:ec2:*:*:volume/*",
          "arn:aws:ec2:*:${aws:PrincipalAccount}:instance/*"]}]}
        """, PolicyKind.IDENTITY)).isEmpty();
  }

  @Test
  void resource_unknownArnService_isUnknownArnService() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
          "Resource": "arn:aws:s4:::my-bucket/*"}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "WARNING UNKNOWN_ARN_SERVICE at /Statement/0/Resource: Resource \"arn:aws:s4:::my-bucket/*\" has the "
            + "service \"s4\", which no AWS resource type uses (Service Authorization Reference as of 2026-09-26)");
  }

  // VARS line 87: without Version 2012-10-17, variables are literal text.
  @Test
  void noVersion_isVersionMissing_andItsVariablesAreNotSupported() {
    assertThat(lint("""
        {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::my-bucket/home/${aws:username}/*"}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "WARNING VERSION_MISSING at /Version: the policy has no Version, so IAM reads it as 2008-10-17, in which "
            + "policy variables such as ${aws:username} are plain text; add \"Version\": \"2012-10-17\"",
        "ERROR POLICY_VARIABLE_NOT_SUPPORTED at /Statement/0/Resource: Resource "
            + "\"arn:aws:s3:::my-bucket/home/${aws:username}/*\" holds a policy variable, which IAM replaces only "
            + "under \"Version\": \"2012-10-17\"; in this policy it is plain text and matches no resource");
  }

  @Test
  void version2008_withAVariableInACondition_isPolicyVariableNotSupported() {
    assertThat(lint("""
        {"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket",
          "Resource": "arn:aws:s3:::my-bucket",
          "Condition": {"StringLike": {"s3:prefix": ["home/", "home/${aws:username}/*"]}}}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "ERROR POLICY_VARIABLE_NOT_SUPPORTED at /Statement/0/Condition/StringLike/s3:prefix/1: StringLike s3:prefix "
            + "\"home/${aws:username}/*\" holds a policy variable, which IAM replaces only under \"Version\": "
            + "\"2012-10-17\"; in this policy it is plain text");
  }

  @Test
  void version2008_withoutVariables_isVersionOld() {
    assertThat(lint(BUCKET_READ.replace("2012-10-17", "2008-10-17"), PolicyKind.IDENTITY)).containsExactly(
        "INFO VERSION_OLD at /Version: 2008-10-17 is the old policy language version; use \"Version\": "
            + "\"2012-10-17\"");
  }

  @Test
  void version2012_withVariables_isFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket",
          "Resource": "arn:aws:s3:::my-bucket",
          "Condition": {"StringLike": {"s3:prefix": ["home/", "home/${aws:username}/*"]}}}]}
        """, PolicyKind.IDENTITY)).isEmpty();
  }

  // VARS: variables only in String and ARN condition operators; never in Principal.
  @Test
  void variable_inNumericConditionAndPrincipal_isPolicyVariableMisplaced() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::111122223333:user/${aws:username}"},
          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*",
          "Condition": {"NumericLessThan": {"s3:max-keys": "${aws:username}"}}}]}
        """, PolicyKind.RESOURCE)).containsExactly(
        "WARNING POLICY_VARIABLE_MISPLACED at /Statement/0/Principal/AWS: Principal AWS "
            + "\"arn:aws:iam::111122223333:user/${aws:username}\" holds a policy variable, which IAM does not "
            + "replace in a principal; use a condition on aws:PrincipalArn instead",
        "WARNING POLICY_VARIABLE_MISPLACED at /Statement/0/Condition/NumericLessThan/s3:max-keys: NumericLessThan "
            + "s3:max-keys \"${aws:username}\" holds a policy variable, which IAM replaces only in the values of "
            + "String and Arn operators; here it is plain text");
  }

  @Test
  void policyTooLarge_trustPolicyOver2048_isPolicyTooLarge_unlessTheContextRaisesTheQuota() {
    PolicyDocument.Builder builder = PolicyDocument.builder();
    for (int i = 0; i < 30; i++) {
      builder.addStatement(Statement.builder().sid("Ec2" + i).effect("Allow").addAction("sts:AssumeRole")
          .principal(Principal.service("service" + i + ".amazonaws.com")).build());
    }
    PolicyDocument document = builder.build();

    assertThat(lint(document, PolicyKind.TRUST, LintContext.NONE)).containsExactly(
        "ERROR POLICY_TOO_LARGE at /: the policy has 3,288 characters not counting whitespace, 1,240 over the "
            + "2,048-character quota of a role trust policy (accounts can raise it to 8,192); AWS refuses it, so "
            + "split it or merge statements");
    assertThat(lint(document, PolicyKind.TRUST,
        LintContext.builder().sizeLimit(SizeLimit.roleTrustPolicy(4096)).build())).isEmpty();
  }

  @Test
  void policyTooLarge_scpOver5120_isPolicyTooLarge() {
    PolicyDocument.Builder builder = PolicyDocument.builder();
    for (int i = 0; i < 60; i++) {
      builder.addStatement(Statement.deny("s3:DeleteBucket").sid("Deny" + i)
          .addResource("arn:aws:s3:::bucket-number-" + i).build());
    }

    assertThat(Lint.lint(builder.build(), PolicyKind.SCP, LintContext.NONE)).containsExactly(
        "ERROR POLICY_TOO_LARGE at /: the policy has 6,198 characters not counting whitespace, 1,078 over the "
            + "5,120-character quota of a service control policy (through the Organizations API whitespace counts "
            + "too); AWS refuses it, so split it or merge statements");
  }

  @Test
  void policySize_identityPolicyUnder6144_isFine() {
    PolicyDocument.Builder builder = PolicyDocument.builder();
    for (int i = 0; i < 55; i++) {
      builder.addStatement(Statement.allow("s3:GetObject").sid("Read" + i)
          .addResource("arn:aws:s3:::bucket-number-" + i + "/*").build());
    }

    assertThat(Lint.lint(builder.build(), PolicyKind.IDENTITY, LintContext.NONE)).isEmpty();
  }
}
