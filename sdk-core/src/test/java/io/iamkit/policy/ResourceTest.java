package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

class ResourceTest {

  @Test
  void of_star_returnsAll() {
    assertThat(Resource.of("*")).isSameAs(Resource.ALL);
    assertThat(Resource.ALL.isAll()).isTrue();
    assertThat(Resource.ALL.arn()).isEmpty();
    assertThat(Resource.ALL).hasToString("*");
  }

  @Test
  void of_arnText_keepsTheTextAndTheArn() {
    Resource resource = Resource.of("arn:aws:s3:::my-bucket/*");

    assertThat(resource.text()).isEqualTo("arn:aws:s3:::my-bucket/*");
    assertThat(resource.isAll()).isFalse();
    assertThat(resource.arn()).contains(Arn.parse("arn:aws:s3:::my-bucket/*"));
    assertThat(resource).hasToString("arn:aws:s3:::my-bucket/*");
  }

  @Test
  void of_arn_equalsTheResourceOfItsText() {
    assertThat(Resource.of(Arn.bucket(Partition.AWS, "my-bucket")))
        .isEqualTo(Resource.of("arn:aws:s3:::my-bucket"))
        .hasSameHashCodeAs(Resource.of("arn:aws:s3:::my-bucket"));
  }

  // The AWS user guide's home-directory example: a policy variable inside the resource ARN.
  @Test
  void of_policyVariable_isAccepted() {
    Resource resource = Resource.of("arn:aws:s3:::my-bucket/home/${aws:username}/*");

    assertThat(resource.arn().map(Arn::resource)).contains("my-bucket/home/${aws:username}/*");
  }

  @Test
  void of_foo_rejectsNamingStatementResource() {
    assertThatThrownBy(() -> Resource.of("foo"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Resource must be \"*\" or an ARN (arn:partition:service:region:account:resource): \"foo\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Resource", PolicyValidationException::field)
        .returns("foo", PolicyValidationException::value);
  }

  @Test
  void of_arnWithTooFewParts_rejects() {
    assertThatThrownBy(() -> Resource.of("arn:aws:s3:my-bucket"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Resource must be \"*\" or an ARN (arn:partition:service:region:account:resource): "
            + "\"arn:aws:s3:my-bucket\"");
  }

  @Test
  void of_empty_rejects() {
    assertThatThrownBy(() -> Resource.of(""))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Resource must be \"*\" or an ARN (arn:partition:service:region:account:resource): \"\"");
  }

  // IAM matches resource ARNs case-sensitively.
  @Test
  void equals_differentCase_isNotEqual() {
    assertThat(Resource.of("arn:aws:s3:::My-Bucket")).isNotEqualTo(Resource.of("arn:aws:s3:::my-bucket"));
  }

  // IAM User Guide, policy variables: "${aws:username, 'guest'}" gives a default value, after a comma and a space.
  @Test
  void of_policyVariableWithDefaultValue_acceptsTheSpaceInsideTheVariable() {
    Resource resource = Resource.of("arn:aws:s3:::bucket/${aws:username, 'guest'}/*");

    assertThat(resource.text()).isEqualTo("arn:aws:s3:::bucket/${aws:username, 'guest'}/*");
    assertThat(resource.arn().orElseThrow().resource()).isEqualTo("bucket/${aws:username, 'guest'}/*");
  }

  @Test
  void of_spaceOutsideAVariable_isRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Resource.of("arn:aws:s3:::my bucket/${aws:username}"))
        .isInstanceOf(PolicyValidationException.class);
  }
}
