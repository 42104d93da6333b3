package io.iamkit.databricks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The one implementation of {@link DatabricksPattern}: declared parameters and a renderer over them. */
final class PatternSpec implements DatabricksPattern {
  private final String id;
  private final String description;
  private final List<String> seeds;
  private final List<PatternParameter> parameters;
  private final Function<Params, PatternOutput> renderer;

  private PatternSpec(Builder builder) {
    this.id = Objects.requireNonNull(builder.id, "id == null");
    this.description = Objects.requireNonNull(builder.description, "description == null");
    this.seeds = List.copyOf(builder.seeds);
    this.parameters = List.copyOf(builder.parameters);
    this.renderer = Objects.requireNonNull(builder.renderer, "renderer == null");
  }

  static Builder builder(String id) {
    Builder builder = new Builder();
    builder.id = id;
    return builder;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<String> seeds() {
    return seeds;
  }

  @Override
  public List<PatternParameter> parameters() {
    return parameters;
  }

  @Override
  public PatternOutput render(Map<String, String> values) {
    return renderer.apply(new Params(id, parameters, Map.copyOf(values)));
  }

  @Override
  public String toString() {
    return id + parameters;
  }

  static final class Builder {
    private String id;
    private String description;
    private final List<String> seeds = new ArrayList<>();
    private final List<PatternParameter> parameters = new ArrayList<>();
    private Function<Params, PatternOutput> renderer;

    Builder description(String text) {
      this.description = text;
      return this;
    }

    Builder seeds(String... ids) {
      seeds.addAll(List.of(ids));
      return this;
    }

    Builder required(String name, String text) {
      parameters.add(PatternParameter.required(name, text));
      return this;
    }

    Builder optional(String name, String defaultValue, String text) {
      parameters.add(PatternParameter.optional(name, defaultValue, text));
      return this;
    }

    Builder optional(String name, String text) {
      parameters.add(PatternParameter.optional(name, text));
      return this;
    }

    /** Declares the {@code partition} parameter, default {@code aws}. */
    Builder partition() {
      return optional("partition", "aws", "Databricks deployment: aws, aws-us-gov or aws-us-gov-dod");
    }

    DatabricksPattern render(Function<Params, PatternOutput> function) {
      this.renderer = function;
      return new PatternSpec(this);
    }
  }
}
