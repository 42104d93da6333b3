package io.iamkit.aws;

import io.iamkit.policy.AccountId;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The clients of one account. */
final class Clients implements AutoCloseable {
  final AccountId account;
  final IamClient iam;
  final S3Client s3;

  Clients(AccountId account, IamClient iam, S3Client s3) {
    this.account = account;
    this.iam = iam;
    this.s3 = s3;
  }

  @Override
  public void close() {
    iam.close();
    s3.close();
  }
}
