package io.iamkit.sim;

import io.iamkit.eval.Caller;
import io.iamkit.eval.Decision;
import io.iamkit.eval.Evaluation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one step of a simulation: EC2 obtaining an instance profile's credentials, one
 * {@code AssumeRole} hop, or the final action on a resource. It holds the {@link Evaluation} of each IAM request
 * the step makes ({@code sts:AssumeRole}, and {@code sts:SetSourceIdentity} when a source identity is set or
 * carried), and the problems that make STS refuse the call whatever the policies say (role chaining above one
 * hour, a duration above the role's maximum, a principal or resource the model does not hold).
 *
 * <pre>{@code
 * StepResult hop = model.simulateAssumeRole(caller, Hop.to(roleB));
 * hop.succeeded();   // ALLOWED and no problem
 * hop.explain();     // hop 1: arn:aws:sts::111111111111:assumed-role/MyRoleA/i-0123... -> sts:AssumeRole on ...
 * }</pre>
 */
public final class StepResult {
  /** What a step does. */
  public enum Kind {
    /** EC2 assumes an instance profile's role to give the instance its credentials. */
    INSTANCE_PROFILE,
    /** An {@code AssumeRole} call. */
    ASSUME_ROLE,
    /** The final action on a resource. */
    ACTION
  }

  private final Kind kind;
  private final int index;
  private final Caller caller;
  private final String action;
  private final String resource;
  private final List<Evaluation> evaluations;
  private final List<String> problems;
  private final List<String> notes;
  private final @Nullable Caller session;
  private final @Nullable String sourceIdentity;

  StepResult(Kind kind, int index, Caller caller, String action, String resource, List<Evaluation> evaluations,
      List<String> problems, List<String> notes, @Nullable Caller session, @Nullable String sourceIdentity) {
    this.kind = kind;
    this.index = index;
    this.caller = caller;
    this.action = action;
    this.resource = resource;
    this.evaluations = List.copyOf(evaluations);
    this.problems = List.copyOf(problems);
    this.notes = List.copyOf(notes);
    this.session = session;
    this.sourceIdentity = sourceIdentity;
  }

  /** What the step does. */
  public Kind kind() {
    return kind;
  }

  /** The step's position in its chain, from 0. */
  public int index() {
    return index;
  }

  /** Who makes the request. */
  public Caller caller() {
    return caller;
  }

  /** The action, such as {@code sts:AssumeRole} or {@code s3:GetObject}. */
  public String action() {
    return action;
  }

  /** The resource: the role assumed, or the final action's resource. */
  public String resource() {
    return resource;
  }

  /**
   * The evaluations of the step's IAM requests: the action itself first, then {@code sts:SetSourceIdentity} if
   * the call sets or carries a source identity. Empty when the step could not be evaluated (see
   * {@link #problems()}).
   */
  public List<Evaluation> evaluations() {
    return evaluations;
  }

  /** The evaluation of the step's action, if it could be evaluated. */
  public Optional<Evaluation> evaluation() {
    return evaluations.isEmpty() ? Optional.empty() : Optional.of(evaluations.get(0));
  }

  /**
   * Why the call fails whatever the policies decide: a principal, role, instance profile or bucket the model does
   * not hold, {@code DurationSeconds} out of range, role chaining above one hour, a source identity changed.
   */
  public List<String> problems() {
    return problems;
  }

  /** Remarks that do not change the outcome, such as "role chaining: the session lasts at most one hour". */
  public List<String> notes() {
    return notes;
  }

  /**
   * The policy decision: {@link Decision#EXPLICIT_DENY} if any evaluation is, else
   * {@link Decision#IMPLICIT_DENY} if any evaluation is or if there is none, else {@link Decision#ALLOWED}.
   */
  public Decision decision() {
    if (evaluations.isEmpty()) {
      return Decision.IMPLICIT_DENY;
    }
    Decision result = Decision.ALLOWED;
    for (Evaluation evaluation : evaluations) {
      if (evaluation.decision() == Decision.EXPLICIT_DENY) {
        return Decision.EXPLICIT_DENY;
      }
      if (evaluation.decision() == Decision.IMPLICIT_DENY) {
        result = Decision.IMPLICIT_DENY;
      }
    }
    return result;
  }

  /** Whether the call would succeed: every evaluation allows and there is no problem. */
  public boolean succeeded() {
    return problems.isEmpty() && decision() == Decision.ALLOWED;
  }

  /** The session an {@code AssumeRole} or instance-profile step creates. */
  public Optional<Caller> session() {
    return Optional.ofNullable(session);
  }

  /** The source identity of the session created, or of the caller of the final action. */
  public Optional<String> sourceIdentity() {
    return Optional.ofNullable(sourceIdentity);
  }

  /** {@code EC2 instance profile}, {@code hop 1}, {@code final action}. */
  public String label() {
    switch (kind) {
      case INSTANCE_PROFILE:
        return "EC2 instance profile";
      case ASSUME_ROLE:
        return "hop " + index;
      default:
        return "final action";
    }
  }

  /**
   * One line: {@code hop 1: caller -> sts:AssumeRole on role: ALLOWED}, or the first problem, or the decision and
   * the rule that decided.
   */
  public String summary() {
    StringBuilder text = new StringBuilder(label()).append(": ").append(caller).append(" -> ").append(action)
        .append(" on ").append(resource).append(": ");
    if (succeeded()) {
      return text.append("ALLOWED").toString();
    }
    if (!problems.isEmpty()) {
      return text.append("FAILS: ").append(problems.get(0)).toString();
    }
    for (Evaluation evaluation : evaluations) {
      if (!evaluation.isAllowed()) {
        text.append(evaluation.decision());
        if (evaluations.size() > 1) {
          text.append(" (").append(evaluation.request().action()).append(')');
        }
        return text.append(": ").append(evaluation.reason()).toString();
      }
    }
    return text.append(decision()).toString();
  }

  /** The summary, every problem and note, and the full explanation of each evaluation. */
  public String explain() {
    StringBuilder text = new StringBuilder(summary()).append('\n');
    for (String problem : problems) {
      text.append("  problem: ").append(problem).append('\n');
    }
    for (String note : notes) {
      text.append("  note: ").append(note).append('\n');
    }
    for (Evaluation evaluation : evaluations) {
      for (String line : evaluation.explain().split("\n")) {
        text.append("  ").append(line).append('\n');
      }
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StepResult)) {
      return false;
    }
    StepResult that = (StepResult) other;
    return kind == that.kind && index == that.index && caller.equals(that.caller) && action.equals(that.action)
        && resource.equals(that.resource) && problems.equals(that.problems) && decision() == that.decision();
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, index, caller, action, resource, problems);
  }

  /** Returns {@link #summary()}. */
  @Override
  public String toString() {
    return summary();
  }
}
