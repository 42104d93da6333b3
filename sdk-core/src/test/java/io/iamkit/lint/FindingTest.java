package io.iamkit.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindingTest {
  @Test
  void toString_isSeverityCodePathAndMessage() {
    Finding finding = Finding.of(FindingCode.IDENTITY_PRINCIPAL, "/Statement/0/Principal", "not here");

    assertThat(finding).hasToString("ERROR IDENTITY_PRINCIPAL at /Statement/0/Principal: not here");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void toString_ofTheWholeDocument_printsSlash() {
    assertThat(Finding.of(FindingCode.POLICY_TOO_LARGE, "", "big"))
        .hasToString("ERROR POLICY_TOO_LARGE at /: big");
  }

  @Test
  void equality_isByCodePathAndMessage() {
    assertThat(Finding.of(FindingCode.VERSION_OLD, "/Version", "m"))
        .isEqualTo(Finding.of(FindingCode.VERSION_OLD, "/Version", "m"))
        .hasSameHashCodeAs(Finding.of(FindingCode.VERSION_OLD, "/Version", "m"))
        .isNotEqualTo(Finding.of(FindingCode.VERSION_OLD, "/Id", "m"));
  }

  @Test
  void of_null_throwsNamingTheArgument() {
    assertThatThrownBy(() -> Finding.of(null, "", "m")).hasMessage("code == null");
  }

  @Test
  void everyCode_hasASeverity() {
    for (FindingCode code : FindingCode.values()) {
      assertThat(code.severity()).as(code.name()).isNotNull();
    }
  }
}
