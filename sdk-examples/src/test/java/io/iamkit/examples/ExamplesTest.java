package io.iamkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example and compares what it prints, whole, with {@code src/test/resources/examples/<Example>.txt}
 * (rewrite those with {@code -Diamkit.updateGolden=true} after a reviewed change).
 */
class ExamplesTest {
  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("WorkspaceCredentialExample", (Consumer<String[]>) WorkspaceCredentialExample::main),
        Arguments.of("S3CrossAccountExample", (Consumer<String[]>) S3CrossAccountExample::main),
        Arguments.of("UnityCatalogStorageExample", (Consumer<String[]>) UnityCatalogStorageExample::main),
        Arguments.of("StagingBucketExample", (Consumer<String[]>) StagingBucketExample::main),
        Arguments.of("StorageConfigurationExample", (Consumer<String[]>) StorageConfigurationExample::main),
        Arguments.of("LogDeliveryExample", (Consumer<String[]>) LogDeliveryExample::main));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_printsItsDocuments(String name, Consumer<String[]> main) throws IOException {
    String printed = run(main);

    Path golden = Path.of("src/test/resources/examples", name + ".txt");
    if (Boolean.getBoolean("iamkit.updateGolden")) {
      Files.writeString(golden, printed);
    }
    try (InputStream expected = ExamplesTest.class.getResourceAsStream("/examples/" + name + ".txt")) {
      assertThat(expected).as("golden file %s", golden).isNotNull();
      assertThat(printed).isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static synchronized String run(Consumer<String[]> main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
