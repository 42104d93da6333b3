package io.iamkit.policy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.SerializedString;
import io.iamkit.policy.Action;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Effect;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import io.iamkit.policy.PolicyVersion;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one policy document from a Jackson parser, token by token, straight into the model's builders. It keeps
 * what the model needs for a lossless round trip: scalar or array, JSON literal types, key order when it differs
 * from the canonical one.
 */
final class DocumentParser {

  private static final String[] STATEMENT_KEYS = Statement.CANONICAL_KEY_ORDER.toArray(new String[0]);
  private static final String[] DOCUMENT_KEYS = PolicyDocument.CANONICAL_KEY_ORDER.toArray(new String[0]);

  /**
   * Each thread's idle parser, so that its builders, scratch lists and arrays serve one document after another
   * instead of being made anew for each; {@code null} while the thread's parser is in use.
   */
  private static final ThreadLocal<@Nullable DocumentParser> IDLE = new ThreadLocal<>();

  /**
   * What an idle parser points at instead of the last caller's parser, which would keep that caller's input
   * reachable: a parser of no input, never read.
   */
  private static final JsonParser NO_INPUT = noInput();

  private JsonParser parser;
  private boolean lenient;
  private @Nullable List<ParseWarning> warnings;

  /** Names of the members of the statement being read, in order, to record non-canonical key orders. */
  private String[] keys = new String[8];

  /** The same for the document's members. */
  private String[] documentKeys = new String[4];

  /**
   * One builder per kind, cleared and reused for every document, statement and condition; the condition builder
   * and the scratch lists below are made on first use, as most documents need none of them.
   */
  private final PolicyDocument.Builder documentBuilder = PolicyDocument.builder();

  private final Statement.Builder statementBuilder = Statement.builder();

  private Condition.@Nullable Builder conditionBuilder;

  /**
   * Scratch lists for the values of a principal type or condition key and the operators of a condition, cleared
   * and reused: the builders copy what they are given.
   */
  private @Nullable List<String> values;

  private @Nullable List<ValueForm.Literal> literals;

  private @Nullable List<ConditionOperator> operators;

  private DocumentParser(JsonParser parser, boolean lenient) {
    this.parser = parser;
    this.lenient = lenient;
  }

  /**
   * Returns a parser reading from {@code parser}: the thread's idle one when it has one, else a new one. Hand it
   * back with {@link #release()} when done.
   */
  static DocumentParser acquire(JsonParser parser, boolean lenient) {
    DocumentParser idle = IDLE.get();
    if (idle == null) {
      return new DocumentParser(parser, lenient);
    }
    IDLE.set(null);
    idle.parser = parser;
    idle.lenient = lenient;
    idle.warnings = null;
    return idle;
  }

  /**
   * Clears what this parser holds of the last document, so that an idle parser keeps no policy or input
   * reachable, and makes it the thread's idle parser. Call it once, after the last use of the document's warnings.
   */
  void release() {
    documentBuilder.clear();
    statementBuilder.clear();
    if (conditionBuilder != null) {
      conditionBuilder.clear();
    }
    if (values != null) {
      values.clear();
    }
    Arrays.fill(keys, null);
    Arrays.fill(documentKeys, null);
    warnings = null;
    parser = NO_INPUT;
    IDLE.set(this);
  }

