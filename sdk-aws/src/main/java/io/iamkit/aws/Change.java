package io.iamkit.aws;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One write that {@link Applier#apply} makes: its type, the account, the target ({@code role/MyRoleA},
 * {@code instance-profile/MyRoleA}, {@code bucket/my-bucket}) and a sentence that says what it does.
 */
public final class Change {
  /** The kinds of writes, one AWS call each. */
  public enum Type {
    /** {@code CreateRole}, with the trust policy and the managed-by tag. */
    CREATE_ROLE,
    /** {@code UpdateAssumeRolePolicy}: the trust policy differs from the set-up's. */
    UPDATE_TRUST_POLICY,
    /** {@code PutRolePolicy}: an inline policy is missing or differs. */
    PUT_ROLE_POLICY,
    /** {@code CreateInstanceProfile}. */
    CREATE_INSTANCE_PROFILE,
    /** {@code AddRoleToInstanceProfile}. */
    ADD_ROLE_TO_INSTANCE_PROFILE,
    /** {@code PutBucketPolicy}: the bucket policy lacks or differs in the set-up's statements. */
    PUT_BUCKET_POLICY,
    /** {@code TagRole} with the managed-by tag, for a role taken over. */
    TAG_ROLE
  }

  private final Type type;
  private final AccountId account;
  private final String target;
  private final String description;
  private final @Nullable String name;
  private final @Nullable PolicyDocument document;

  Change(Type type, AccountId account, String target, String description, @Nullable String name,
      @Nullable PolicyDocument document) {
    this.type = type;
    this.account = account;
    this.target = target;
    this.description = description;
    this.name = name;
    this.document = document;
  }

  /** The kind of write. */
  public Type type() {
    return type;
  }

  /** The account written to. */
  public AccountId account() {
    return account;
  }

  /** What is written: {@code role/<name>}, {@code instance-profile/<name>} or {@code bucket/<name>}. */
  public String target() {
    return target;
  }

  /** What the change does, in a sentence. */
  public String description() {
    return description;
  }

  /**
   * The document written: the trust policy, the inline policy or the whole new bucket policy; empty for the
   * other types.
   */
  public Optional<PolicyDocument> document() {
    return Optional.ofNullable(document);
  }

  /** The inline policy name (PUT_ROLE_POLICY) or the role name (ADD_ROLE_TO_INSTANCE_PROFILE). */
  @Nullable String name() {
    return name;
  }

  /** The name after {@code role/}, {@code instance-profile/} or {@code bucket/}. */
  String targetName() {
    return target.substring(target.indexOf('/') + 1);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Change)) {
      return false;
    }
    Change that = (Change) other;
    return type == that.type && account.equals(that.account) && target.equals(that.target)
        && description.equals(that.description) && Objects.equals(name, that.name)
        && Objects.equals(document, that.document);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, account, target, description, name);
  }

  /** Returns {@code TYPE account target: description}. */
  @Override
  public String toString() {
    return type + " " + account + " " + target + ": " + description;
  }
}
