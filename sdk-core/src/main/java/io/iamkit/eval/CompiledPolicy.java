package io.iamkit.eval;

import io.iamkit.policy.PolicyDocument;
import java.util.List;
import java.util.Objects;

/**
 * A policy document compiled for evaluation, with the name under which explanations cite it. Compile a policy
 * once and reuse it in any number of {@link Policies}: actions are lower-cased and indexed by service prefix,
 * ARNs split into their parts, condition values parsed, principals classified.
 *
 * <p>Policy variables are substituted only when the document's {@code Version} is {@code 2012-10-17}; under
 * {@code 2008-10-17}, which is also what a document without {@code Version} has, {@code ${aws:username}} is
 * literal text (rule 4, "Policy variables"; VARS line 87).
 *
 * <pre>{@code
 * CompiledPolicy readOnly = CompiledPolicy.of("ReadOnlyAccess", PolicyReader.strict().read(json));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CompiledPolicy {
  private final String name;
  private final PolicyDocument document;
  final CompiledStatement[] statements;

  private CompiledPolicy(String name, PolicyDocument document) {
    this.name = name;
    this.document = document;
    boolean variables = document.version().supportsPolicyVariables();
    this.statements = new CompiledStatement[document.statements().size()];
    for (int i = 0; i < statements.length; i++) {
      statements[i] = new CompiledStatement(document.statements().get(i), i, variables);
    }
  }

  /** Compiles {@code document}; {@code name} identifies it in explanations (a policy name, a file name...). */
  public static CompiledPolicy of(String name, PolicyDocument document) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(document, "document == null");
    return new CompiledPolicy(name, document);
  }

  /** The name given at compilation. */
  public String name() {
    return name;
  }

  /** The document. */
  public PolicyDocument document() {
    return document;
  }

  /** The statements of the document, in order. */
  public List<io.iamkit.policy.Statement> statements() {
    return document.statements();
  }

  /** Returns {@code CompiledPolicy{name, n statements}}. */
  @Override
  public String toString() {
    return "CompiledPolicy{" + name + ", " + statements.length + (statements.length == 1 ? " statement}"
        : " statements}");
  }
}
