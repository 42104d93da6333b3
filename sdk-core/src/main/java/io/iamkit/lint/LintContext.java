package io.iamkit.lint;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.SizeLimit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the linter cannot read from a document alone: the ARN of the role a trust or permissions policy belongs to,
 * its account, the external ID the set-up passes, whether the role serves Unity Catalog, and the size quota that
 * applies. Each is optional; with more known, more checks become exact.
 *
 * <pre>{@code
 * LintContext context = LintContext.builder()
 *     .roleArn(Arn.parse("arn:aws:iam::123456789012:role/uc-access"))
 *     .externalId(ExternalId.of("0123abcd-..."))
 *     .unityCatalog(true)
 *     .build();
 * List<Finding> findings = Linter.create().lint(trustPolicy, PolicyKind.TRUST, context);
 * }</pre>
 *
 * <ul>
 *   <li>{@link #roleArn()}: the self-assume check of a Unity Catalog role looks for exactly this ARN, and
 *       principals of its account are not cross-account (no external ID expected).
 *   <li>{@link #account()}: the role's account when the ARN is not known; defaults to the ARN's account.
 *   <li>{@link #externalId()}: every {@code sts:ExternalId} condition must accept it.
 *   <li>{@link #unityCatalog()}: the trust policy must name the Unity Catalog master role and let the role assume
 *       itself; the permissions policy must allow {@code sts:AssumeRole} on the role itself.
 *   <li>{@link #sizeLimit()}: replaces the default quota of the kind (for example
 *       {@link SizeLimit#ROLE_INLINE_POLICIES} for an inline policy, or a raised trust-policy quota).
 * </ul>
 */
public final class LintContext {
  /** Nothing known beyond the document. */
  public static final LintContext NONE = builder().build();

  private final @Nullable Arn roleArn;
  private final @Nullable AccountId account;
  private final @Nullable ExternalId externalId;
  private final boolean unityCatalog;
  private final @Nullable SizeLimit sizeLimit;

  private LintContext(Builder builder) {
    this.roleArn = builder.roleArn;
    this.account = builder.account != null
        ? builder.account
        : builder.roleArn == null ? null : builder.roleArn.accountId().orElse(null);
    this.externalId = builder.externalId;
    this.unityCatalog = builder.unityCatalog;
    this.sizeLimit = builder.sizeLimit;
  }

  /** Returns the context of the role {@code roleArn}, nothing else known. */
  public static LintContext forRole(Arn roleArn) {
    return builder().roleArn(roleArn).build();
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The ARN of the role the policy belongs to. */
  public Optional<Arn> roleArn() {
    return Optional.ofNullable(roleArn);
  }

  /** The account the policy's role or resource lives in: as set, or else the role ARN's account. */
  public Optional<AccountId> account() {
    return Optional.ofNullable(account);
  }

  /** The external ID the set-up passes to {@code sts:AssumeRole}. */
  public Optional<ExternalId> externalId() {
    return Optional.ofNullable(externalId);
  }

  /** Whether the role is a Unity Catalog storage-credential role. False by default. */
  public boolean unityCatalog() {
    return unityCatalog;
  }

  /** The size quota to check against instead of the default of the policy kind. */
  public Optional<SizeLimit> sizeLimit() {
    return Optional.ofNullable(sizeLimit);
  }

  @Override
  public String toString() {
    return "LintContext{roleArn=" + roleArn + ", account=" + account + ", externalId=" + externalId
        + ", unityCatalog=" + unityCatalog + ", sizeLimit=" + sizeLimit + "}";
  }

  /** Builds a {@link LintContext}; every value is optional. */
  public static final class Builder {
    private @Nullable Arn roleArn;
    private @Nullable AccountId account;
    private @Nullable ExternalId externalId;
    private boolean unityCatalog;
    private @Nullable SizeLimit sizeLimit;

    Builder() {}

    /** Sets the ARN of the role the policy belongs to. */
    public Builder roleArn(Arn roleArn) {
      this.roleArn = Objects.requireNonNull(roleArn, "roleArn == null");
      return this;
    }

    /** Sets the account of the policy's role or resource; by default the role ARN's account. */
    public Builder account(AccountId account) {
      this.account = Objects.requireNonNull(account, "account == null");
      return this;
    }

    /** Sets the external ID the set-up passes. */
    public Builder externalId(ExternalId externalId) {
      this.externalId = Objects.requireNonNull(externalId, "externalId == null");
      return this;
    }

    /** Sets whether the role is a Unity Catalog storage-credential role. */
    public Builder unityCatalog(boolean unityCatalog) {
      this.unityCatalog = unityCatalog;
      return this;
    }

    /** Sets the size quota to check against. */
    public Builder sizeLimit(SizeLimit sizeLimit) {
      this.sizeLimit = Objects.requireNonNull(sizeLimit, "sizeLimit == null");
      return this;
    }

    /** Returns the context. */
    public LintContext build() {
      return new LintContext(this);
    }
  }
}
