package io.iamkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyKindTest {
  @Test
  void infer_principalAndOnlyTrustActions_isTrust() {
    assertThat(PolicyKind.infer(Lint.read("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
          "Action": ["sts:AssumeRole", "sts:TagSession"]}]}
        """))).isEqualTo(PolicyKind.TRUST);
  }

  @Test
  void infer_principalAndOtherActions_isResource() {
    assertThat(PolicyKind.infer(Lint.read("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"},
          "Action": ["s3:GetObject", "sts:AssumeRole"], "Resource": "arn:aws:s3:::b/*"}]}
        """))).isEqualTo(PolicyKind.RESOURCE);
  }

  @Test
  void infer_noPrincipal_isIdentity_evenForAssumeRole() {
    assertThat(PolicyKind.infer(Lint.read("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
          "Resource": "arn:aws:iam::111122223333:role/r"}]}
        """))).isEqualTo(PolicyKind.IDENTITY);
  }

  @Test
  void description_namesTheKindInWords() {
    assertThat(PolicyKind.TRUST).hasToString("role trust policy");
    assertThat(PolicyKind.SCP.description()).isEqualTo("service control policy");
  }
}
