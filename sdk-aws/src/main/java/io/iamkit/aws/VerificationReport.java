package io.iamkit.aws;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ChainVerifier#verifyChain} found: every hop and probe, in order, each with AWS's answer and the
 * offline evaluator's prediction. It holds no credential, so it can be printed and logged.
 */
public final class VerificationReport {
  /** The flag printed beside a step where AWS and the offline prediction differ. */
  public static final String DIFFERENCE_NOTE =
      "the account has something iamkit did not see: an SCP, a boundary, a KMS key policy";

  private final List<VerificationStep> steps;

  VerificationReport(List<VerificationStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The steps, in the order they ran (or would have). */
  public List<VerificationStep> steps() {
    return steps;
  }

  /** Whether every step answered as the set-up promises. */
  public boolean passed() {
    return steps.stream().allMatch(VerificationStep::passed);
  }

  /** The first step that failed, if any. */
  public Optional<VerificationStep> firstFailure() {
    return steps.stream().filter(s -> !s.passed()).findFirst();
  }

  /** The steps where AWS and the offline prediction differ. */
  public List<VerificationStep> differences() {
    return steps.stream().filter(VerificationStep::differsFromPrediction).toList();
  }

  /**
   * Returns a table: one row per step (step, target, result, AWS answer, error code, request ID, duration,
   * prediction), then the causes of failures and the differences from the prediction.
   */
  public String toTable() {
    String[] header = {"STEP", "TARGET", "RESULT", "AWS", "ERROR", "REQUEST ID", "MS", "PREDICTED"};
    String[][] rows = new String[steps.size()][];
    for (int i = 0; i < rows.length; i++) {
      VerificationStep s = steps.get(i);
      rows[i] = new String[] {s.kind().name(), s.target(), s.passed() ? "PASS" : "FAIL", s.live().name(),
          s.errorCode().orElse("-"), s.requestId().orElse("-"), Long.toString(s.duration().toMillis()),
          s.prediction().name() + (s.differsFromPrediction() ? " (DIFFERS)" : "")};
    }
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = header[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder text = new StringBuilder();
    appendRow(text, header, widths);
    for (String[] row : rows) {
      appendRow(text, row, widths);
    }
    for (VerificationStep s : steps) {
      s.cause().ifPresent(cause -> text.append("cause of ").append(s.kind()).append(' ').append(s.target())
          .append(": ").append(cause).append('\n'));
      if (s.differsFromPrediction()) {
        text.append("differs from prediction at ").append(s.kind()).append(' ').append(s.target()).append(": AWS ")
            .append(s.live()).append(", iamkit predicted ").append(s.prediction()).append(" (")
            .append(s.predictionReason()).append("); ").append(DIFFERENCE_NOTE).append('\n');
      }
    }
    text.append(passed() ? "verification passed" : "verification FAILED").append('\n');
    return text.toString();
  }

  private static void appendRow(StringBuilder text, String[] row, int[] widths) {
    for (int c = 0; c < row.length; c++) {
      text.append(row[c]);
      if (c < row.length - 1) {
        text.append(" ".repeat(widths[c] - row[c].length() + 2));
      }
    }
    text.append('\n');
  }

  /** Returns the steps, one per line. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(passed() ? "verification passed" : "verification FAILED");
    steps.forEach(s -> text.append("\n  ").append(s));
    return text.toString();
  }
}
