package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.ExternalId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parameter values given to a pattern, read through the pattern's declared parameters. */
final class Params {
  private final String patternId;
  private final List<PatternParameter> declared;
  private final Map<String, String> values;

  Params(String patternId, List<PatternParameter> declared, Map<String, String> values) {
    this.patternId = patternId;
    this.declared = declared;
    this.values = values;
    for (String name : values.keySet()) {
      if (declared.stream().noneMatch(p -> p.name().equals(name))) {
        throw new ParameterException(name, null, "is not a parameter of " + patternId + "; it takes "
            + declared.stream().map(PatternParameter::name).collect(Collectors.joining(", ")));
      }
    }
    for (PatternParameter parameter : declared) {
      if (parameter.required() && !values.containsKey(parameter.name())) {
        throw new ParameterException(parameter.name(), null, "is required by " + patternId + ": "
            + parameter.description());
      }
    }
  }

  /** The value given, else the default; empty for an optional parameter without default left out. */
  Optional<String> optional(String name) {
    String value = values.get(name);
    if (value != null) {
      return Optional.of(value);
    }
    return parameter(name).defaultValue();
  }

  String string(String name) {
    return optional(name).orElseThrow(() -> new ParameterException(name, null, "is required by " + patternId));
  }

  AccountId accountId(String name) {
    return Validate.accountId(name, string(name));
  }

  ExternalId externalId(String name) {
    return Validate.externalId(name, string(name));
  }

  boolean bool(String name) {
    return Validate.bool(name, string(name));
  }

  DatabricksPartition partition() {
    return DatabricksPartition.parse(string("partition"));
  }

  private PatternParameter parameter(String name) {
    for (PatternParameter parameter : declared) {
      if (parameter.name().equals(name)) {
        return parameter;
      }
    }
    throw new IllegalStateException(patternId + " reads undeclared parameter " + name);
  }
}
