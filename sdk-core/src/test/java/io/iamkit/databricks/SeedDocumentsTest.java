package io.iamkit.databricks;

import static io.iamkit.testing.JsonTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every documented JSON of the seeds through the pattern catalog and compares the whole tree (statements,
 * key order, scalar-or-array shape, Sids) with the copy kept in {@code src/test/resources/databricks/}. Each
 * fixture names the seed file and section it was copied from and how its placeholders were filled.
 */
class SeedDocumentsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<Fixture> fixtures() {
    try {
      URL directory = Objects.requireNonNull(SeedDocumentsTest.class.getResource("/databricks"));
      try (Stream<Path> files = Files.list(Paths.get(directory.toURI()))) {
        List<Fixture> fixtures = new ArrayList<>();
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
          try (InputStream in = Files.newInputStream(file)) {
            fixtures.add(new Fixture(file.getFileName().toString(), MAPPER.readTree(in)));
          }
        }
        return fixtures;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void render_withTheSeedsPlaceholdersFilled_isTheDocumentedJson(Fixture fixture) throws IOException {
    PatternOutput output = DatabricksPatterns.get(fixture.pattern()).render(fixture.parameters());

    if (fixture.json.has("document")) {
      PolicyDocument document = output.document().orElseThrow();
      assertSameTree(MAPPER.readTree(PolicyWriter.pretty().write(document)), fixture.json.get("document"));
    } else {
      List<String> lines = new ArrayList<>();
      fixture.json.get("lines").forEach(line -> lines.add(line.asText()));
      assertThat(output.lines()).containsExactlyElementsOf(lines);
    }
  }

  @Test
  void everyPatternOfTheCatalog_hasAtLeastOneSeedFixture() {
    Set<String> covered = fixtures().stream().map(Fixture::pattern).collect(Collectors.toCollection(TreeSet::new));
    Set<String> catalog = DatabricksPatterns.all().stream().map(DatabricksPattern::id)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(covered).containsExactlyElementsOf(catalog);
  }

  @Test
  void everyFixture_namesItsSeedFileAndSection() {
    for (Fixture fixture : fixtures()) {
      assertThat(fixture.json.path("seed").asText()).as(fixture.name).matches("00[0-4]_[0-9a-f]{16}\\.txt|"
          + "DATABRICKS-REFERENCE\\.md");
      assertThat(fixture.json.path("section").asText()).as(fixture.name).isNotBlank();
    }
  }

  static final class Fixture {
    final String name;
    final JsonNode json;

    Fixture(String name, JsonNode json) {
      this.name = name;
      this.json = json;
    }

    String pattern() {
      return json.get("pattern").asText();
    }

    Map<String, String> parameters() {
      Map<String, String> parameters = new LinkedHashMap<>();
      json.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
      return parameters;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
