package io.iamkit.policy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.iamkit.policy.Action;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes the model to a Jackson generator: elements in the recorded key order (canonical when none was
 * recorded), values in their recorded {@link ValueForm}, unknown members of lenient documents as they were read.
 */
final class DocumentEmitter {
  private static final int DOCUMENT_ELEMENTS = PolicyDocument.CANONICAL_KEY_ORDER.size();
  private static final int STATEMENT_ELEMENTS = Statement.CANONICAL_KEY_ORDER.size();

  /** Member names, encoded once. */
  private static final SerializedString VERSION = new SerializedString("Version");
  private static final SerializedString ID = new SerializedString("Id");
  private static final SerializedString STATEMENT = new SerializedString("Statement");
  private static final SerializedString SID = new SerializedString("Sid");
  private static final SerializedString EFFECT = new SerializedString("Effect");
  private static final SerializedString PRINCIPAL = new SerializedString("Principal");
  private static final SerializedString NOT_PRINCIPAL = new SerializedString("NotPrincipal");
  private static final SerializedString ACTION = new SerializedString("Action");
  private static final SerializedString NOT_ACTION = new SerializedString("NotAction");
  private static final SerializedString RESOURCE = new SerializedString("Resource");
  private static final SerializedString NOT_RESOURCE = new SerializedString("NotResource");
  private static final SerializedString CONDITION = new SerializedString("Condition");

