package io.iamkit.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import io.iamkit.eval.Caller;
import io.iamkit.eval.Decision;
import io.iamkit.eval.Evaluator;
import io.iamkit.eval.Policies;
import io.iamkit.eval.Request;
import io.iamkit.eval.RequestContext;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.json.PolicyReader;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A stateful, in-process stand-in for IAM (query protocol) and S3 (REST, path-style) that answers exactly the calls
 * sdk-aws makes, on the JDK's HTTP server. Accounts are told apart by the access key in the SigV4 Authorization
 * header (signatures are not checked). Policy documents come back URL-encoded, as IAM returns them. Faults for
 * the next N calls: throttling, a 500 before or after the call takes effect, a dropped connection. Write calls
 * are counted.
 */
public final class FakeAws implements AutoCloseable {
  static final String IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/";
  private static final Pattern ACCESS_KEY = Pattern.compile("Credential=([^/]+)/");
  private static final ThreadLocal<Boolean> DISCARD = ThreadLocal.withInitial(() -> false);
  private static final List<String> WRITES = List.of("CreateRole", "UpdateAssumeRolePolicy", "PutRolePolicy",
      "TagRole", "CreateInstanceProfile", "AddRoleToInstanceProfile", "PutBucketPolicy");

  public static final class Role {
    final String name;
    final String id = "AROA" + UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase();
    public String trust;
    public final Map<String, String> inline = new LinkedHashMap<>();
    final Map<String, String> tags = new LinkedHashMap<>();
    /** AssumeRole calls still to refuse, as IAM does for a role just created. */
    final AtomicInteger propagationDenials = new AtomicInteger();

    public Role(String name, String trust) {
      this.name = name;
      this.trust = trust;
    }
  }

  static final class InstanceProfile {
    final String name;
    final List<String> roles = new ArrayList<>();

    InstanceProfile(String name) {
      this.name = name;
    }
  }

  public static final class Account {
    final String id;
    public final Map<String, Role> roles = new ConcurrentHashMap<>();
    final Map<String, InstanceProfile> profiles = new ConcurrentHashMap<>();
    /** Bucket name to policy JSON; "" for a bucket without a policy. */
    public final Map<String, String> buckets = new ConcurrentHashMap<>();
    /** Bucket name to its objects, key to content. */
    final Map<String, Map<String, byte[]>> objects = new ConcurrentHashMap<>();

    Account(String id) {
      this.id = id;
    }

    public Role role(String name) {
      return roles.get(name);
    }
  }

  private final HttpServer server;
  private final Map<String, Account> accountsByKey = new ConcurrentHashMap<>();
  /** Session access key to the session AssumeRole issued. */
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  /** Every secret and session token the fake has issued, so tests can check none leaks. */
  private final List<String> issuedSecrets = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger propagationDenials = new AtomicInteger();
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final List<String> writes = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger throttleNext = new AtomicInteger();
  private final AtomicInteger failNext = new AtomicInteger();
  private final AtomicInteger failAfterNext = new AtomicInteger();
  private final AtomicInteger dropNext = new AtomicInteger();

