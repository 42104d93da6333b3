package io.iamkit.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

class RetrierTest {
  private static final Retrier MAX_JITTER = new Retrier(8, Duration.ofMillis(100), Duration.ofSeconds(1),
      d -> { }, bound -> bound, ApplyListener.NONE);

  private static AwsServiceException error(int status, String code, String message) {
    return AwsServiceException.builder().statusCode(status)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
  }

  @Test
  void delay_doublesUpToTheCap() {
    assertThat(MAX_JITTER.delay(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(MAX_JITTER.delay(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(MAX_JITTER.delay(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(MAX_JITTER.delay(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(MAX_JITTER.delay(60)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void delay_isJitteredBelowTheBound() {
    Retrier noJitter = new Retrier(8, Duration.ofMillis(100), Duration.ofSeconds(1), d -> { }, bound -> 0,
        ApplyListener.NONE);

    assertThat(noJitter.delay(3)).isZero();
  }

  @Test
  void isTransient_throttlingServerErrorsAndNoResponse() {
    assertThat(Retrier.isTransient(error(400, "Throttling", "Rate exceeded"), "Throttling", false)).isTrue();
    assertThat(Retrier.isTransient(error(429, "TooManyRequests", ""), "TooManyRequests", false)).isTrue();
    assertThat(Retrier.isTransient(error(503, "SlowDown", ""), "SlowDown", false)).isTrue();
    assertThat(Retrier.isTransient(error(500, "ServiceFailure", ""), "ServiceFailure", false)).isTrue();
    assertThat(Retrier.isTransient(SdkClientException.create("connection reset"), null, false)).isTrue();
  }

  @Test
  void isTransient_callerErrors_areNot() {
    assertThat(Retrier.isTransient(error(403, "AccessDenied", ""), "AccessDenied", true)).isFalse();
    assertThat(Retrier.isTransient(error(409, "EntityAlreadyExists", ""), "EntityAlreadyExists", true)).isFalse();
    assertThat(Retrier.isTransient(error(404, "NoSuchEntity", ""), "NoSuchEntity", false)).isFalse();
  }

  // IAM is eventually consistent: a role created a moment ago may be unknown to the next write.
  @Test
  void isTransient_propagationOnWrites() {
    assertThat(Retrier.isTransient(error(404, "NoSuchEntity", ""), "NoSuchEntity", true)).isTrue();
    assertThat(Retrier.isTransient(error(400, "MalformedPolicyDocument", "Invalid principal in policy"),
        "MalformedPolicyDocument", true)).isTrue();
    assertThat(Retrier.isTransient(error(400, "MalformedPolicyDocument", "Syntax errors in policy"),
        "MalformedPolicyDocument", true)).isFalse();
  }
}
