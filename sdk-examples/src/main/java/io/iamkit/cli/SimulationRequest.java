package io.iamkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.iamkit.eval.CompiledPolicy;
import io.iamkit.eval.ContextKeyType;
import io.iamkit.eval.RequestContext;
import io.iamkit.policy.IamkitException;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyParseException;
import io.iamkit.policy.json.PolicyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code iamkit simulate}, in the shape of the AWS IAM {@code SimulateCustomPolicy} request plus
 * iamkit's extensions, read strictly: an unknown key, a duplicate key or a value of the wrong type is an error that
 * names its JSON pointer.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html">
 *     SimulateCustomPolicy</a>
 */
final class SimulationRequest {
  static final List<String> KEYS = List.of("PolicyInputList", "PermissionsBoundaryPolicyInputList",
      "ResourcePolicy", "ResourceOwner", "CallerArn", "ActionNames", "ResourceArns", "ContextEntries",
      "ResourceHandlingOption", "MaxItems", "Marker",
      "SessionPolicy", "ServiceControlPolicies", "ResourceControlPolicies", "VpcEndpointPolicies");

  /** The AWS context key types, as {@code ContextEntry.ContextKeyType} spells them. */
  static final List<String> CONTEXT_KEY_TYPES = List.of("string", "stringList", "numeric", "numericList",
      "boolean", "booleanList", "ip", "ipList", "binary", "binaryList", "date", "dateList");

