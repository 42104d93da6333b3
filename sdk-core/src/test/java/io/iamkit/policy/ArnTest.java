package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

// ARN format: arn:partition:service:region:account-id:resource (IAM identifiers, "ARNs").
class ArnTest {

  @Test
  void parse_roleArn_splitsTheSixParts() {
    Arn arn = Arn.parse("arn:aws:iam::123456789012:role/MyRoleB");

    assertThat(arn.partition()).isEqualTo("aws");
    assertThat(arn.knownPartition()).contains(Partition.AWS);
    assertThat(arn.service()).isEqualTo("iam");
    assertThat(arn.region()).isEmpty();
    assertThat(arn.account()).isEqualTo("123456789012");
    assertThat(arn.accountId()).contains(AccountId.of("123456789012"));
    assertThat(arn.resource()).isEqualTo("role/MyRoleB");
    assertThat(arn.hasWildcard()).isFalse();
    assertThat(arn).hasToString("arn:aws:iam::123456789012:role/MyRoleB");
  }

  @Test
  void parse_charSequence_isRead() {
    assertThat(Arn.parse(new StringBuilder("arn:aws:s3:::my-bucket")).resource()).isEqualTo("my-bucket");
  }

  // The resource part keeps its own colons: a Lambda version is function:name:version.
  @Test
  void parse_resourceWithColons_keepsThemInTheResource() {
    Arn arn = Arn.parse("arn:aws:lambda:us-east-1:123456789012:function:my-fn:1");

    assertThat(arn.service()).isEqualTo("lambda");
    assertThat(arn.region()).isEqualTo("us-east-1");
    assertThat(arn.account()).isEqualTo("123456789012");
    assertThat(arn.resource()).isEqualTo("function:my-fn:1");
  }

  // A policy variable such as ${aws:username} holds a colon that does not split the ARN.
  @Test
  void parse_policyVariableInResource_keepsTheVariableWhole() {
    Arn arn = Arn.parse("arn:aws:s3:::${aws:username}/*");

    assertThat(arn.partition()).isEqualTo("aws");
    assertThat(arn.service()).isEqualTo("s3");
    assertThat(arn.region()).isEmpty();
    assertThat(arn.account()).isEmpty();
    assertThat(arn.resource()).isEqualTo("${aws:username}/*");
    assertThat(arn.hasWildcard()).isTrue();
  }

  @Test
  void parse_policyVariableInRegionAndAccount_doesNotSplitOnItsColon() {
    Arn arn = Arn.parse("arn:aws:ec2:${aws:RequestedRegion}:${aws:PrincipalAccount}:instance/*");

    assertThat(arn.service()).isEqualTo("ec2");
    assertThat(arn.region()).isEqualTo("${aws:RequestedRegion}");
    assertThat(arn.account()).isEqualTo("${aws:PrincipalAccount}");
    assertThat(arn.accountId()).isEmpty();
    assertThat(arn.resource()).isEqualTo("instance/*");
  }

  @Test
  void parse_wildcardPartition_hasNoKnownPartition() {
    Arn arn = Arn.parse("arn:*:s3:::my-bucket");

    assertThat(arn.partition()).isEqualTo("*");
    assertThat(arn.knownPartition()).isEmpty();
    assertThat(arn.hasWildcard()).isTrue();
  }

  @Test
  void parse_otherPartitions_areKnown() {
    assertThat(Arn.parse("arn:aws-us-gov:s3:::b").knownPartition()).contains(Partition.AWS_US_GOV);
    assertThat(Arn.parse("arn:aws-cn:s3:::b").knownPartition()).contains(Partition.AWS_CN);
  }

  // AWS managed policies have "aws" in the account part.
  @Test
  void parse_managedPolicyArn_hasNoAccountId() {
    Arn arn = Arn.parse("arn:aws:iam::aws:policy/ReadOnlyAccess");

    assertThat(arn.account()).isEqualTo("aws");
    assertThat(arn.accountId()).isEmpty();
  }