  private static JsonParser noInput() {
    try {
      return PolicyReader.JSON.createParser(new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<ParseWarning> warnings() {
    return warnings == null ? List.of() : warnings;
  }

  /** Reads the document that starts at the next token; fails if anything but whitespace follows it. */
  PolicyDocument readWholeInput() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw errorAt("Empty input: expected a policy document (a JSON object)", parser.currentLocation(), "");
    }
    PolicyDocument document = readDocument();
    if (parser.nextToken() != null) {
      throw error("Unexpected content after the policy document");
    }
    return document;
  }

  /** Reads the document whose first token is the current one. */
  PolicyDocument readDocument() throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error("A policy document must be a JSON object, found " + describe(parser.currentToken()));
    }
    long start = objectStart();
    PolicyDocument.Builder builder = documentBuilder;
    builder.clear();
    int seen = 0;
    int count = 0;
    boolean canonical = true;
    int lastIndex = -1;
    String[] order = documentKeys;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int index = indexOf(DOCUMENT_KEYS, name);
      if (index >= 0) {
        int bit = 1 << index;
        if ((seen & bit) != 0) {
          throw error("Duplicate key \"" + name + "\"");
        }
        seen |= bit;
      }
      if (count == order.length) {
        order = documentKeys = Arrays.copyOf(order, count * 2);
      }
      order[count++] = name;
      if (index < lastIndex || index < 0) {
        canonical = false;
      }
      lastIndex = Math.max(lastIndex, index);
      if (index < 0) {
        checkNotRepeated(name, order, count - 1);
        builder.putExtension(name, unknownMember(name));
        continue;
      }
      parser.nextToken();
      switch (index) {
        case 0:
          builder.version(readVersion());
          break;
        case 1:
          builder.id(readString("Id"));
          break;
        case 2:
          readStatements(builder);
          break;
        default:
          throw new IllegalStateException("unreachable: " + name);
      }
    }
    if ((seen & 1) == 0) {
      builder.version(PolicyVersion.V2008_10_17).omitVersion(true);
    }
    if ((seen & 4) == 0) {
      throw errorAt("Missing key \"Statement\": a policy needs at least one statement", start, pointer(false));
    }
    if (!canonical) {
      builder.keyOrder(Arrays.asList(order).subList(0, count));
    }
    try {
      return builder.build();
    } catch (PolicyValidationException e) {
      throw errorAt(e.getMessage(), start, pointer(false), e);
    }
  }

  private void readStatements(PolicyDocument.Builder builder) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      builder.addStatement(readStatement());
      builder.statementForm(ValueForm.SCALAR_IF_SINGLE);
    } else if (token == JsonToken.START_ARRAY) {
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token != JsonToken.START_OBJECT) {
          throw error("A statement must be a JSON object, found " + describe(token));
        }
        builder.addStatement(readStatement());
      }
    } else {
      throw error("\"Statement\" must be an object or an array of objects, found " + describe(token));
    }
  }

  private Statement readStatement() throws IOException {
    long start = objectStart();
    Statement.Builder builder = statementBuilder;
    builder.clear();
    int seen = 0;
    int count = 0;
    boolean canonical = true;
    int lastIndex = -1;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int index = indexOf(STATEMENT_KEYS, name);
      if (index >= 0) {
        int bit = 1 << index;
        if ((seen & bit) != 0) {
          throw error("Duplicate key \"" + name + "\"");
        }
        seen |= bit;
      }
      if (count == keys.length) {
        keys = Arrays.copyOf(keys, count * 2);
      }
      keys[count] = name;
      count++;
      if (index < lastIndex || index < 0) {
        canonical = false;
      }
      lastIndex = Math.max(lastIndex, index);
      if (index < 0) {
        checkNotRepeated(name, keys, count - 1);
        builder.putExtension(name, unknownMember(name));
        continue;
      }
      JsonToken value = parser.nextToken();
      switch (index) {
        case 0:
          builder.sid(readString("Sid"));
          break;
        case 1:
          builder.effect(readEffect());
          break;
        case 2:
          builder.principal(readPrincipal());
          break;
        case 3:
          builder.notPrincipal(readPrincipal());
          break;
        case 4:
          builder.actionForm(readActions(builder, false, value));
          break;
        case 5:
          builder.actionForm(readActions(builder, true, value));
          break;
        case 6:
          builder.resourceForm(readResources(builder, false, value));
          break;
        case 7:
          builder.resourceForm(readResources(builder, true, value));
          break;
        case 8:
          readConditions(builder);
          break;
        default:
          throw new IllegalStateException("unreachable: " + name);
      }
    }
    if ((seen & 0b1100) != 0) {
      builder.resourcePolicySid(true);
    }
    if (!canonical) {
      builder.keyOrder(Arrays.asList(keys).subList(0, count));
    }
    try {
      return builder.build();
    } catch (PolicyValidationException e) {
      throw errorAt(e.getMessage(), start, pointer(false), e);
    }
  }

  private ValueForm readActions(Statement.Builder builder, boolean not, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      Action action = readAction();
      if (not) {
        builder.addNotAction(action);
      } else {
        builder.addAction(action);
      }
      return ValueForm.SCALAR_IF_SINGLE;
    }
    String element = not ? "NotAction" : "Action";
    if (token != JsonToken.START_ARRAY) {
      throw error("\"" + element + "\" must be a string or an array of strings, found " + describe(token));
    }
    int size = 0;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.VALUE_STRING) {
        throw error("An entry of \"" + element + "\" must be a string, found " + describe(token));
      }
      Action action = readAction();
      if (not) {
        builder.addNotAction(action);
      } else {
        builder.addAction(action);
      }
      size++;
    }
    if (size == 0) {
      throw error("\"" + element + "\" must not be an empty array");
    }
    return ValueForm.ARRAY;
  }

  /** The resource at the current string token; {@code "*"}, the most common one, without a String. */
  private Resource readResource() throws IOException {
    if (parser.getTextLength() == 1 && parser.getTextCharacters()[parser.getTextOffset()] == '*') {
      return Resource.ALL;
    }
    return Resource.of(parser.getText());
  }

  /** The action at the current string token. */
  private Action readAction() throws IOException {
    // Checked in Jackson's buffer, the String made once the text is known to be an action.
    char[] text = parser.getTextCharacters();
    return Action.of(text, parser.getTextOffset(), parser.getTextLength());
  }

  private ValueForm readResources(Statement.Builder builder, boolean not, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      Resource resource = readResource();
      if (not) {
        builder.addNotResource(resource);
      } else {
        builder.addResource(resource);
      }
      return ValueForm.SCALAR_IF_SINGLE;
    }
    String element = not ? "NotResource" : "Resource";
    if (token != JsonToken.START_ARRAY) {
      throw error("\"" + element + "\" must be a string or an array of strings, found " + describe(token));
    }
    int size = 0;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.VALUE_STRING) {
        throw error("An entry of \"" + element + "\" must be a string, found " + describe(token));
      }
      Resource resource = readResource();
      if (not) {
        builder.addNotResource(resource);
      } else {
        builder.addResource(resource);
      }
      size++;
    }
    if (size == 0) {
      throw error("\"" + element + "\" must not be an empty array");
    }
    return ValueForm.ARRAY;
  }

  private Principal readPrincipal() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      if (!"*".equals(parser.getText())) {
        throw error("A principal given as a string must be \"*\"; use an object such as {\"AWS\": \"...\"}");
      }
      return Principal.ALL;
    }
    if (token != JsonToken.START_OBJECT) {
      throw error("A principal must be \"*\" or an object, found " + describe(token));
    }
    Principal.Builder builder = Principal.builder();
    int seen = 0;
    List<String> values = values();
    List<ValueForm.Literal> literals = literals();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      PrincipalType type = PrincipalType.parse(name);
      int bit = 1 << type.ordinal();
      if ((seen & bit) != 0) {
        throw error("Duplicate key \"" + name + "\"");
      }
      seen |= bit;
      parser.nextToken();
      values.clear();
      literals.clear();
      boolean array = readValues(name, values, literals, false);
      builder.add(type, values);
      ValueForm form = ValueForm.of(array, literals);
      if (form != ValueForm.SCALAR_IF_SINGLE) {
        builder.form(type, form);
      }
    }
    if (seen == 0) {
      throw error("A principal object must name at least one principal");
    }
    return builder.build();
  }

  private void readConditions(Statement.Builder builder) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error("\"Condition\" must be an object, found " + describe(parser.currentToken()));
    }
    List<ConditionOperator> operators = this.operators;
    if (operators == null) {
      operators = this.operators = new ArrayList<>(2);
    } else {
      operators.clear();
    }
    List<String> values = values();
    List<ValueForm.Literal> literals = literals();
    Condition.Builder conditionBuilder = this.conditionBuilder;
    if (conditionBuilder == null) {
      conditionBuilder = this.conditionBuilder = Condition.builder();
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      ConditionOperator operator = ConditionOperator.parse(parser.currentName());
      if (operators.contains(operator)) {
        throw error("Duplicate key \"" + operator + "\"");
      }
      operators.add(operator);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw error("A condition operator must map to an object of keys, found " + describe(parser.currentToken()));
      }
      int keysUnderOperator = 0;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        values.clear();
        literals.clear();
        boolean array = readValues(key, values, literals, true);
        builder.addCondition(
            conditionBuilder.clear()
                .operator(operator)
                .key(key)
                .values(values)
                .form(ValueForm.of(array, literals))
                .build());
        keysUnderOperator++;
      }
      if (keysUnderOperator == 0) {
        throw error("Condition operator \"" + operator + "\" must hold at least one key");
      }
    }
    if (operators.isEmpty()) {
      throw error("\"Condition\" must not be an empty object");
    }
  }

  private List<String> values() {
    List<String> values = this.values;
    return values != null ? values : (this.values = new ArrayList<>(4));
  }

  private List<ValueForm.Literal> literals() {
    List<ValueForm.Literal> literals = this.literals;
    return literals != null ? literals : (this.literals = new ArrayList<>(4));
  }

  /**
   * Reads a scalar or an array of scalars into {@code values}, recording JSON literal types in {@code literals}
   * only when one is not a string. Returns whether it was an array.
   */
  private boolean readValues(String element, List<String> values, List<ValueForm.Literal> literals,
      boolean allowBoolean) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_ARRAY) {
      addValue(element, token, values, literals, allowBoolean);
      return false;
    }
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      addValue(element, token, values, literals, allowBoolean);
    }
    if (values.isEmpty()) {
      throw error("\"" + element + "\" must not be an empty array");
    }
    return true;
  }

  private void addValue(String element, JsonToken token, List<String> values, List<ValueForm.Literal> literals,
      boolean allowBoolean) throws IOException {
    ValueForm.Literal literal;
    switch (token) {
      case VALUE_STRING:
        literal = ValueForm.Literal.STRING;
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        literal = ValueForm.Literal.NUMBER;
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        if (!allowBoolean) {
          throw error("A value of \"" + element + "\" must be a string, found " + describe(token));
        }
        literal = ValueForm.Literal.BOOLEAN;
        break;
      default:
        throw error("A value of \"" + element + "\" must be a string, number or boolean, found " + describe(token));
    }
    if (literal != ValueForm.Literal.STRING) {
      while (literals.size() < values.size()) {
        literals.add(ValueForm.Literal.STRING);
      }
      literals.add(literal);
    } else if (!literals.isEmpty()) {
      literals.add(literal);
    }
    values.add(parser.getText());
  }

  /** The effect at the current token; the two valid ones are recognised in Jackson's buffer, without a String. */
  private Effect readEffect() throws IOException {
    if (currentTextIs("Allow")) {
      return Effect.ALLOW;
    }
    if (currentTextIs("Deny")) {
      return Effect.DENY;
    }
    return Effect.parse(readString("Effect"));
  }

  /** The version at the current token, recognised like the effect. */
  private PolicyVersion readVersion() throws IOException {
    if (currentTextIs(PolicyVersion.V2012_10_17.text())) {
      return PolicyVersion.V2012_10_17;
    }
    return PolicyVersion.parse(readString("Version"));
  }

  /** Whether the current token is the string {@code expected}. */
  private boolean currentTextIs(String expected) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return false;
    }
    char[] text = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    if (length != expected.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text[offset + i] != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private String readString(String element) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error("\"" + element + "\" must be a string, found " + describe(parser.currentToken()));
    }
    return parser.getText();
  }

  /**
   * Called on the name of an unknown member: fails in strict mode; in lenient mode records a warning at the name
   * and returns the member's value as compact JSON text.
   */
  private String unknownMember(String name) throws IOException {
    String reason = "Unknown key \"" + name + "\"";
    if (!lenient) {
      throw error(reason, pointer(false));
    }
    JsonLocation location = parser.currentTokenLocation();
    if (warnings == null) {
      warnings = new ArrayList<>(2);
    }
    warnings.add(new ParseWarning(reason, pointer(false), location.getLineNr(), location.getColumnNr()));
    parser.nextToken();
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = PolicyReader.JSON.createGenerator(text)) {
      generator.setRootValueSeparator(new SerializedString(""));
      copyExactly(parser, generator);
    }
    return text.toString();
  }

  /** Known keys are checked with bit masks; an unknown key is checked against the keys before it. */
  private void checkNotRepeated(String name, String[] previous, int count) {
    for (int i = 0; i < count; i++) {
      if (name.equals(previous[i])) {
        throw error("Duplicate key \"" + name + "\"", pointer(false));
      }
    }
  }

  /**
   * Copies the value at the parser's current token, numbers as written ({@code 1.50}, {@code 1e3}, {@code -0}):
   * Jackson's {@code copyCurrentStructure} and even {@code copyCurrentStructureExact} rewrite them. Iterative, so
   * deep values cost no stack.
   */
  static void copyExactly(JsonParser parser, JsonGenerator generator) throws IOException {
    int depth = 0;
    JsonToken token = parser.currentToken();
    do {
      switch (token) {
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          generator.writeNumber(parser.getText());
          break;
        case START_OBJECT:
        case START_ARRAY:
          depth++;
          generator.copyCurrentEvent(parser);
          break;
        case END_OBJECT:
        case END_ARRAY:
          depth--;
          generator.copyCurrentEvent(parser);
          break;
        default:
          generator.copyCurrentEvent(parser);
          break;
      }
    } while (depth > 0 && (token = parser.nextToken()) != null);
  }

  /**
   * The index of {@code name} in {@code names}, or -1. Jackson interns member names (its factories do by default),
   * so the identity pass almost always decides; the equality pass is for parsers configured otherwise.
   */
  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of input";
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

  PolicyParseException error(String reason) {
    return error(reason, pointer(true));
  }

  /** An error at the current token, caused by {@code cause} (a value the model refused). */
  PolicyParseException error(String reason, Throwable cause) {
    return errorAt(reason, parser.currentTokenLocation(), pointer(true), cause);
  }

  private PolicyParseException error(String reason, String pointer) {
    return errorAt(reason, parser.currentTokenLocation(), pointer);
  }

  /**
   * The line and column of the current {@code START_OBJECT} token, packed in a long, for errors found once the
   * whole object is read. Jackson's own parsers give them without allocating a {@link JsonLocation}: their token
   * column is one past the location's (PolicyReaderTest.statementError_sameLineAndColumn_fromEveryKindOfInput
   * holds the two equal). Other parsers, such as the databind module's token buffers, give them through a location.
   */
  private long objectStart() {
    if (parser instanceof ParserBase) {
      ParserBase base = (ParserBase) parser;
      return position(base.getTokenLineNr(), base.getTokenColumnNr() - 1);
    }
    JsonLocation location = parser.currentTokenLocation();
    return position(location.getLineNr(), location.getColumnNr());
  }

  private static long position(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  private static PolicyParseException errorAt(String reason, long position, String pointer) {
    return new PolicyParseException(reason, pointer, (int) (position >>> 32), (int) position);
  }

  private static PolicyParseException errorAt(
      @Nullable String reason, long position, String pointer, Throwable cause) {
    return new PolicyParseException(reason == null ? cause.toString() : reason, pointer, (int) (position >>> 32),
        (int) position, cause);
  }

  private static PolicyParseException errorAt(String reason, JsonLocation location, String pointer) {
    return new PolicyParseException(reason, pointer, location.getLineNr(), location.getColumnNr());
  }

  private static PolicyParseException errorAt(
      @Nullable String reason, JsonLocation location, String pointer, Throwable cause) {
    return new PolicyParseException(
        reason == null ? cause.toString() : reason, pointer, location.getLineNr(), location.getColumnNr(), cause);
  }

  /** The JSON pointer of the current token; with {@code leaf} false, of the object holding a current field name. */
  String pointer(boolean leaf) {
    JsonToken token = parser.currentToken();
    JsonStreamContext context = parser.getParsingContext();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context != null) {
      context = context.getParent();
    }
    return pointer(context, leaf, token == JsonToken.FIELD_NAME);
  }

  static String pointer(@Nullable JsonStreamContext context, boolean includeLeafName, boolean atFieldName) {
    List<String> segments = new ArrayList<>();
    boolean first = true;
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.add(Integer.toString(Math.max(0, c.getCurrentIndex())));
      } else if (c.inObject() && c.getCurrentName() != null) {
        if (!first || includeLeafName || !atFieldName) {
          segments.add(c.getCurrentName());
        }
      }
      first = false;
    }
    StringBuilder pointer = new StringBuilder();
    for (int i = segments.size() - 1; i >= 0; i--) {
      pointer.append('/').append(segments.get(i).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
