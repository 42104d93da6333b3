package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrincipalTest {

  @Test
  void all_isEveryoneWrittenAsStar() {
    assertThat(Principal.ALL.isAll()).isTrue();
    assertThat(Principal.ALL.writtenAsStar()).isTrue();
    assertThat(Principal.ALL.aws()).containsExactly("*");
    assertThat(Principal.ALL.ids()).isEqualTo(Map.of(PrincipalType.AWS, List.of("*")));
    assertThat(Principal.ALL).hasToString("Principal{*}");
  }

  // AWS documents "Principal": "*" and "Principal": {"AWS": "*"} as the same.
  @Test
  void equals_allAndAwsStar_isEqual() {
    Principal awsStar = Principal.aws("*");

    assertThat(awsStar).isEqualTo(Principal.ALL).hasSameHashCodeAs(Principal.ALL);
    assertThat(Principal.ALL).isEqualTo(awsStar);
    assertThat(awsStar.writtenAsStar()).isFalse();
    assertThat(awsStar.isAll()).isTrue();
    assertThat(awsStar).hasToString("Principal{AWS=[*]}");
  }

  @Test
  void aws_ids_keepsThemInOrder() {
    Principal principal = Principal.aws("arn:aws:iam::111122223333:root", "444455556666");

    assertThat(principal.aws()).containsExactly("arn:aws:iam::111122223333:root", "444455556666");
    assertThat(principal.isAll()).isFalse();
    assertThat(principal.services()).isEmpty();
    assertThat(principal).hasToString("Principal{AWS=[arn:aws:iam::111122223333:root, 444455556666]}");
  }

  @Test
  void aws_arn_isTheArnText() {
    Arn role = Arn.role(Partition.AWS, AccountId.of("123456789012"), "MyRoleA");

    assertThat(Principal.aws(role)).isEqualTo(Principal.aws("arn:aws:iam::123456789012:role/MyRoleA"));
  }

  // The Databricks documents print the trusted account as {"AWS": "414351767826"}.
  @Test
  void account_isTheBareTwelveDigits() {
    assertThat(Principal.account(AccountId.of("414351767826")).aws()).containsExactly("414351767826");
  }

  @Test
  void service_federatedAndCanonicalUser_useTheirType() {
    assertThat(Principal.service("ec2.amazonaws.com").services()).containsExactly("ec2.amazonaws.com");
    assertThat(Principal.federated("cognito-identity.amazonaws.com").ids(PrincipalType.FEDERATED))
        .containsExactly("cognito-identity.amazonaws.com");
    assertThat(Principal.canonicalUser("79a59df900b949e55d96a1e698fbaced").ids(PrincipalType.CANONICAL_USER))
        .containsExactly("79a59df900b949e55d96a1e698fbaced");
    assertThat(Principal.service("ec2.amazonaws.com")).hasToString("Principal{Service=[ec2.amazonaws.com]}");
  }

  @Test
  void ids_absentType_isEmpty() {
    assertThat(Principal.service("ec2.amazonaws.com").ids(PrincipalType.AWS)).isEmpty();
  }

  @Test
  void builder_severalTypes_keepsTheTypesInTheOrderGiven() {
    Principal principal = Principal.builder()
        .addService("s3.amazonaws.com")
        .addAws("arn:aws:iam::111122223333:root")
        .addService("cloudtrail.amazonaws.com")
        .build();

    assertThat(principal.ids().keySet()).containsExactly(PrincipalType.SERVICE, PrincipalType.AWS);
    assertThat(principal.services()).containsExactly("s3.amazonaws.com", "cloudtrail.amazonaws.com");
    assertThat(principal)
        .hasToString("Principal{Service=[s3.amazonaws.com, cloudtrail.amazonaws.com], AWS=[arn:aws:iam::111122223333:root]}");
  }

  @Test
  void builder_addList_appendsTheIds() {
    Principal principal = Principal.builder().add(PrincipalType.AWS, List.of("111122223333", "444455556666")).build();

    assertThat(principal.aws()).containsExactly("111122223333", "444455556666");
  }

  @Test
  void equals_typesInAnotherOrder_isEqual() {
    Principal first = Principal.builder().addAws("111122223333").addService("s3.amazonaws.com").build();
    Principal second = Principal.builder().addService("s3.amazonaws.com").addAws("111122223333").build();

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
  }

  @Test
  void equals_idsOfOneTypeInAnotherOrder_isNotEqual() {
    assertThat(Principal.aws("111122223333", "444455556666")).isNotEqualTo(Principal.aws("444455556666", "111122223333"));
  }

  @Test
  void equals_sameIdUnderAnotherType_isNotEqual() {
    assertThat(Principal.aws("ec2.amazonaws.com")).isNotEqualTo(Principal.service("ec2.amazonaws.com"));
  }

  // A scalar and a one-element array are the same principal.
  @Test
  void equals_differentForm_isEqual() {
    Principal array = Principal.builder().addAws("111122223333").form(PrincipalType.AWS, ValueForm.ARRAY).build();

    assertThat(array).isEqualTo(Principal.aws("111122223333")).hasSameHashCodeAs(Principal.aws("111122223333"));
    assertThat(array.form(PrincipalType.AWS)).isSameAs(ValueForm.ARRAY);
    assertThat(array.form(PrincipalType.SERVICE)).isSameAs(ValueForm.SCALAR_IF_SINGLE);
  }

  @Test
  void ids_areUnmodifiable() {
    Principal principal = Principal.aws("111122223333");

    assertThatThrownBy(() -> principal.aws().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> principal.ids().put(PrincipalType.SERVICE, List.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void build_thenAddingToTheBuilder_leavesTheBuiltPrincipalAlone() {
    Principal.Builder builder = Principal.builder().addAws("111122223333");
    Principal built = builder.build();

    builder.addAws("444455556666");

    assertThat(built.aws()).containsExactly("111122223333");
  }

  @Test
  void toBuilder_preservesIdsFormsAndStar() {
    Principal original = Principal.builder().addAws("111122223333").form(PrincipalType.AWS, ValueForm.ARRAY).build();

    Principal copy = original.toBuilder().build();

    assertThat(copy).isEqualTo(original);
    assertThat(copy.form(PrincipalType.AWS)).isSameAs(ValueForm.ARRAY);
    assertThat(Principal.ALL.toBuilder().build().writtenAsStar()).isTrue();
  }

  @Test
  void toBuilder_addingAnId_appendsAfterTheExistingOnes() {
    Principal changed = Principal.aws("111122223333").toBuilder().addAws("444455556666").build();

    assertThat(changed.aws()).containsExactly("111122223333", "444455556666");
  }

  // A Principal element must name someone.
  @Test
  void build_noId_rejects() {
    assertThatThrownBy(() -> Principal.builder().build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Principal must name at least one principal")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Principal", PolicyValidationException::field)
        .returns(null, PolicyValidationException::value);
  }

  @Test
  void build_typeWithNoIds_rejectsNamingTheType() {
    assertThatThrownBy(() -> Principal.builder().addService().build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Principal must not have an empty list for Service");
  }

  @Test
  void build_emptyId_rejects() {
    assertThatThrownBy(() -> Principal.aws(""))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Principal AWS must not be empty: \"\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("", PolicyValidationException::value);
  }

  @Test
  void build_idWithWhitespace_rejects() {
    assertThatThrownBy(() -> Principal.service("ec2 .amazonaws.com"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Principal Service must not contain whitespace: \"ec2 .amazonaws.com\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Principal", PolicyValidationException::field)
        .returns("ec2 .amazonaws.com", PolicyValidationException::value);
  }

  @Test
  void build_writtenAsStarWithOtherIds_rejects() {
    assertThatThrownBy(() -> Principal.builder().addAws("*", "111122223333").writtenAsStar(true).build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Principal can be written as \"*\" only when it is exactly {\"AWS\": \"*\"}");
  }

  @Test
  void build_writtenAsStarWithAService_rejects() {
    assertThatThrownBy(() -> Principal.ALL.toBuilder().addService("s3.amazonaws.com").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Principal can be written as \"*\" only when it is exactly {\"AWS\": \"*\"}");
  }

  @Test
  void add_nullId_throwsNullPointerException() {
    assertThatNullPointerException()
        .isThrownBy(() -> Principal.builder().addAws("111122223333", nullId()))
        .withMessage("principal id == null");
  }

  private static String nullId() {
    return null;
  }
}