  /** Thrown for input that is not a valid request; the message starts with the JSON pointer. */
  static final class InvalidRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidRequestException(String pointer, String message) {
      super((pointer.isEmpty() ? "/" : pointer) + ": " + message);
    }
  }

  final List<CompiledPolicy> policies = new ArrayList<>();
  final List<CompiledPolicy> boundaries = new ArrayList<>();
  @Nullable CompiledPolicy resourcePolicy;
  @Nullable String resourceOwner;
  @Nullable String callerArn;
  final List<String> actionNames = new ArrayList<>();
  final List<String> resourceArns = new ArrayList<>();
  final List<String> actionPointers = new ArrayList<>();
  final List<String> resourcePointers = new ArrayList<>();
  RequestContext context = RequestContext.EMPTY;
  @Nullable CompiledPolicy sessionPolicy;
  final List<List<CompiledPolicy>> scps = new ArrayList<>();
  final List<List<CompiledPolicy>> rcps = new ArrayList<>();
  final List<CompiledPolicy> vpcEndpointPolicies = new ArrayList<>();

  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final JsonParser parser;

  private SimulationRequest(JsonParser parser) {
    this.parser = parser;
  }

  /** Reads a request from {@code in}. */
  static SimulationRequest read(InputStream in) throws InvalidRequestException, IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      SimulationRequest request = new SimulationRequest(parser);
      request.readTop();
      return request;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")";
      throw new InvalidRequestException("", "not valid JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  private void readTop() throws IOException, InvalidRequestException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new InvalidRequestException("", "expected a JSON object with PolicyInputList, ActionNames...");
    }
    Set<String> seen = new LinkedHashSet<>();
    RequestContext.Builder contextBuilder = RequestContext.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String at = "/" + key;
      parser.nextToken();
      if (!KEYS.contains(key)) {
        throw new InvalidRequestException(at, "unknown key \"" + key + "\"; the keys are " + String.join(", ", KEYS));
      }
      seen.add(key);
      switch (key) {
        case "PolicyInputList":
          readPolicies(at, "PolicyInputList", policies);
          break;
        case "PermissionsBoundaryPolicyInputList":
          readPolicies(at, "PermissionsBoundaryPolicyInputList", boundaries);
          if (boundaries.size() > 1) {
            throw new InvalidRequestException(at + "/1", "a principal has at most one permissions boundary");
          }
          break;
        case "ResourcePolicy":
          resourcePolicy = parser.currentToken() == JsonToken.VALUE_NULL ? null : policy(at, "ResourcePolicy");
          break;
        case "ResourceOwner":
          resourceOwner = optionalString(at);
          break;
        case "CallerArn":
          callerArn = optionalString(at);
          break;
        case "ActionNames":
          readStrings(at, actionNames, actionPointers);
          break;
        case "ResourceArns":
          readStrings(at, resourceArns, resourcePointers);
          break;
        case "ContextEntries":
          readContextEntries(at, contextBuilder);
          break;
        case "SessionPolicy":
          sessionPolicy = parser.currentToken() == JsonToken.VALUE_NULL ? null : policy(at, "SessionPolicy");
          break;
        case "ServiceControlPolicies":
          readLevels(at, "ServiceControlPolicies", scps);
          break;
        case "ResourceControlPolicies":
          readLevels(at, "ResourceControlPolicies", rcps);
          break;
        case "VpcEndpointPolicies":
          readPolicies(at, "VpcEndpointPolicies", vpcEndpointPolicies);
          break;
        default:
          readUnsupported(at, key);
          break;
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
      throw new InvalidRequestException("", "expected one JSON object");
    }
    if (actionNames.isEmpty()) {
      throw new InvalidRequestException("/ActionNames", seen.contains("ActionNames")
          ? "must name at least one action" : "is required: the actions to simulate, such as [\"s3:GetObject\"]");
    }
    if (resourceArns.isEmpty()) {
      resourceArns.add("*");
      resourcePointers.add("/ResourceArns");
    }
    if (resourcePolicy != null && callerArn == null) {
      throw new InvalidRequestException("/CallerArn", "is required with a ResourcePolicy, so that its principals "
          + "have a caller to match (as in AWS)");
    }
    context = contextBuilder.build();
  }

  /** AWS keys iamkit accepts only empty, as {@code aws iam simulate-custom-policy --generate-cli-skeleton} writes them. */
  private void readUnsupported(String at, String key) throws IOException, InvalidRequestException {
    JsonToken token = parser.currentToken();
    boolean empty = token == JsonToken.VALUE_NULL
        || token == JsonToken.VALUE_STRING && parser.getText().isEmpty()
        || token == JsonToken.VALUE_NUMBER_INT && parser.getIntValue() == 0;
    if (!empty) {
      throw new InvalidRequestException(at, key + " is not supported by iamkit simulate (leave it out)");
    }
  }

  private @Nullable String optionalString(String at) throws IOException, InvalidRequestException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw new InvalidRequestException(at, "expected a string but found " + describe(token));
    }
    String text = parser.getText();
    return text.isEmpty() ? null : text;
  }

  private void readStrings(String at, List<String> into, List<String> pointers)
      throws IOException, InvalidRequestException {
    expectArray(at);
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String item = at + "/" + index++;
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw new InvalidRequestException(item, "expected a string but found " + describe(parser.currentToken()));
      }
      into.add(parser.getText());
      pointers.add(item);
    }
  }

  private void readPolicies(String at, String id, List<CompiledPolicy> into)
      throws IOException, InvalidRequestException {
    expectArray(at);
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String item = at + "/" + index;
      into.add(policy(item, id + "." + (index + 1)));
      index++;
    }
  }

  private void readLevels(String at, String id, List<List<CompiledPolicy>> into)
      throws IOException, InvalidRequestException {
    expectArray(at);
    int level = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String levelAt = at + "/" + level;
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw new InvalidRequestException(levelAt, "expected a level: an array of policies (the organization root "
            + "first, the account last) but found " + describe(parser.currentToken()));
      }
      List<CompiledPolicy> policiesOfLevel = new ArrayList<>();
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        policiesOfLevel.add(policy(levelAt + "/" + index, id + "." + (level + 1) + "." + (index + 1)));
        index++;
      }
      into.add(policiesOfLevel);
      level++;
    }
  }

  private void expectArray(String at) throws InvalidRequestException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new InvalidRequestException(at, "expected an array but found " + describe(parser.currentToken()));
    }
  }

  /**
   * A policy given as a JSON object, or as a string holding the JSON document (URL-encoded or not, as IAM returns
   * documents), compiled under the name {@code id}.
   */
  private CompiledPolicy policy(String at, String id) throws IOException, InvalidRequestException {
    String text;
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      StringWriter copy = new StringWriter();
      try (JsonGenerator generator = JSON.createGenerator(copy)) {
        generator.copyCurrentStructure(parser);
      }
      text = copy.toString();
    } else if (token == JsonToken.VALUE_STRING) {
      text = parser.getText();
      if (!text.strip().startsWith("{")) {
        String decoded;
        try {
          decoded = URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw new InvalidRequestException(at, "expected a policy document (JSON, or URL-encoded JSON) but the "
              + "string is neither: " + e.getMessage());
        }
        if (!decoded.strip().startsWith("{")) {
          throw new InvalidRequestException(at, "expected a policy document (JSON, or URL-encoded JSON) but the "
              + "string does not start with {");
        }
        text = decoded;
      }
    } else {
      throw new InvalidRequestException(at, "expected a policy: a JSON object, or a string holding one, but found "
          + describe(token));
    }
    try {
      PolicyDocument document = PolicyReader.strict().read(text);
      return CompiledPolicy.of(id, document);
    } catch (PolicyParseException e) {
      throw new InvalidRequestException(at + e.pointer(), e.reason());
    } catch (IamkitException e) {
      throw new InvalidRequestException(at, e.getMessage());
    }
  }

  private void readContextEntries(String at, RequestContext.Builder context)
      throws IOException, InvalidRequestException {
    expectArray(at);
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String entryAt = at + "/" + index++;
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw new InvalidRequestException(entryAt, "expected an object with ContextKeyName, ContextKeyValues and "
            + "ContextKeyType but found " + describe(parser.currentToken()));
      }
      String name = null;
      String type = null;
      List<String> values = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        String keyAt = entryAt + "/" + key;
        parser.nextToken();
        switch (key) {
          case "ContextKeyName":
            name = optionalString(keyAt);
            break;
          case "ContextKeyType":
            type = optionalString(keyAt);
            if (type != null && !CONTEXT_KEY_TYPES.contains(type)) {
              throw new InvalidRequestException(keyAt, "expected one of " + String.join(", ", CONTEXT_KEY_TYPES)
                  + " but was \"" + type + "\"");
            }
            break;
          case "ContextKeyValues":
            values = new ArrayList<>();
            readStrings(keyAt, values, new ArrayList<>());
            break;
          default:
            throw new InvalidRequestException(keyAt, "unknown key \"" + key + "\"; the keys are ContextKeyName, "
                + "ContextKeyValues, ContextKeyType");
        }
      }
      if (name == null) {
        throw new InvalidRequestException(entryAt + "/ContextKeyName", "is required");
      }
      if (values == null) {
        throw new InvalidRequestException(entryAt + "/ContextKeyValues", "is required");
      }
      if (type == null) {
        type = values.size() == 1 ? "string" : "stringList";
      }
      boolean multi = type.endsWith("List");
      if (!multi && values.size() != 1) {
        throw new InvalidRequestException(entryAt + "/ContextKeyValues", "a " + type + " key holds exactly one "
            + "value; use " + type + "List for several");
      }
      ContextKeyType keyType = ContextKeyType.valueOf(
          (multi ? type.substring(0, type.length() - 4) : type).toUpperCase(Locale.ROOT));
      try {
        if (multi) {
          context.putMulti(name, keyType, values);
        } else {
          context.put(name, keyType, values.get(0));
        }
      } catch (IamkitException e) {
        throw new InvalidRequestException(entryAt, e.getMessage());
      }
    }
  }

  private static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }
}
