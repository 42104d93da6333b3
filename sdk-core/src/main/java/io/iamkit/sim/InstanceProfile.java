package io.iamkit.sim;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import java.util.Objects;

/**
 * An EC2 instance profile of an {@link Account}, holding one role of the same account. Code on an instance launched
 * with it gets credentials for a session of that role, named after the instance; EC2 obtains them by assuming the
 * role, so the role's trust policy must allow {@code ec2.amazonaws.com}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html">
 *     Use instance profiles</a>
 */
public final class InstanceProfile {
  private final Arn arn;
  private final String name;
  private final String roleName;

  InstanceProfile(Partition partition, AccountId account, String name, String roleName) {
    this.name = name;
    this.roleName = roleName;
    this.arn = Arn.of(partition.id(), "iam", "", account.value(), "instance-profile/" + name);
  }

  /** The instance profile name. */
  public String name() {
    return name;
  }

  /** The name of the role it holds, in the same account. */
  public String roleName() {
    return roleName;
  }

  /** The ARN, {@code arn:<partition>:iam::<account>:instance-profile/<name>}. */
  public Arn arn() {
    return arn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InstanceProfile && ((InstanceProfile) other).arn.equals(arn)
        && ((InstanceProfile) other).roleName.equals(roleName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(arn, roleName);
  }

  @Override
  public String toString() {
    return "InstanceProfile{" + arn + " -> " + roleName + "}";
  }
}
