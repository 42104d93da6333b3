package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.A;
import static io.iamkit.eval.Fixtures.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTest {

  @Test
  void resourceAccount_isGiven_orTheAccountPartOfTheArn_orEmpty() {
    assertThat(Request.of(Fixtures.roleA(), "sts:AssumeRole", Fixtures.ROLE_B).resourceAccount())
        .contains(AccountId.of(B));
    assertThat(Request.of(Fixtures.roleA(), "s3:GetObject", "arn:aws:s3:::bucket/key").resourceAccount()).isEmpty();
    assertThat(Request.builder().caller(Fixtures.roleA()).action("s3:GetObject").resource("arn:aws:s3:::b/k")
        .resourceAccount(AccountId.of(B)).build().resourceAccount()).contains(AccountId.of(B));
  }

  @Test
  void bucketWithoutAccount_isTakenToBeInTheCallersAccount_andTheExplanationSaysSo() {
    Evaluation result = Fixtures.evaluate(Request.of(Fixtures.roleA(), "s3:GetObject", "arn:aws:s3:::bucket/key"),
        Fixtures.policies().identityPolicy(Fixtures.policy("p", Fixtures.allow("s3:*", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.notes()).anyMatch(n -> n.contains("caller's account"));
  }

  @Test
  void action_withWildcard_isRefused() {
    assertThatThrownBy(() -> Request.of(Fixtures.roleA(), "s3:Get*", "*"))
        .isInstanceOf(PolicyValidationException.class);
    assertThatThrownBy(() -> Request.of(Fixtures.roleA(), "*", "*")).isInstanceOf(PolicyValidationException.class);
    assertThatThrownBy(() -> Request.of(Fixtures.roleA(), "s3:GetObjec?", "*"))
        .isInstanceOf(PolicyValidationException.class);
  }

  /** The account part of an ARN is the resource's account when it is 12 digits; S3 ARNs have none. */
  @ParameterizedTest
  @CsvSource({
      "arn:aws:iam::123456789012:role/x, 123456789012",
      "arn:aws:iam::12345678901a:role/x, ''",
      "arn:aws:iam::1234567890123:role/x, ''",
      "arn:aws:s3:::bucket/key, ''",
      "*, ''"})
  void resourceAccount_isTheArnsAccount_whenItIsTwelveDigits(String resource, String account) {
    Request request = Request.of(Fixtures.roleA(), "s3:GetObject", resource);

    assertThat(request.resourceAccount().map(AccountId::toString)).isEqualTo(
        account.isEmpty() ? Optional.empty() : Optional.of(account));
  }

  @Test
  void builder_givesTheSameRequestAsOf_andItsResourceAccountWins() {
    String resource = "arn:aws:iam::123456789012:role/x";
    Request built = Request.builder().caller(Fixtures.roleA()).action("s3:GetObject").resource(resource).build();
    Request owned = Request.builder().caller(Fixtures.roleA()).action("s3:GetObject").resource(resource)
        .resourceAccount(AccountId.of("210987654321")).build();

    assertThat(built).hasToString(Request.of(Fixtures.roleA(), "s3:GetObject", resource).toString());
    assertThat(owned.resourceAccount()).contains(AccountId.of("210987654321"));
    assertThatThrownBy(() -> Request.builder().action("s3:GetObject").resource("*").build())
        .isInstanceOf(NullPointerException.class).hasMessage("caller == null");
  }

  @Test
  void resource_mustBeStarOrAnArn() {
    assertThatThrownBy(() -> Request.of(Fixtures.roleA(), "s3:GetObject", "bucket/key"))
        .isInstanceOf(PolicyValidationException.class);
  }

  /** Five colons, a partition and a service, no blank: the same shape the policy model asks of a resource ARN. */
  @ParameterizedTest
  @ValueSource(strings = {
      "arn:aws:s3:::bucket key", "arn:aws:s3::bucket", "arn::s3:::bucket", "arn:aws::::bucket",
      "arn:aws:s3:::bucket\u2003", "arn:aws:s3:::\tbucket", "arn:aws:s3"})
  void resource_notAnArn_isRefused(String resource) {
    assertThatThrownBy(() -> Request.of(Fixtures.roleA(), "s3:GetObject", resource))
        .isInstanceOf(PolicyValidationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "arn:aws:s3:::bucket", "arn:aws:s3:::bucket/a:b:c", "arn:aws:iam::123456789012:role/x", "arn:aws:s3:::\u00e9"})
  void resource_anArn_isTaken(String resource) {
    assertThat(Request.of(Fixtures.roleA(), "s3:GetObject", resource).resource()).isEqualTo(resource);
  }

  @Test
  void toString_showsCallerActionResourceAndContext() {
    Request request = Request.of(Fixtures.userA(), "s3:GetObject", "arn:aws:iam::" + A + ":role/x")
        .withContext(RequestContext.of("sts:ExternalId", "e"));

    assertThat(request).hasToString("arn:aws:iam::" + A + ":user/alice -> s3:GetObject on arn:aws:iam::" + A
        + ":role/x (account " + A + ") {sts:ExternalId=e}");
  }

  @Test
  void context_keysAreCaseInsensitive_andRefusedTwice() {
    RequestContext context = RequestContext.builder().put("AWS:SourceIp", ContextKeyType.IP, "203.0.113.1")
        .putMulti("aws:TagKeys", ContextKeyType.STRING).build();

    assertThat(context.values("aws:sourceip")).containsExactly("203.0.113.1");
    assertThat(context.isMultiValued("AWS:TAGKEYS")).isTrue();
    assertThat(context.values("aws:TagKeys")).isEmpty();
    assertThat(context.keys()).containsExactly("AWS:SourceIp", "aws:TagKeys");
    assertThatThrownBy(() -> RequestContext.builder().put("aws:SourceIp", "a").put("AWS:SOURCEIP", "b"))
        .isInstanceOf(PolicyValidationException.class)
        .hasMessageContaining("case-insensitive");
  }

  @Test
  void context_typedValuesAreChecked() {
    assertThatThrownBy(() -> RequestContext.builder().put("aws:CurrentTime", ContextKeyType.DATE, "yesterday"))
        .isInstanceOf(PolicyValidationException.class);
    assertThatThrownBy(() -> RequestContext.builder().put("aws:SourceIp", ContextKeyType.IP, "example.com"))
        .isInstanceOf(PolicyValidationException.class);
    assertThatThrownBy(() -> RequestContext.builder().put("n", ContextKeyType.NUMERIC, "ten"))
        .isInstanceOf(PolicyValidationException.class);
    assertThatThrownBy(() -> RequestContext.builder().put("b", ContextKeyType.BOOLEAN, "yes"))
        .isInstanceOf(PolicyValidationException.class);
    assertThatThrownBy(() -> RequestContext.builder().put("a", ContextKeyType.ARN, "not-an-arn"))
        .isInstanceOf(PolicyValidationException.class);
    assertThatThrownBy(() -> RequestContext.builder().put("x", ContextKeyType.BINARY, "!!"))
        .isInstanceOf(PolicyValidationException.class);
  }
}
