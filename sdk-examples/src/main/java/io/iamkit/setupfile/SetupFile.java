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
  private final Map<String, AwsAccess> aws;
  private final List<DatabricksSetup> setups;

  /** How {@code iamkit apply} and {@code verify} reach one account: a profile and a region, both optional. */
  public static final class AwsAccess {
    private final @Nullable String profile;
    private final @Nullable String region;

    AwsAccess(@Nullable String profile, @Nullable String region) {
      this.profile = profile;
      this.region = region;
    }

    /** The profile of the shared AWS configuration; the default provider chain when empty. */
    public Optional<String> profile() {
      return Optional.ofNullable(profile);
    }

    /** The region, such as {@code us-east-1}; the default when empty. */
    public Optional<String> region() {
      return Optional.ofNullable(region);
    }

    @Override
    public String toString() {
      return "AwsAccess{profile=" + profile + ", region=" + region + "}";
    }
  }

  SetupFile(String source, String name, @Nullable String description, DatabricksPartition partition,
      Map<String, AccountId> accounts, Map<String, AwsAccess> aws, List<DatabricksSetup> setups) {
    this.source = source;
    this.name = name;
    this.description = description;
    this.partition = partition;
    this.accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    this.aws = Collections.unmodifiableMap(new LinkedHashMap<>(aws));
    this.setups = List.copyOf(setups);
  }

  /** The optional {@code aws} section: account alias to the profile and region to reach it with. */
  public Map<String, AwsAccess> aws() {
    return aws;
  }

  /** The AWS access of {@code account}, through its alias, if the {@code aws} section gives one. */
  public Optional<AwsAccess> aws(AccountId account) {
    return alias(account).map(aws::get);
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
