package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import java.util.Objects;

/** An EC2 instance profile of a set-up, holding one role, as Databricks clusters use them. */
public final class SetupInstanceProfile {
  private final Partition partition;
  private final AccountId account;
  private final String name;
  private final String roleName;

  private SetupInstanceProfile(Partition partition, AccountId account, String name, String roleName) {
    this.partition = partition;
    this.account = account;
    this.name = name;
    this.roleName = roleName;
  }

  /** Returns the instance profile {@code name} holding the role {@code roleName} of the same account. */
  public static SetupInstanceProfile of(Partition partition, AccountId account, String name, String roleName) {
    return new SetupInstanceProfile(Objects.requireNonNull(partition, "partition == null"),
        Objects.requireNonNull(account, "account == null"), Validate.roleName("instanceProfileName", name),
        Validate.roleName("roleName", roleName));
  }

  /** The account. */
  public AccountId account() {
    return account;
  }

  /** The instance profile name. */
  public String name() {
    return name;
  }

  /** The name of the role it holds. */
  public String roleName() {
    return roleName;
  }

  /** The ARN, {@code arn:<partition>:iam::<account>:instance-profile/<name>}, as Databricks asks for it. */
  public Arn arn() {
    return Arn.of(partition.id(), "iam", "", account.value(), "instance-profile/" + name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SetupInstanceProfile && ((SetupInstanceProfile) other).arn().equals(arn())
        && ((SetupInstanceProfile) other).roleName.equals(roleName);
  }

  @Override
  public int hashCode() {
    return arn().hashCode() * 31 + roleName.hashCode();
  }

  @Override
  public String toString() {
    return "SetupInstanceProfile{" + arn() + " -> " + roleName + "}";
  }
}
