package io.iamkit.policy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An IAM policy document: its {@code Version}, optional {@code Id} and one or more {@code Statement}s. The same
 * grammar serves identity policies, resource policies (S3 bucket policies, KMS key policies), role trust
 * policies, SCPs and RCPs.
 *
 * <pre>{@code
 * PolicyDocument trust = PolicyDocument.of(
 *     Statement.allowAssumeRoleBy(Principal.aws("414351767826"), ExternalId.of("my-databricks-account-id")));
 *
 * PolicyDocument access = PolicyDocument.builder()
 *     .addStatement(Statement.allow("s3:ListBucket").addResource("arn:aws:s3:::my-bucket").build())
 *     .addStatement(Statement.allow("s3:GetObject").addResource("arn:aws:s3:::my-bucket/*").build())
 *     .build();
 * }</pre>
 *
 * <p>{@link #version()} is {@code 2012-10-17} unless set otherwise. A document read without a {@code Version}
 * has version {@code 2008-10-17}, which is how IAM reads it, and {@link #omitVersion()} set, so that it is
 * written back without one.
 *
 * <p>Equality is semantic: the statements (in order), the version and the Id. Whether {@code Statement} was
 * written as one object or an array ({@link #statementForm()}), the key order and unknown members are not part of
 * it.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON
 *     policy grammar</a>
 */
@Value.Immutable
public abstract class PolicyDocument {
  /** The names of a document's elements in the order AWS documents them; the default output order. */
  public static final List<String> CANONICAL_KEY_ORDER = List.of("Version", "Id", "Statement");

  PolicyDocument() {}

  /** The policy language version. By default {@code 2012-10-17}. */
  @Value.Default
  public PolicyVersion version() {
    return PolicyVersion.V2012_10_17;
  }

  /**
   * Whether the document is written without a {@code Version} element; only allowed with version
   * {@code 2008-10-17}, which is what IAM assumes when the element is missing. Not part of equality.
   */
  @Value.Auxiliary
  @Value.Default
  public boolean omitVersion() {
    return false;
  }

  /** The optional policy identifier, used by some resource policies (for example SQS and SNS). */
  public abstract Optional<String> id();

  /** The statements, in order. At least one is required. */
  public abstract List<Statement> statements();

  /**
   * How {@code Statement} is written: {@link ValueForm#ARRAY} (the default) or, with
   * {@link ValueForm#SCALAR_IF_SINGLE} and one statement, as a bare object. Not part of equality.
   */
  @Value.Auxiliary
  @Value.Default
  public ValueForm statementForm() {
    return ValueForm.ARRAY;
  }

  /**
   * The order in which the top-level elements are written, by JSON name; elements not listed follow in
   * {@link #CANONICAL_KEY_ORDER}. Empty by default. Not part of equality.
   */
  @Value.Auxiliary
  public abstract List<String> keyOrder();

  /**
   * Top-level members that IAM does not know, kept from a document read in lenient mode: JSON name to compact
   * JSON text. Not part of equality.
   */
  @Value.Auxiliary
  public abstract Map<String, String> extensions();

  /** Returns the {@code 2012-10-17} document holding {@code statements}. */
  public static PolicyDocument of(Statement... statements) {
    return builder().addStatements(statements).build();
  }

  /** Returns the {@code 2012-10-17} document holding {@code statements}. */
  public static PolicyDocument of(List<Statement> statements) {
    return builder().statements(statements).build();
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this document. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Returns a copy with {@code statement} appended. */
  public PolicyDocument withStatement(Statement statement) {
    return toBuilder().addStatement(statement).build();
  }

  /** Returns a copy with other statements, replacing all of them. */
  public PolicyDocument withStatements(Iterable<? extends Statement> newStatements) {
    return ImmutablePolicyDocument.copyOf(this).withStatements(newStatements);
  }

  /** Returns a copy with another Id. */
  public PolicyDocument withId(String newId) {
    return ImmutablePolicyDocument.copyOf(this).withId(newId);
  }

  /** Returns a copy whose elements are written in {@code order} (JSON names). */
  public PolicyDocument withKeyOrder(String... order) {
    return ((ImmutablePolicyDocument) ImmutablePolicyDocument.copyOf(this)).withKeyOrder(Arrays.asList(order));
  }

  /** The statement with the given Sid, if any. */
  public Optional<Statement> statement(String sid) {
    for (Statement statement : statements()) {
      if (statement.sid().isPresent() && statement.sid().get().equals(sid)) {
        return Optional.of(statement);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (statements().isEmpty()) {
      throw new PolicyValidationException("PolicyDocument", "Statement", "must hold at least one statement", null);
    }
    if (omitVersion() && version() != PolicyVersion.V2008_10_17) {
      throw new PolicyValidationException(
          "PolicyDocument", "Version", "can be omitted only for 2008-10-17 (IAM's default)", version().text());
    }
    List<Statement> statements = statements();
    int size = statements.size();
    if (size > 1) {
      // Each sid() makes an Optional: read every Sid once, then sort them; a HashSet would allocate a node per Sid.
      String[] sids = new String[size];
      int count = 0;
      for (int i = 0; i < size; i++) {
        String sid = statements.get(i).sid().orElse(null);
        if (sid != null) {
          sids[count++] = sid;
        }
      }
      if (hasDuplicate(sids, count)) {
        throw new PolicyValidationException(
            "PolicyDocument", "Sid", "must be unique within a policy", firstRepeated());
      }
    }
  }

  /**
   * Whether two of the first {@code count} Sids are equal; sorts them. Small arrays sort by insertion, without
   * allocating.
   */
  private static boolean hasDuplicate(String[] sids, int count) {
    Arrays.sort(sids, 0, count);
    for (int i = 1; i < count; i++) {
      if (sids[i].equals(sids[i - 1])) {
        return true;
      }
    }
    return false;
  }

  /** The Sid that comes again first in document order, for the message; only on the error path. */
  private String firstRepeated() {
    Set<String> seen = new HashSet<>();
    for (Statement statement : statements()) {
      String sid = statement.sid().orElse(null);
      if (sid != null && !seen.add(sid)) {
        return sid;
      }
    }
    throw new IllegalStateException("no repeated Sid");
  }

  /** Builds a {@link PolicyDocument}; at least one statement is required. */
  public static final class Builder extends ImmutablePolicyDocument.Builder {
    Builder() {}

    /** Appends a statement built inline. */
    public Builder addStatement(java.util.function.Consumer<Statement.Builder> statement) {
      Statement.Builder builder = Statement.builder();
      statement.accept(builder);
      return addStatement(builder.build());
    }
  }
}
