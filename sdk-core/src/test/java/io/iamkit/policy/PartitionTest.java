package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

class PartitionTest {

  @Test
  void parse_eachKnownId_returnsItsPartition() {
    assertThat(Partition.parse("aws")).isSameAs(Partition.AWS);
    assertThat(Partition.parse("aws-us-gov")).isSameAs(Partition.AWS_US_GOV);
    assertThat(Partition.parse("aws-cn")).isSameAs(Partition.AWS_CN);
  }

  @Test
  void parse_unknownId_rejectsListingTheKnownOnes() {
    assertThatThrownBy(() -> Partition.parse("amazon"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Partition must be one of \"aws\", \"aws-us-gov\", \"aws-cn\": \"amazon\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Partition", PolicyValidationException::element)
        .returns("", PolicyValidationException::field)
        .returns("amazon", PolicyValidationException::value);
  }

  // ARN partitions are lower case; "AWS" is not a partition.
  @Test
  void parse_upperCase_rejects() {
    assertThatThrownBy(() -> Partition.parse("AWS"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Partition must be one of \"aws\", \"aws-us-gov\", \"aws-cn\": \"AWS\"");
  }

  @Test
  void idAndToString_eachPartition_isTheTextInAnArn() {
    assertThat(Partition.AWS.id()).isEqualTo("aws");
    assertThat(Partition.AWS_US_GOV.id()).isEqualTo("aws-us-gov");
    assertThat(Partition.AWS_CN.id()).isEqualTo("aws-cn");
    assertThat(Partition.AWS_US_GOV).hasToString("aws-us-gov");
  }
}
