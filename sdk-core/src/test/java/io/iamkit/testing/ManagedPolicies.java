package io.iamkit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The 1,594 AWS managed policies of the test resources ({@code src/test/resources/aws-managed-policies/README.md}),
 * each as its name and its document's JSON text, read once.
 */
public final class ManagedPolicies {
  /** The number of policies in the corpus. */
  public static final int SIZE = 1594;

  private static final String RESOURCE = "/aws-managed-policies/aws-managed-policies.latest.jsonl.gz";

  private static volatile List<ManagedPolicy> corpus;

  private ManagedPolicies() {}

  /** Every managed policy, in the order of the file. */
  public static List<ManagedPolicy> all() {
    List<ManagedPolicy> read = corpus;
    if (read == null) {
      read = corpus = Collections.unmodifiableList(load());
    }
    return read;
  }

  private static List<ManagedPolicy> load() {
    ObjectMapper mapper = new ObjectMapper();
    List<ManagedPolicy> policies = new ArrayList<>(SIZE);
    try (InputStream gz = Objects.requireNonNull(ManagedPolicies.class.getResourceAsStream(RESOURCE), RESOURCE);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        JsonNode entry = mapper.readTree(line);
        policies.add(new ManagedPolicy(entry.get("name").asText(), mapper.writeValueAsString(entry.get("document"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return policies;
  }

  /** One managed policy: its {@code name}, such as {@code ReadOnlyAccess}, and its document as compact JSON. */
  public record ManagedPolicy(String name, String json) {
    /** The name alone, for the names of parameterized tests. */
    @Override
    public String toString() {
      return name;
    }
  }
}
