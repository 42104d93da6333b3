package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

class PolicyVersionTest {

  @Test
  void parse_2012_10_17_returnsCurrentVersion() {
    assertThat(PolicyVersion.parse("2012-10-17")).isSameAs(PolicyVersion.V2012_10_17);
  }

  @Test
  void parse_2008_10_17_returnsEarlierVersion() {
    assertThat(PolicyVersion.parse("2008-10-17")).isSameAs(PolicyVersion.V2008_10_17);
  }

  // IAM knows exactly two policy language versions.
  @Test
  void parse_unknownDate_rejectsNamingPolicyDocumentVersion() {
    assertThatThrownBy(() -> PolicyVersion.parse("2012-10-18"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument.Version must be \"2012-10-17\" or \"2008-10-17\": \"2012-10-18\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("PolicyDocument", PolicyValidationException::element)
        .returns("Version", PolicyValidationException::field)
        .returns("2012-10-18", PolicyValidationException::value);
  }

  @Test
  void parse_empty_rejects() {
    assertThatThrownBy(() -> PolicyVersion.parse(""))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument.Version must be \"2012-10-17\" or \"2008-10-17\": \"\"");
  }

  // Policy variables such as ${aws:username} are replaced only under 2012-10-17.
  @Test
  void supportsPolicyVariables_onlyFor2012_10_17() {
    assertThat(PolicyVersion.V2012_10_17.supportsPolicyVariables()).isTrue();
    assertThat(PolicyVersion.V2008_10_17.supportsPolicyVariables()).isFalse();
  }

  @Test
  void textAndToString_eachVersion_isTheDateAsWritten() {
    assertThat(PolicyVersion.V2012_10_17.text()).isEqualTo("2012-10-17");
    assertThat(PolicyVersion.V2008_10_17.text()).isEqualTo("2008-10-17");
    assertThat(PolicyVersion.V2012_10_17).hasToString("2012-10-17");
    assertThat(PolicyVersion.V2008_10_17).hasToString("2008-10-17");
  }
}