  /**
   * Reads back the unknown members a lenient reader kept. They were bounded by that reader's limits, which may be
   * above the default ones, so none apply here.
   */
  private static final JsonFactory EXTENSIONS = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .build())
      .build();

  private DocumentEmitter() {}

  /**
   * Writes {@code document}. With {@code safe}, which only a generator of JSON text that copies string values at
   * once may be given, strings the model has already restricted to characters JSON never escapes are written
   * through it instead of being scanned again (see {@link #writeSafeString}); without, every value goes through
   * {@code writeString(String)}.
   */
  static void writeDocument(JsonGenerator out, PolicyDocument document, @Nullable UnescapedText safe)
      throws IOException {
    out.writeStartObject();
    List<String> recorded = document.keyOrder();
    Map<String, String> extensions = document.extensions();
    if (recorded.isEmpty() && extensions.isEmpty()) {
      for (int element = 0; element < DOCUMENT_ELEMENTS; element++) {
        writeDocumentElement(out, document, element, safe);
      }
    } else {
      writeInOrder(out, recorded, PolicyDocument.CANONICAL_KEY_ORDER, extensions,
          element -> writeDocumentElement(out, document, element, safe));
    }
    out.writeEndObject();
  }

  /** Writes the element at {@code element} in {@link PolicyDocument#CANONICAL_KEY_ORDER}, if present. */
  private static void writeDocumentElement(
      JsonGenerator out, PolicyDocument document, int element, @Nullable UnescapedText safe)
      throws IOException {
    switch (element) {
      case 0:
        writeVersion(out, document, safe);
        break;
      case 1:
        writeId(out, document);
        break;
      default:
        writeStatements(out, document, safe);
        break;
    }
  }

  private static void writeVersion(JsonGenerator out, PolicyDocument document, @Nullable UnescapedText safe)
      throws IOException {
    if (!document.omitVersion()) {
      out.writeFieldName(VERSION);
      writeSafeString(out, document.version().text(), safe);
    }
  }

  private static void writeId(JsonGenerator out, PolicyDocument document) throws IOException {
    if (document.id().isPresent()) {
      writeField(out, ID, document.id().get());
    }
  }

  private static void writeStatements(JsonGenerator out, PolicyDocument document, @Nullable UnescapedText safe)
      throws IOException {
    List<Statement> statements = document.statements();
    out.writeFieldName(STATEMENT);
    if (!document.statementForm().writesArray(statements.size())) {
      writeStatement(out, statements.get(0), safe);
      return;
    }
    out.writeStartArray();
    for (int i = 0, n = statements.size(); i < n; i++) {
      writeStatement(out, statements.get(i), safe);
    }
    out.writeEndArray();
  }

  /**
   * Writes the elements in canonical order when no order was recorded, the common case, without looking up any
   * key; otherwise the recorded keys first, then the canonical ones not recorded, then unknown members.
   */
  private static void writeStatement(JsonGenerator out, Statement statement, @Nullable UnescapedText safe)
      throws IOException {
    out.writeStartObject();
    List<String> recorded = statement.keyOrder();
    Map<String, String> extensions = statement.extensions();
    if (recorded.isEmpty() && extensions.isEmpty()) {
      for (int element = 0; element < STATEMENT_ELEMENTS; element++) {
        writeStatementElement(out, statement, element, safe);
      }
    } else {
      writeInOrder(out, recorded, Statement.CANONICAL_KEY_ORDER, extensions,
          element -> writeStatementElement(out, statement, element, safe));
    }
    out.writeEndObject();
  }

  /**
   * Writes the element at {@code element} in {@link Statement#CANONICAL_KEY_ORDER}, if present: a switch on an
   * index, where one on the JSON name would hash and compare it for every element of every statement.
   */
  private static void writeStatementElement(
      JsonGenerator out, Statement statement, int element, @Nullable UnescapedText safe)
      throws IOException {
    switch (element) {
      case 0:
        writeSid(out, statement, safe);
        break;
      case 1:
        writeEffect(out, statement, safe);
        break;
      case 2:
        writePrincipal(out, PRINCIPAL, statement.principal());
        break;
      case 3:
        writePrincipal(out, NOT_PRINCIPAL, statement.notPrincipal());
        break;
      case 4:
        writeActions(out, ACTION, statement.actions(), statement.actionForm(), safe);
        break;
      case 5:
        writeActions(out, NOT_ACTION, statement.notActions(), statement.actionForm(), safe);
        break;
      case 6:
        writeResources(out, RESOURCE, statement.resources(), statement.resourceForm(), safe);
        break;
      case 7:
        writeResources(out, NOT_RESOURCE, statement.notResources(), statement.resourceForm(), safe);
        break;
      default:
        writeConditions(out, statement.conditions());
        break;
    }
  }

  /** Sids are ASCII letters, digits and spaces (checked by the statement), so they need no escaping. */
  private static void writeSid(JsonGenerator out, Statement statement, @Nullable UnescapedText safe)
      throws IOException {
    if (statement.sid().isPresent()) {
      out.writeFieldName(SID);
      writeSafeString(out, statement.sid().get(), safe);
    }
  }

  private static void writeEffect(JsonGenerator out, Statement statement, @Nullable UnescapedText safe)
      throws IOException {
    out.writeFieldName(EFFECT);
    writeSafeString(out, statement.effect().jsonName(), safe);
  }

  /** Writes a string that holds only printable ASCII other than {@code "} and {@code \}. */
  private static void writeSafeString(JsonGenerator out, String value, @Nullable UnescapedText safe)
      throws IOException {
    if (safe != null) {
      out.writeString(safe.of(value));
    } else {
      out.writeString(value);
    }
  }

  private static void writeField(JsonGenerator out, SerializedString name, String value) throws IOException {
    out.writeFieldName(name);
    out.writeString(value);
  }

  /** Action texts are letters, digits, {@code - _ . * ?} and one colon (checked by {@link Action#of}). */
  private static void writeActions(
      JsonGenerator out, SerializedString name, List<Action> actions, ValueForm form, @Nullable UnescapedText safe)
      throws IOException {
    if (actions.isEmpty()) {
      return;
    }
    out.writeFieldName(name);
    if (!form.writesArray(actions.size())) {
      writeSafeString(out, actions.get(0).text(), safe);
      return;
    }
    out.writeStartArray();
    for (int i = 0, n = actions.size(); i < n; i++) {
      writeSafeString(out, actions.get(i).text(), safe);
    }
    out.writeEndArray();
  }

  private static void writeResources(
      JsonGenerator out, SerializedString name, List<Resource> resources, ValueForm form, @Nullable UnescapedText safe)
      throws IOException {
    if (resources.isEmpty()) {
      return;
    }
    out.writeFieldName(name);
    if (!form.writesArray(resources.size())) {
      writeResource(out, resources.get(0), safe);
      return;
    }
    out.writeStartArray();
    for (int i = 0, n = resources.size(); i < n; i++) {
      writeResource(out, resources.get(i), safe);
    }
    out.writeEndArray();
  }

  /** Other resources than {@code *} are ARNs, whose resource part may hold any character. */
  private static void writeResource(JsonGenerator out, Resource resource, @Nullable UnescapedText safe)
      throws IOException {
    if (resource == Resource.ALL) {
      writeSafeString(out, "*", safe);
    } else {
      out.writeString(resource.text());
    }
  }

  private static void writePrincipal(JsonGenerator out, SerializedString name, Optional<Principal> written)
      throws IOException {
    if (written.isEmpty()) {
      return;
    }
    out.writeFieldName(name);
    Principal principal = written.get();
    if (principal.writtenAsStar()) {
      out.writeString("*");
      return;
    }
    out.writeStartObject();
    for (Map.Entry<PrincipalType, List<String>> entry : principal.ids().entrySet()) {
      out.writeFieldName(entry.getKey().jsonName());
      writeValues(out, entry.getValue(), principal.form(entry.getKey()));
    }
    out.writeEndObject();
  }

  /** Writes conditions grouped by operator; the model keeps them grouped, in first-appearance order. */
  private static void writeConditions(JsonGenerator out, List<Condition> conditions) throws IOException {
    if (conditions.isEmpty()) {
      return;
    }
    out.writeFieldName(CONDITION);
    out.writeStartObject();
    ConditionOperator open = null;
    for (int i = 0, n = conditions.size(); i < n; i++) {
      Condition condition = conditions.get(i);
      if (!condition.operator().equals(open)) {
        if (open != null) {
          out.writeEndObject();
        }
        open = condition.operator();
        out.writeFieldName(open.text());
        out.writeStartObject();
      }
      out.writeFieldName(condition.key());
      writeValues(out, condition.values(), condition.form());
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void writeValues(JsonGenerator out, List<String> values, ValueForm form) throws IOException {
    if (!form.writesArray(values.size())) {
      writeValue(out, values.get(0), form.literal(0));
      return;
    }
    out.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      writeValue(out, values.get(i), form.literal(i));
    }
    out.writeEndArray();
  }

  private static void writeValue(JsonGenerator out, String value, ValueForm.Literal literal) throws IOException {
    switch (literal) {
      case NUMBER:
        out.writeNumber(value);
        break;
      case BOOLEAN:
        out.writeBoolean(Boolean.parseBoolean(value));
        break;
      default:
        out.writeString(value);
        break;
    }
  }

  private static void writeExtension(JsonGenerator out, String key, Map<String, String> extensions)
      throws IOException {
    String json = extensions.get(key);
    if (json != null) {
      out.writeFieldName(key);
      try (com.fasterxml.jackson.core.JsonParser parser = EXTENSIONS.createParser(json)) {
        parser.nextToken();
        DocumentParser.copyExactly(parser, out);
      }
    }
  }

  /** Writes the element at an index of the canonical key order, if the object has it. */
  private interface ElementWriter {
    void write(int element) throws IOException;
  }

  /**
   * Writes the members of an object whose key order was recorded or that has unknown members: the recorded keys
   * first, then the canonical ones not recorded, then the unknown members not recorded.
   */
  private static void writeInOrder(JsonGenerator out, List<String> recorded, List<String> canonical,
      Map<String, String> extensions, ElementWriter element) throws IOException {
    for (int i = 0, n = recorded.size(); i < n; i++) {
      if (recorded.indexOf(recorded.get(i)) == i) {
        writeMember(out, recorded.get(i), canonical, extensions, element);
      }
    }
    for (int i = 0, n = canonical.size(); i < n; i++) {
      if (!recorded.contains(canonical.get(i))) {
        element.write(i);
      }
    }
    for (String key : extensions.keySet()) {
      if (!recorded.contains(key)) {
        writeExtension(out, key, extensions);
      }
    }
  }

  /** Writes the member {@code key}: a known element, or an unknown member kept from a lenient read. */
  private static void writeMember(JsonGenerator out, String key, List<String> canonical,
      Map<String, String> extensions, ElementWriter element) throws IOException {
    int index = canonical.indexOf(key);
    if (index < 0) {
      writeExtension(out, key, extensions);
    } else {
      element.write(index);
    }
  }
}
