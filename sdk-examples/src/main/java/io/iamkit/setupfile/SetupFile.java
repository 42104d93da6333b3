package io.iamkit.setupfile;

import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.policy.AccountId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A set-up file: the accounts, the partition and the Databricks set-ups of one deployment, as {@code iamkit plan},
 * {@code apply} and {@code verify} read it.
 *
 * <pre>{@code
 * {
 *   "name": "demo",
 *   "partition": "aws",
 *   "accounts": {"dev": "111122223333", "data": "444455556666"},
 *   "setups": [
 *     {"type": "workspace-credential", "accountId": "dev", "externalId": "0a1b2c3d-..."},
 *     {"type": "s3-cross-account", "deploymentAccountId": "dev", "bucketOwnerAccountId": "data",
 *      "bucket": "acme-shared-data"}
 *   ]
 * }
 * }</pre>
 *
 * <p>The keys of a set-up are the setters of its builder ({@link io.iamkit.databricks.WorkspaceCredentialSetup},
 * {@link io.iamkit.databricks.S3CrossAccountSetup}, {@link io.iamkit.databricks.UnityCatalogStorageSetup},
 * {@link io.iamkit.databricks.StagingBucketSetup}, {@link io.iamkit.databricks.StorageConfigurationSetup},
 * {@link io.iamkit.databricks.LogDeliverySetup}); an account field takes 12 digits or an alias from
 * {@code accounts}. The README's "Set-up file" section is the full schema. Reading is strict: an unknown key, a
 * value of the wrong type, a value the set-up refuses, or two set-ups making the same resource throw a
 * {@link SetupFileException} naming the field.
 *
 * <pre>{@code
 * SetupFile file = SetupFile.read(Path.of("setup.json"));
 * for (DatabricksSetup setup : file.setups()) {
 *   setup.requireWithinLimits();
 * }
 * }</pre>
 */
public final class SetupFile {
  private final String source;
  private final String name;
  private final @Nullable String description;
  private final DatabricksPartition partition;
  private final Map<String, AccountId> accounts;
  private final List<DatabricksSetup> setups;

  SetupFile(String source, String name, @Nullable String description, DatabricksPartition partition,
      Map<String, AccountId> accounts, List<DatabricksSetup> setups) {
    this.source = source;
    this.name = name;
    this.description = description;
    this.partition = partition;
    this.accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    this.setups = List.copyOf(setups);
  }

  /**
   * Reads the set-up file at {@code path} (UTF-8); messages name it by {@code path} as given.
   *
   * @throws SetupFileException if it is not a valid set-up file
   * @throws UncheckedIOException if it cannot be read
   */
  public static SetupFile read(Path path) {
    String json;
    try {
      json = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
    return read(json, path.toString());
  }

  /**
   * Reads a set-up file from its text; {@code sourceName} names it in error messages.
   *
   * @throws SetupFileException if it is not a valid set-up file
   */
  public static SetupFile read(String json, String sourceName) {
    return SetupFileReader.read(LocatedJson.parse(json, sourceName), sourceName);
  }

  /** The name the file or other input was read from, as given. */
  public String source() {
    return source;
  }

  /** The set-up's {@code name}: letters, digits and hyphens, starting with a letter. */
  public String name() {
    return name;
  }

  /** The optional {@code description}. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The Databricks deployment, {@code aws} unless the file says otherwise. */
  public DatabricksPartition partition() {
    return partition;
  }

  /** The account aliases of {@code accounts}, in file order: alias to account ID. */
  public Map<String, AccountId> accounts() {
    return accounts;
  }

  /** The alias of {@code account}, if {@code accounts} gives it one. */
  public Optional<String> alias(AccountId account) {
    for (Map.Entry<String, AccountId> entry : accounts.entrySet()) {
      if (entry.getValue().equals(account)) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  /** The set-ups, in file order; index {@code i} is at {@code /setups/i}. */
  public List<DatabricksSetup> setups() {
    return setups;
  }

  @Override
  public String toString() {
    return "SetupFile{" + name + " from " + source + ", " + setups.size() + " set-ups}";
  }
}
