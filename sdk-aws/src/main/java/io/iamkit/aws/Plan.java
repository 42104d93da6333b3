package io.iamkit.aws;

import java.util.List;

/**
 * What {@link Applier#apply} would do: the changes, in the order they are made, and the conflicts, which it
 * leaves alone. An empty plan means AWS already matches the set-ups.
 */
public final class Plan {
  private final List<Change> changes;
  private final List<Conflict> conflicts;

  Plan(List<Change> changes, List<Conflict> conflicts) {
    this.changes = List.copyOf(changes);
    this.conflicts = List.copyOf(conflicts);
  }

  /** The changes, in order. */
  public List<Change> changes() {
    return changes;
  }

  /** What is not managed by iamkit and so left alone. */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /** Whether there is nothing to change (conflicts aside). */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Returns one line per change, then one per conflict, or {@code no changes}. */
  @Override
  public String toString() {
    if (changes.isEmpty() && conflicts.isEmpty()) {
      return "no changes";
    }
    StringBuilder text = new StringBuilder();
    for (Change change : changes) {
      text.append(change).append('\n');
    }
    for (Conflict conflict : conflicts) {
      text.append(conflict).append('\n');
    }
    return text.toString();
  }
}