  @Test
  void parse_fewerThanSixParts_rejectsGivingTheForm() {
    assertThatThrownBy(() -> Arn.parse("arn:aws:s3::my-bucket"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn must have the form arn:partition:service:region:account-id:resource: "
            + "\"arn:aws:s3::my-bucket\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Arn", PolicyValidationException::element)
        .returns("", PolicyValidationException::field)
        .returns("arn:aws:s3::my-bucket", PolicyValidationException::value);
  }

  // Colons inside ${...} do not count as separators, so this has only four.
  @Test
  void parse_colonsOnlyInsideAVariable_rejects() {
    assertThatThrownBy(() -> Arn.parse("arn:aws:s3:${aws:a:b:c}"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn must have the form arn:partition:service:region:account-id:resource: "
            + "\"arn:aws:s3:${aws:a:b:c}\"");
  }

  @Test
  void parse_noArnPrefix_rejects() {
    assertThatThrownBy(() -> Arn.parse("aws:s3:::my-bucket:x"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn must start with \"arn:\": \"aws:s3:::my-bucket:x\"");
  }

  @Test
  void parse_upperCasePrefix_rejects() {
    assertThatThrownBy(() -> Arn.parse("ARN:aws:s3:::my-bucket"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn must start with \"arn:\": \"ARN:aws:s3:::my-bucket\"");
  }

  @Test
  void parse_emptyPartitionOrService_rejects() {
    assertThatThrownBy(() -> Arn.parse("arn::s3:::my-bucket"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn must have the form arn:partition:service:region:account-id:resource: \"arn::s3:::my-bucket\"");
    assertThatThrownBy(() -> Arn.parse("arn:aws::::my-bucket"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn must have the form arn:partition:service:region:account-id:resource: \"arn:aws::::my-bucket\"");
  }

  // The AWS managed policy AmazonDevOpsGuruOrganizationsAccess names "arn:aws:organizations::*:".
  @Test
  void parse_emptyResource_isAcceptedAsAwsManagedPoliciesUseIt() {
    Arn arn = Arn.parse("arn:aws:organizations::*:");

    assertThat(arn.account()).isEqualTo("*");
    assertThat(arn.resource()).isEmpty();
  }

  @Test
  void parse_whitespace_rejects() {
    assertThatThrownBy(() -> Arn.parse("arn:aws:s3:::my bucket"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn must have the form arn:partition:service:region:account-id:resource: \"arn:aws:s3:::my bucket\"");
    assertThatThrownBy(() -> Arn.parse("arn:aws:s3 :::my-bucket"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn must have the form arn:partition:service:region:account-id:resource: \"arn:aws:s3 :::my-bucket\"");
  }

  @Test
  void tryParse_validArn_isPresent() {
    assertThat(Arn.tryParse("arn:aws:s3:::my-bucket")).contains(Arn.parse("arn:aws:s3:::my-bucket"));
  }

  @Test
  void tryParse_invalidText_isEmpty() {
    assertThat(Arn.tryParse("foo")).isEmpty();
    assertThat(Arn.tryParse("arn:aws:s3")).isEmpty();
    assertThat(Arn.tryParse("")).isEmpty();
  }

  @Test
  void of_parts_buildsTheArnText() {
    Arn arn = Arn.of("aws", "lambda", "eu-west-1", "123456789012", "function:my-fn");

    assertThat(arn).hasToString("arn:aws:lambda:eu-west-1:123456789012:function:my-fn");
    assertThat(arn).isEqualTo(Arn.parse("arn:aws:lambda:eu-west-1:123456789012:function:my-fn"));
    assertThat(arn.resource()).isEqualTo("function:my-fn");
  }

  @Test
  void of_policyVariableWithColonInAPart_isAccepted() {
    Arn arn = Arn.of("aws", "ec2", "${aws:RequestedRegion}", "", "instance/*");

    assertThat(arn.region()).isEqualTo("${aws:RequestedRegion}");
    assertThat(arn).isEqualTo(Arn.parse("arn:aws:ec2:${aws:RequestedRegion}::instance/*"));
  }

  @Test
  void of_emptyService_rejects() {
    assertThatThrownBy(() -> Arn.of("aws", "", "", "", "x"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn has an empty service: \"arn:aws::::x\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Arn", PolicyValidationException::element)
        .returns("arn:aws::::x", PolicyValidationException::value);
  }

  @Test
  void of_emptyPartition_rejects() {
    assertThatThrownBy(() -> Arn.of("", "s3", "", "", "b"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn has an empty partition: \"arn::s3:::b\"");
  }

  @Test
  void of_emptyResource_isAccepted() {
    assertThat(Arn.of("aws", "organizations", "", "*", "")).hasToString("arn:aws:organizations::*:");
  }

  @Test
  void of_whitespace_rejects() {
    assertThatThrownBy(() -> Arn.of("aws", "s3", "", "", "my bucket"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn must not contain whitespace: \"arn:aws:s3:::my bucket\"");
  }

  // A colon in any part but the resource would make the text read back as other parts than those given.
  @Test
  void of_colonInTheAccountPart_rejects() {
    assertThatThrownBy(() -> Arn.of("aws", "iam", "", "123:456", "root"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn has a \":\" outside the resource part: \"arn:aws:iam::123:456:root\"");
  }

  @Test
  void withAccount_colon_rejects() {
    Arn arn = Arn.parse("arn:aws:iam::123456789012:root");

    assertThatThrownBy(() -> arn.withAccount("1:2"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Arn has a \":\" outside the resource part: \"arn:aws:iam::1:2:root\"");
  }

  @Test
  void role_pathAndName_isTheIamRoleArn() {
    Arn role = Arn.role(Partition.AWS, AccountId.of("123456789012"), "service-role/MyRole");

    assertThat(role).hasToString("arn:aws:iam::123456789012:role/service-role/MyRole");
    assertThat(role.resource()).isEqualTo("role/service-role/MyRole");
  }

  @Test
  void bucket_name_isTheS3BucketArn() {
    assertThat(Arn.bucket(Partition.AWS_CN, "my-bucket")).hasToString("arn:aws-cn:s3:::my-bucket");
  }

  @Test
  void withRegion_newRegion_returnsACopyWithOnlyTheRegionChanged() {
    Arn arn = Arn.parse("arn:aws:lambda:us-east-1:123456789012:function:my-fn");

    Arn moved = arn.withRegion("eu-west-1");

    assertThat(moved).hasToString("arn:aws:lambda:eu-west-1:123456789012:function:my-fn");
    assertThat(arn).hasToString("arn:aws:lambda:us-east-1:123456789012:function:my-fn");
  }

  @Test
  void withRegion_sameRegion_returnsTheSameInstance() {
    Arn arn = Arn.parse("arn:aws:lambda:us-east-1:123456789012:function:my-fn");

    assertThat(arn.withRegion("us-east-1")).isSameAs(arn);
  }

  @Test
  void withPartitionAccountAndResource_returnCopiesWithThatPartChanged() {
    Arn arn = Arn.parse("arn:aws:iam::123456789012:role/A");

    assertThat(arn.withPartition("aws-cn")).hasToString("arn:aws-cn:iam::123456789012:role/A");
    assertThat(arn.withAccount("210987654321")).hasToString("arn:aws:iam::210987654321:role/A");
    assertThat(arn.withResource("role/B")).hasToString("arn:aws:iam::123456789012:role/B");
    assertThat(arn.withAccount("123456789012")).isSameAs(arn);
    assertThat(arn.withResource("role/A")).isSameAs(arn);
  }

  @Test
  void withResource_empty_isAccepted() {
    Arn arn = Arn.parse("arn:aws:iam::123456789012:role/A");

    assertThat(arn.withResource("")).hasToString("arn:aws:iam::123456789012:");
  }

  // IAM matches resource ARNs case-sensitively.
  @Test
  void equals_differentCase_isNotEqual() {
    assertThat(Arn.parse("arn:aws:s3:::My-Bucket")).isNotEqualTo(Arn.parse("arn:aws:s3:::my-bucket"));
  }

  @Test
  void equals_sameText_isEqual() {
    assertThat(Arn.parse("arn:aws:s3:::my-bucket"))
        .isEqualTo(Arn.bucket(Partition.AWS, "my-bucket"))
        .hasSameHashCodeAs(Arn.bucket(Partition.AWS, "my-bucket"));
  }
}
