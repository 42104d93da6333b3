package io.iamkit.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an evaluation records when its explanation is asked for: every statement, missing keys, notes. */
final class Trace {
  final List<StatementResult> statements;
  /** Lower-case key to the key as first written in a policy. */
  final Map<String, String> missingKeys;
  final List<String> notes;

  Trace() {
    this(new ArrayList<>(), new LinkedHashMap<>(), new ArrayList<>());
  }

  Trace(List<StatementResult> statements, Map<String, String> missingKeys, List<String> notes) {
    this.statements = statements;
    this.missingKeys = missingKeys;
    this.notes = notes;
  }
}
