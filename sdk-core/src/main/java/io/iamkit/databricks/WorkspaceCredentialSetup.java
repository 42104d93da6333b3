package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The cross-account IAM role Databricks assumes to deploy workspaces (seed 000): the role in your account with
 * the {@link WorkspaceTrust trust policy} for the Databricks account and the {@link WorkspaceAccess access policy}
 * for your VPC option as its inline policy.
 *
 * <pre>{@code
 * WorkspaceCredentialSetup setup = WorkspaceCredentialSetup.builder()
 *     .accountId("111122223333")
 *     .externalId("0a1b2c3d-your-databricks-account-id")
 *     .vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED)
 *     .build();
 * Arn roleArn = setup.role().arn();   // what you register with Databricks as the credential
 * }</pre>
 */
public final class WorkspaceCredentialSetup implements DatabricksSetup {
  /** The default role name. */
  public static final String DEFAULT_ROLE_NAME = "databricks-cross-account-role";
  /** The name of the inline access policy. */
  public static final String ACCESS_POLICY_NAME = "databricks-cross-account-policy";

  private final DatabricksPartition partition;
  private final SetupRole role;
  private final ExternalId externalId;

  private WorkspaceCredentialSetup(DatabricksPartition partition, SetupRole role, ExternalId externalId) {
    this.partition = partition;
    this.role = role;
    this.externalId = externalId;
  }

  /** Returns a builder; {@code accountId} and {@code externalId} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String kind() {
    return "workspace-credential";
  }

  @Override
  public DatabricksPartition partition() {
    return partition;
  }

  /** The cross-account role. */
  public SetupRole role() {
    return role;
  }

  /** Your Databricks account ID, which Databricks passes as {@code sts:ExternalId} when it assumes the role. */
  public ExternalId externalId() {
    return externalId;
  }

  /** The role's trust policy. */
  public PolicyDocument trustPolicy() {
    return role.trustPolicy().orElseThrow();
  }

  /** The role's inline access policy. */
  public PolicyDocument accessPolicy() {
    return role.inlinePolicies().get(0).document();
  }

  @Override
  public List<SetupRole> roles() {
    return List.of(role);
  }



  @Override
  public String toString() {
    return "WorkspaceCredentialSetup{" + role + "}";
  }

  /** Builds a {@link WorkspaceCredentialSetup}. */
  public static final class Builder {
    private @Nullable AccountId accountId;
    private @Nullable ExternalId externalId;
    private String roleName = DEFAULT_ROLE_NAME;
    private DatabricksPartition partition = DatabricksPartition.AWS;
    private WorkspaceTrust.PrincipalStyle principalStyle = WorkspaceTrust.PrincipalStyle.ACCOUNT_ID;
    private WorkspaceAccess.Vpc vpc = WorkspaceAccess.Vpc.DATABRICKS_MANAGED;
    private @Nullable String vpcId;
    private @Nullable String region;
    private @Nullable String securityGroupId;
    private final List<Arn> passRoles = new ArrayList<>();

    private Builder() {}

    /** Your AWS account, where the role is created. Required. */
    public Builder accountId(String value) {
      this.accountId = Validate.accountId("accountId", value);
      return this;
    }

    /** Your AWS account, where the role is created. Required. */
    public Builder accountId(AccountId value) {
      this.accountId = Objects.requireNonNull(value, "accountId == null");
      return this;
    }

    /** Your Databricks account ID, which Databricks passes as {@code sts:ExternalId}. Required. */
    public Builder externalId(String value) {
      this.externalId = Validate.externalId("externalId", value);
      return this;
    }

    /** The role name; by default {@value #DEFAULT_ROLE_NAME}. */
    public Builder roleName(String value) {
      this.roleName = Validate.roleName("roleName", value);
      return this;
    }

    /** The Databricks deployment; by default {@link DatabricksPartition#AWS}. */
    public Builder partition(DatabricksPartition value) {
      this.partition = Objects.requireNonNull(value, "partition == null");
      return this;
    }

    /** How the trust policy names the Databricks account; see {@link WorkspaceTrust.PrincipalStyle}. */
    public Builder principalStyle(WorkspaceTrust.PrincipalStyle value) {
      this.principalStyle = Objects.requireNonNull(value, "principalStyle == null");
      return this;
    }

    /** The VPC option of the access policy; by default {@link WorkspaceAccess.Vpc#DATABRICKS_MANAGED}. */
    public Builder vpc(WorkspaceAccess.Vpc value) {
      this.vpc = Objects.requireNonNull(value, "vpc == null");
      return this;
    }

    /** The VPC of a {@link WorkspaceAccess.Vpc#CUSTOMER_MANAGED_RESTRICTED} policy. */
    public Builder vpcId(String value) {
      this.vpcId = value;
      return this;
    }

    /** The region of a {@link WorkspaceAccess.Vpc#CUSTOMER_MANAGED_RESTRICTED} policy. */
    public Builder region(String value) {
      this.region = value;
      return this;
    }

    /** The security group of a {@link WorkspaceAccess.Vpc#CUSTOMER_MANAGED_RESTRICTED} policy. */
    public Builder securityGroupId(String value) {
      this.securityGroupId = value;
      return this;
    }

    /** Adds a role the access policy lets Databricks pass to clusters ({@code iam:PassRole}). */
    public Builder addPassRole(Arn role) {
      passRoles.add(Objects.requireNonNull(role, "role == null"));
      return this;
    }

    /**
     * Returns the set-up.
     *
     * @throws ParameterException if a required parameter is missing or a value breaks its rule
     */
    public WorkspaceCredentialSetup build() {
      AccountId account = Setups.require(accountId, "accountId", "the workspace credential set-up");
      ExternalId external = Setups.require(externalId, "externalId", "the workspace credential set-up");
      PolicyDocument trust = WorkspaceTrust.builder()
          .externalId(external).partition(partition).principalStyle(principalStyle).build();
      WorkspaceAccess.Builder access = WorkspaceAccess.builder().vpc(vpc).partition(partition).passRoles(passRoles);
      if (vpc == WorkspaceAccess.Vpc.CUSTOMER_MANAGED_RESTRICTED) {
        access.accountId(account);
      }
      if (vpcId != null) {
        access.vpcId(vpcId);
      }
      if (region != null) {
        access.region(region);
      }
      if (securityGroupId != null) {
        access.securityGroupId(securityGroupId);
      }
      SetupRole role = SetupRole.create(partition.arnPartition(), account, roleName, trust,
          List.of(NamedPolicy.of(ACCESS_POLICY_NAME, access.build())));
      return new WorkspaceCredentialSetup(partition, role, external);
    }
  }
}
