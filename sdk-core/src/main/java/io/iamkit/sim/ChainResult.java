package io.iamkit.sim;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link AccountModel#simulateChain}: every step in order (EC2's instance-profile step when the
 * chain starts from an instance profile, each {@code AssumeRole} hop, the final action) and which failed first.
 *
 * <p>Every step is evaluated, even after one fails, as if the earlier ones had succeeded: one simulation names
 * every broken piece of a chain, not just the first.
 *
 * <pre>{@code
 * ChainResult result = model.simulateChain(start, hops, "s3:GetObject", object);
 * result.firstFailure().ifPresent(step -> System.err.println(step.explain()));
 * }</pre>
 */
public final class ChainResult {
  private final List<StepResult> steps;

  ChainResult(List<StepResult> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The steps, in order. */
  public List<StepResult> steps() {
    return steps;
  }

  /** The {@code AssumeRole} hops, in order. */
  public List<StepResult> hops() {
    return steps.stream().filter(s -> s.kind() == StepResult.Kind.ASSUME_ROLE).toList();
  }

  /** The final action's step, if the chain has one. */
  public Optional<StepResult> finalAction() {
    StepResult last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
    return last != null && last.kind() == StepResult.Kind.ACTION ? Optional.of(last) : Optional.empty();
  }

  /** Whether every step succeeds. */
  public boolean succeeded() {
    return firstFailure().isEmpty();
  }

  /** The first step that fails. */
  public Optional<StepResult> firstFailure() {
    for (StepResult step : steps) {
      if (!step.succeeded()) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** Every step that fails, in order. */
  public List<StepResult> failures() {
    return steps.stream().filter(s -> !s.succeeded()).toList();
  }

  /** One summary line per step. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    for (StepResult step : steps) {
      text.append(step.summary()).append('\n');
    }
    return text.toString();
  }

  /** Whether the chain succeeds or where it fails first, then the explanation of every step. */
  public String explain() {
    StringBuilder text = new StringBuilder();
    Optional<StepResult> failure = firstFailure();
    text.append(failure.map(step -> "FAILS at " + step.label()).orElse("SUCCEEDS")).append('\n');
    for (StepResult step : steps) {
      text.append(step.explain());
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChainResult && ((ChainResult) other).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  /** Returns {@link #summary()}. */
  @Override
  public String toString() {
    return summary();
  }
}
