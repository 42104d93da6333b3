package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Effect;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.s3.role-a.pass-role}: the policy of the role Databricks uses to create clusters in
 * the deployment account (Account A), with {@code iam:PassRole} on {@code MyRoleA} so that clusters can be
 * launched with MyRoleA's instance profile.
 *
 * <pre>{@code
 * PolicyDocument policy = RoleAPassRole.builder()
 *     .deploymentAccountId("111122223333")
 *     .build();
 * // statement 1: Sid Stmt1403287045000, the EC2 actions Databricks needs to create clusters, on "*"
 * // statement 2: {"Effect": "Allow", "Action": "iam:PassRole", "Resource": ["arn:aws:iam::111122223333:role/MyRoleA"]}
 * }</pre>
 *
 * <p>Source: "Secure access to S3 buckets across accounts using instance profiles with an AssumeRole policy"
 * (seed 001), Step 1, "Update the policy for the Account A role used to create clusters, adding the iam:PassRole
 * action to MyRoleA". The first statement is that seed's list of EC2 actions, verbatim; it is older and shorter
 * than the cross-account access policies of "Create a cross-account IAM role" (seed 000), which
 * {@code databricks.workspace.access} renders. To add {@code iam:PassRole} to one of those current policies
 * instead, use that pattern's {@code passRoles} parameter. ARNs are in the commercial {@code aws} partition, as
 * the seed prints them.
 */
public final class RoleAPassRole {
  static final String ID = "databricks.s3.role-a.pass-role";

  /** The Sid the seed prints on the EC2 statement. */
  static final String SID = "Stmt1403287045000";

  /** The EC2 actions of the cluster-creation statement, in the seed's order. */
  static final List<String> EC2_ACTIONS = List.of(
      "ec2:AssociateDhcpOptions", "ec2:AssociateIamInstanceProfile", "ec2:AssociateRouteTable",
      "ec2:AttachInternetGateway", "ec2:AttachVolume", "ec2:AuthorizeSecurityGroupEgress",
      "ec2:AuthorizeSecurityGroupIngress", "ec2:CancelSpotInstanceRequests", "ec2:CreateDhcpOptions",
      "ec2:CreateInternetGateway", "ec2:CreateKeyPair", "ec2:CreatePlacementGroup", "ec2:CreateRoute",
      "ec2:CreateSecurityGroup", "ec2:CreateSubnet", "ec2:CreateTags", "ec2:CreateVolume", "ec2:CreateVpc",
      "ec2:CreateVpcPeeringConnection", "ec2:DeleteInternetGateway", "ec2:DeleteKeyPair", "ec2:DeletePlacementGroup",
      "ec2:DeleteRoute", "ec2:DeleteRouteTable", "ec2:DeleteSecurityGroup", "ec2:DeleteSubnet", "ec2:DeleteTags",
      "ec2:DeleteVolume", "ec2:DeleteVpc", "ec2:DescribeAvailabilityZones",
      "ec2:DescribeIamInstanceProfileAssociations", "ec2:DescribeInstanceStatus", "ec2:DescribeInstances",
      "ec2:DescribePlacementGroups", "ec2:DescribePrefixLists", "ec2:DescribeReservedInstancesOfferings",
      "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups", "ec2:DescribeSpotInstanceRequests",
      "ec2:DescribeSpotPriceHistory", "ec2:DescribeSubnets", "ec2:DescribeVolumes", "ec2:DescribeVpcs",
      "ec2:DetachInternetGateway", "ec2:DisassociateIamInstanceProfile", "ec2:ModifyVpcAttribute",
      "ec2:ReplaceIamInstanceProfileAssociation", "ec2:RequestSpotInstances", "ec2:RevokeSecurityGroupEgress",
      "ec2:RevokeSecurityGroupIngress", "ec2:RunInstances", "ec2:TerminateInstances");

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("The deployment role's cluster-creation policy with iam:PassRole on MyRoleA, the instance-profile "
          + "role")
      .seeds("001")
      .required("deploymentAccountId", "the AWS account ID of the Databricks deployment (Account A), where MyRoleA "
          + "lives")
      .optional("roleA", "MyRoleA", "the name of the instance-profile role that clusters are launched with")
      .render(p -> PatternOutput.of(builder()
          .deploymentAccountId(p.accountId("deploymentAccountId"))
          .roleA(p.string("roleA"))
          .build()));

  private RoleAPassRole() {}

  /** Returns a builder; the deployment account ID is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the cluster-creation policy with {@code iam:PassRole} on MyRoleA. */
  public static final class Builder {
    private @Nullable AccountId deploymentAccountId;
    private String roleA = "MyRoleA";

    private Builder() {}

    /** The account of the Databricks deployment, where MyRoleA lives (Account A). Required. */
    public Builder deploymentAccountId(AccountId value) {
      this.deploymentAccountId = Objects.requireNonNull(value, "deploymentAccountId == null");
      return this;
    }

    /**
     * The account of the Databricks deployment, where MyRoleA lives (Account A). Required.
     *
     * @throws ParameterException if it is not 12 digits
     */
    public Builder deploymentAccountId(String value) {
      return deploymentAccountId(Validate.accountId("deploymentAccountId", value));
    }

    /**
     * The name of the instance-profile role the policy may pass; by default {@code MyRoleA}.
     *
     * @throws ParameterException if it is not a valid IAM role name
     */
    public Builder roleA(String value) {
      this.roleA = Validate.roleName("roleA", Objects.requireNonNull(value, "roleA == null"));
      return this;
    }

    /**
     * Returns the policy.
     *
     * @throws ParameterException if the deployment account ID was not given
     */
    public PolicyDocument build() {
      if (deploymentAccountId == null) {
        throw new ParameterException("deploymentAccountId", null, "is required by " + ID);
      }
      Statement ec2 = Statement.builder()
          .sid(SID)
          .effect(Effect.ALLOW)
          .addActions(EC2_ACTIONS.toArray(new String[0]))
          .addResource(Resource.ALL)
          .resourceForm(ValueForm.ARRAY)
          .build();
      Statement passRoleA = Statement.allow("iam:PassRole")
          .addResource(Resource.of(Arn.role(Partition.AWS, deploymentAccountId, roleA)))
          .resourceForm(ValueForm.ARRAY)
          .build();
      return PolicyDocument.of(ec2, passRoleA);
    }
  }
}