  public FakeAws() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", exchange -> {
      try (exchange) {
        handle(exchange);
      } catch (RuntimeException e) {
        e.printStackTrace();
        throw e;
      }
    });
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Adds an account and returns static credentials that the fake maps to it. */
  public StaticCredentialsProvider addAccount(String id) {
    Account account = new Account(id);
    accounts.put(id, account);
    String key = "AKIAFAKE" + id;
    accountsByKey.put(key, account);
    issuedSecrets.add("fake-secret-" + id);
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(key, "fake-secret-" + id));
  }

  /** A session issued by AssumeRole: a new access key mapped to an assumed-role identity. */
  static final class Session {
    final Account account;
    final String roleName;
    final String sessionName;

    Session(Account account, String roleName, String sessionName) {
      this.account = account;
      this.roleName = roleName;
      this.sessionName = sessionName;
    }

    String arn() {
      return "arn:aws:sts::" + account.id + ":assumed-role/" + roleName + "/" + sessionName;
    }
  }

  /** The ARN of the IAM user that an account's base access key stands for; it may do anything in its account. */
  public static String baseUserArn(String account) {
    return "arn:aws:iam::" + account + ":user/" + BASE_USER;
  }

  static final String BASE_USER = "iamkit-admin";

  /** Roles created from now on refuse the first {@code n} AssumeRole calls, as new roles do while they propagate. */
  void denyAssumeRoleAfterCreate(int n) {
    propagationDenials.set(n);
  }

  /** The access keys, secrets and session tokens issued so far (base and session credentials). */
  List<String> issuedSecrets() {
    synchronized (issuedSecrets) {
      return List.copyOf(issuedSecrets);
    }
  }

  /** The STS and S3 object calls so far, as {@code Action caller target outcome}. */
  public List<String> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  public Account account(String id) {
    return accounts.get(id);
  }

  /** The write calls so far, as {@code Action account target}. */
  public List<String> writes() {
    synchronized (writes) {
      return List.copyOf(writes);
    }
  }

  int requests() {
    return requests.get();
  }

  void reset() {
    writes.clear();
    requests.set(0);
  }

  /** The next {@code n} calls fail with throttling (IAM: 400 Throttling; S3: 503 SlowDown). */
  void throttleNext(int n) {
    throttleNext.set(n);
  }

  /** The next {@code n} calls fail with a 500. */
  void failNext(int n) {
    failNext.set(n);
  }

  /** The next {@code n} calls are carried out but answered with a 500, as a lost response. */
  void failAfterNext(int n) {
    failAfterNext.set(n);
  }

  /** The connections of the next {@code n} calls are closed without a response. */
  void dropNext(int n) {
    dropNext.set(n);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static String iamEncode(String json) {
    return URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // ---------------------------------------------------------------------------------------------------------------

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    byte[] body = readAll(exchange.getRequestBody());
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    Matcher key = ACCESS_KEY.matcher(auth == null ? "" : auth);
    String accessKey = key.find() ? key.group(1) : "";
    Session session = sessions.get(accessKey);
    Account account = session != null ? session.account : accountsByKey.get(accessKey);
    boolean iam = exchange.getRequestMethod().equals("POST") && exchange.getRequestURI().getPath().equals("/");
    if (account == null) {
      error(exchange, iam, 403, "InvalidClientTokenId", "The security token included in the request is invalid.");
      return;
    }
    if (dropNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return; // the exchange is closed unanswered, which drops the connection
    }
    if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      if (iam) {
        error(exchange, true, 400, "Throttling", "Rate exceeded");
      } else {
        error(exchange, false, 503, "SlowDown", "Please reduce your request rate.");
      }
      return;
    }
    if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      error(exchange, iam, 500, iam ? "ServiceFailure" : "InternalError", "We encountered an internal error.");
      return;
    }
    boolean lose = failAfterNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    DISCARD.set(lose);
    try {
      if (iam) {
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String action = form.getOrDefault("Action", "");
        if (action.equals("AssumeRole") || action.equals("GetCallerIdentity")) {
          sts(exchange, account, session, form);
        } else {
          iam(exchange, account, form);
        }
      } else if (isObjectCall(exchange)) {
        s3Object(exchange, account, session, body);
      } else {
        s3(exchange, account, body);
      }
    } finally {
      DISCARD.set(false);
    }
    if (lose) {
      error(exchange, iam, 500, iam ? "ServiceFailure" : "InternalError", "We encountered an internal error.");
    }
  }

  private void iam(HttpExchange exchange, Account account, Map<String, String> form) throws IOException {
    String action = form.getOrDefault("Action", "");
    String roleName = form.get("RoleName");
    Role role = roleName == null ? null : account.roles.get(roleName);
    switch (action) {
      case "GetRole":
        if (role == null) {
          noSuchRole(exchange, roleName);
          return;
        }
        ok(exchange, action, "<Role>" + roleXml(account, role) + "</Role>");
        return;
      case "CreateRole":
        if (role != null) {
          error(exchange, true, 409, "EntityAlreadyExists", "Role with name " + roleName + " already exists.");
          return;
        }
        role = new Role(roleName, form.get("AssumeRolePolicyDocument"));
        for (int i = 1; form.containsKey("Tags.member." + i + ".Key"); i++) {
          role.tags.put(form.get("Tags.member." + i + ".Key"), form.get("Tags.member." + i + ".Value"));
        }
        role.propagationDenials.set(propagationDenials.get());
        account.roles.put(roleName, role);
        write(action, account, roleName);
        ok(exchange, action, "<Role>" + roleXml(account, role) + "</Role>");
        return;
      case "UpdateAssumeRolePolicy":
        if (role == null) {
          noSuchRole(exchange, roleName);
          return;
        }
        role.trust = form.get("PolicyDocument");
        write(action, account, roleName);
        ok(exchange, action, null);
        return;
      case "ListRolePolicies":
        if (role == null) {
          noSuchRole(exchange, roleName);
          return;
        }
        StringBuilder names = new StringBuilder("<PolicyNames>");
        role.inline.keySet().forEach(n -> names.append("<member>").append(xml(n)).append("</member>"));
        ok(exchange, action, names.append("</PolicyNames><IsTruncated>false</IsTruncated>").toString());
        return;
      case "GetRolePolicy":
        String policyName = form.get("PolicyName");
        if (role == null || !role.inline.containsKey(policyName)) {
          error(exchange, true, 404, "NoSuchEntity", "The role policy with name " + policyName
              + " cannot be found.");
          return;
        }
        ok(exchange, action, "<RoleName>" + xml(roleName) + "</RoleName><PolicyName>" + xml(policyName)
            + "</PolicyName><PolicyDocument>" + xml(iamEncode(role.inline.get(policyName))) + "</PolicyDocument>");
        return;
      case "PutRolePolicy":
        if (role == null) {
          noSuchRole(exchange, roleName);
          return;
        }
        role.inline.put(form.get("PolicyName"), form.get("PolicyDocument"));
        write(action, account, roleName + "/" + form.get("PolicyName"));
        ok(exchange, action, null);
        return;
      case "ListRoleTags":
        if (role == null) {
          noSuchRole(exchange, roleName);
          return;
        }
        ok(exchange, action, tagsXml(role) + "<IsTruncated>false</IsTruncated>");
        return;
      case "TagRole":
        if (role == null) {
          noSuchRole(exchange, roleName);
          return;
        }
        for (int i = 1; form.containsKey("Tags.member." + i + ".Key"); i++) {
          role.tags.put(form.get("Tags.member." + i + ".Key"), form.get("Tags.member." + i + ".Value"));
        }
        write(action, account, roleName);
        ok(exchange, action, null);
        return;
      case "GetInstanceProfile":
      case "CreateInstanceProfile":
      case "AddRoleToInstanceProfile":
        instanceProfile(exchange, account, action, form);
        return;
      default:
        error(exchange, true, 400, "InvalidAction", "Could not find operation " + action);
    }
  }

  private void instanceProfile(HttpExchange exchange, Account account, String action, Map<String, String> form)
      throws IOException {
    String name = form.get("InstanceProfileName");
    InstanceProfile profile = account.profiles.get(name);
    if (action.equals("CreateInstanceProfile")) {
      if (profile != null) {
        error(exchange, true, 409, "EntityAlreadyExists", "Instance Profile " + name + " already exists.");
        return;
      }
      profile = new InstanceProfile(name);
      account.profiles.put(name, profile);
      write(action, account, name);
      ok(exchange, action, "<InstanceProfile>" + profileXml(account, profile) + "</InstanceProfile>");
      return;
    }
    if (profile == null) {
      error(exchange, true, 404, "NoSuchEntity", "Instance Profile " + name + " cannot be found.");
      return;
    }
    if (action.equals("GetInstanceProfile")) {
      ok(exchange, action, "<InstanceProfile>" + profileXml(account, profile) + "</InstanceProfile>");
      return;
    }
    String roleName = form.get("RoleName");
    if (!account.roles.containsKey(roleName)) {
      noSuchRole(exchange, roleName);
      return;
    }
    if (!profile.roles.isEmpty()) {
      error(exchange, true, 409, "LimitExceeded", "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
      return;
    }
    profile.roles.add(roleName);
    write(action, account, name + "/" + roleName);
    ok(exchange, action, null);
  }

  private void s3(HttpExchange exchange, Account account, byte[] body) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getRawQuery();
    String bucket = path.substring(1);
    if (query == null || !(query.equals("policy") || query.startsWith("policy=") || query.startsWith("policy&"))
        || bucket.isEmpty() || bucket.contains("/")) {
      error(exchange, false, 501, "NotImplemented", "The fake does not implement " + exchange.getRequestMethod()
          + " " + path + "?" + query);
      return;
    }
    if (!account.buckets.containsKey(bucket)) {
      boolean elsewhere = accounts.values().stream().anyMatch(a -> a.buckets.containsKey(bucket));
      error(exchange, false, elsewhere ? 403 : 404, elsewhere ? "AccessDenied" : "NoSuchBucket",
          elsewhere ? "Access Denied" : "The specified bucket does not exist");
      return;
    }
    if (exchange.getRequestMethod().equals("GET")) {
      String policy = account.buckets.get(bucket);
      if (policy.isEmpty()) {
        error(exchange, false, 404, "NoSuchBucketPolicy", "The bucket policy does not exist");
        return;
      }
      send(exchange, 200, "application/json", policy.getBytes(StandardCharsets.UTF_8));
    } else if (exchange.getRequestMethod().equals("PUT")) {
      account.buckets.put(bucket, new String(body, StandardCharsets.UTF_8));
      write("PutBucketPolicy", account, bucket);
      send(exchange, 204, null, new byte[0]);
    } else {
      error(exchange, false, 405, "MethodNotAllowed", "The specified method is not allowed");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  // --- STS and S3 objects, authorized by sdk-core's evaluator --------------------------------------------------------

  static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";
  private static final String ALLOW_ALL =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

  private static Caller caller(Account account, Session session) {
    return session == null ? Caller.user(Arn.parse(baseUserArn(account.id)))
        : Caller.roleSession(Arn.parse("arn:aws:iam::" + account.id + ":role/" + session.roleName),
            session.sessionName);
  }

  private static Policies.Builder identityPolicies(Account account, Session session) {
    Policies.Builder policies = Policies.builder();
    if (session == null) {
      policies.identityPolicy("base-user-admin", PolicyReader.lenient().read(ALLOW_ALL));
    } else {
      Role role = account.role(session.roleName);
      if (role != null) {
        role.inline.forEach((name, json) -> policies.identityPolicy(name, PolicyReader.lenient().read(json)));
      }
    }
    return policies;
  }

  private void sts(HttpExchange exchange, Account account, Session session, Map<String, String> form)
      throws IOException {
    String action = form.get("Action");
    String who = session == null ? baseUserArn(account.id) : session.arn();
    if (action.equals("GetCallerIdentity")) {
      calls.add("GetCallerIdentity " + who);
      String userId = session == null ? "AIDAFAKE" + account.id
          : account.role(session.roleName) == null ? "AROAGONE" : account.role(session.roleName).id + ":"
              + session.sessionName;
      stsOk(exchange, action, "<Arn>" + xml(who) + "</Arn><UserId>" + userId + "</UserId><Account>" + account.id
          + "</Account>");
      return;
    }
    String roleArn = form.getOrDefault("RoleArn", "");
    String sessionName = form.getOrDefault("RoleSessionName", "");
    String externalId = form.get("ExternalId");
    Matcher m = Pattern.compile("arn:aws:iam::(\\d{12}):role/(.+)").matcher(roleArn);
    Account target = m.matches() ? accounts.get(m.group(1)) : null;
    Role role = target == null ? null : target.role(m.group(2));
    String denied = "User: " + who + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn;
    if (role == null) {
      calls.add("AssumeRole " + who + " " + roleArn + " AccessDenied(no role)");
      error(exchange, true, 403, "AccessDenied", denied);
      return;
    }
    if (role.propagationDenials.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      calls.add("AssumeRole " + who + " " + roleArn + " AccessDenied(propagating)");
      error(exchange, true, 403, "AccessDenied", denied);
      return;
    }
    Request.Builder request = Request.builder().caller(caller(account, session)).action("sts:AssumeRole")
        .resource(roleArn).resourceAccount(AccountId.of(target.id));
    if (externalId != null) {
      request.context(RequestContext.of("sts:ExternalId", externalId));
    }
    Policies policies = identityPolicies(account, session)
        .trustPolicy(role.name + " trust", PolicyReader.lenient().read(role.trust)).build();
    if (!Evaluator.decide(request.build(), policies).equals(Decision.ALLOWED)) {
      calls.add("AssumeRole " + who + " " + roleArn + " AccessDenied");
      error(exchange, true, 403, "AccessDenied", denied);
      return;
    }
    String accessKey = "ASIAFAKE" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    String secret = "session-secret-" + UUID.randomUUID();
    String token = "session-token-" + UUID.randomUUID();
    issuedSecrets.add(accessKey);
    issuedSecrets.add(secret);
    issuedSecrets.add(token);
    Session issued = new Session(target, role.name, sessionName);
    sessions.put(accessKey, issued);
    calls.add("AssumeRole " + who + " " + roleArn + " OK");
    stsOk(exchange, action, "<Credentials><AccessKeyId>" + accessKey + "</AccessKeyId><SecretAccessKey>" + secret
        + "</SecretAccessKey><SessionToken>" + token + "</SessionToken><Expiration>"
        + Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS) + "</Expiration></Credentials>"
        + "<AssumedRoleUser><AssumedRoleId>" + role.id + ":" + xml(sessionName) + "</AssumedRoleId><Arn>"
        + xml(issued.arn()) + "</Arn></AssumedRoleUser>");
  }

  private static void stsOk(HttpExchange exchange, String action, String result) throws IOException {
    String requestId = "sts-" + UUID.randomUUID();
    String xml = "<" + action + "Response xmlns=\"" + STS_NS + "\"><" + action + "Result>" + result + "</" + action
        + "Result><ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata></" + action
        + "Response>";
    exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
    send(exchange, 200, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isObjectCall(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getRawQuery();
    return path.indexOf('/', 1) > 0 || (query != null && query.contains("list-type=2"));
  }

  private void s3Object(HttpExchange exchange, Account caller, Session session, byte[] body) throws IOException {
    String path = exchange.getRequestURI().getPath();
    int slash = path.indexOf('/', 1);
    String bucket = slash < 0 ? path.substring(1) : path.substring(1, slash);
    String key = slash < 0 ? null : path.substring(slash + 1);
    String method = exchange.getRequestMethod();
    Account owner = accounts.values().stream().filter(a -> a.buckets.containsKey(bucket)).findFirst().orElse(null);
    String who = session == null ? baseUserArn(caller.id) : session.arn();
    if (owner == null) {
      error(exchange, false, 404, "NoSuchBucket", "The specified bucket does not exist");
      return;
    }
    String action = key == null ? "s3:ListBucket" : method.equals("PUT") ? "s3:PutObject"
        : method.equals("GET") ? "s3:GetObject" : method.equals("DELETE") ? "s3:DeleteObject" : null;
    if (action == null) {
      error(exchange, false, 405, "MethodNotAllowed", "The specified method is not allowed");
      return;
    }
    Request.Builder request = Request.builder().caller(caller(caller, session)).action(action)
        .resource("arn:aws:s3:::" + bucket + (key == null ? "" : "/" + key)).resourceAccount(AccountId.of(owner.id));
    String acl = exchange.getRequestHeaders().getFirst("x-amz-acl");
    if (acl != null) {
      request.context(RequestContext.of("s3:x-amz-acl", acl));
    }
    Policies.Builder policies = identityPolicies(caller, session);
    String policy = owner.buckets.get(bucket);
    if (!policy.isEmpty()) {
      policies.resourcePolicy("bucket policy", PolicyReader.lenient().read(policy));
    }
    if (!Evaluator.decide(request.build(), policies.build()).equals(Decision.ALLOWED)) {
      calls.add(action + " " + who + " " + bucket + (key == null ? "" : "/" + key) + " AccessDenied");
      error(exchange, false, 403, "AccessDenied", "Access Denied");
      return;
    }
    calls.add(action + " " + who + " " + bucket + (key == null ? "" : "/" + key) + " OK"
        + (acl == null ? "" : " acl=" + acl));
    Map<String, byte[]> objects = owner.objects.computeIfAbsent(bucket, b -> new ConcurrentHashMap<>());
    String requestId = "s3-" + UUID.randomUUID();
    exchange.getResponseHeaders().set("x-amz-request-id", requestId);
    exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
    exchange.getResponseHeaders().set("x-amz-id-2", "fake");
    switch (action) {
      case "s3:ListBucket": {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns="
            + "\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + xml(bucket) + "</Name><Prefix></Prefix>"
            + "<KeyCount>" + objects.size() + "</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>");
        objects.forEach((k, v) -> xml.append("<Contents><Key>").append(xml(k)).append("</Key><LastModified>"
            + "2026-01-01T00:00:00.000Z</LastModified><ETag>&quot;fake&quot;</ETag><Size>").append(v.length)
            .append("</Size><StorageClass>STANDARD</StorageClass></Contents>"));
        send(exchange, 200, "application/xml", xml.append("</ListBucketResult>").toString()
            .getBytes(StandardCharsets.UTF_8));
        return;
      }
      case "s3:PutObject":
        objects.put(key, decodeBody(exchange, body));
        exchange.getResponseHeaders().set("ETag", "\"fake\"");
        send(exchange, 200, null, new byte[0]);
        return;
      case "s3:GetObject": {
        byte[] content = objects.get(key);
        if (content == null) {
          error(exchange, false, 404, "NoSuchKey", "The specified key does not exist.");
          return;
        }
        exchange.getResponseHeaders().set("ETag", "\"fake\"");
        send(exchange, 200, "text/plain", content);
        return;
      }
      default:
        objects.remove(key);
        send(exchange, 204, null, new byte[0]);
    }
  }

  /** Decodes an aws-chunked body (SigV4 streaming, with or without trailers); returns others as they are. */
  private static byte[] decodeBody(HttpExchange exchange, byte[] body) {
    String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    boolean chunked = (sha != null && sha.startsWith("STREAMING-"))
        || (encoding != null && encoding.contains("aws-chunked"));
    if (!chunked) {
      return body;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int pos = 0;
    while (pos < body.length) {
      int lineEnd = indexOfCrlf(body, pos);
      String header = new String(body, pos, lineEnd - pos, StandardCharsets.US_ASCII);
      int semicolon = header.indexOf(';');
      int size = Integer.parseInt((semicolon < 0 ? header : header.substring(0, semicolon)).trim(), 16);
      pos = lineEnd + 2;
      if (size == 0) {
        break;
      }
      out.write(body, pos, size);
      pos += size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOfCrlf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return bytes.length;
  }

  private void write(String action, Account account, String target) {
    if (!WRITES.contains(action)) {
      throw new IllegalStateException(action);
    }
    writes.add(action + " " + account.id + " " + target);
  }

  private static String roleXml(Account account, Role role) {
    return "<Path>/</Path><RoleName>" + xml(role.name) + "</RoleName><RoleId>" + role.id + "</RoleId><Arn>arn:aws:iam::"
        + account.id + ":role/" + xml(role.name) + "</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate>"
        + "<AssumeRolePolicyDocument>" + xml(iamEncode(role.trust)) + "</AssumeRolePolicyDocument>"
        + "<MaxSessionDuration>3600</MaxSessionDuration>" + tagsXml(role);
  }

  private static String tagsXml(Role role) {
    StringBuilder tags = new StringBuilder("<Tags>");
    role.tags.forEach((k, v) -> tags.append("<member><Key>").append(xml(k)).append("</Key><Value>").append(xml(v))
        .append("</Value></member>"));
    return tags.append("</Tags>").toString();
  }

  private static String profileXml(Account account, InstanceProfile profile) {
    StringBuilder roles = new StringBuilder("<Roles>");
    for (String name : profile.roles) {
      roles.append("<member>").append(roleXml(account, account.roles.get(name))).append("</member>");
    }
    return "<Path>/</Path><InstanceProfileName>" + xml(profile.name) + "</InstanceProfileName>"
        + "<InstanceProfileId>AIPAFAKE" + Math.abs(profile.name.hashCode()) + "</InstanceProfileId>"
        + "<Arn>arn:aws:iam::" + account.id + ":instance-profile/" + xml(profile.name) + "</Arn>"
        + "<CreateDate>2026-01-01T00:00:00Z</CreateDate>" + roles + "</Roles>";
  }

  private static void ok(HttpExchange exchange, String action, String result) throws IOException {
    String requestId = UUID.randomUUID().toString();
    String xml = "<" + action + "Response xmlns=\"" + IAM_NS + "\">"
        + (result == null ? "" : "<" + action + "Result>" + result + "</" + action + "Result>")
        + "<ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata></" + action + "Response>";
    exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
    send(exchange, 200, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  private static void noSuchRole(HttpExchange exchange, String name) throws IOException {
    error(exchange, true, 404, "NoSuchEntity", "The role with name " + name + " cannot be found.");
  }

  private static void error(HttpExchange exchange, boolean iam, int status, String code, String message)
      throws IOException {
    String requestId = "req-" + UUID.randomUUID();
    String xml;
    if (iam) {
      xml = "<ErrorResponse xmlns=\"" + IAM_NS + "\"><Error><Type>" + (status >= 500 ? "Receiver" : "Sender")
          + "</Type><Code>" + code + "</Code><Message>" + xml(message) + "</Message></Error><RequestId>"
          + requestId + "</RequestId></ErrorResponse>";
      exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
    } else {
      xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + xml(message)
          + "</Message><RequestId>" + requestId + "</RequestId><HostId>fake</HostId></Error>";
      exchange.getResponseHeaders().set("x-amz-request-id", requestId);
      exchange.getResponseHeaders().set("x-amz-id-2", "fake");
    }
    send(exchange, status, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (DISCARD.get()) {
      return; // the call is carried out, its response lost
    }
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return form;
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
