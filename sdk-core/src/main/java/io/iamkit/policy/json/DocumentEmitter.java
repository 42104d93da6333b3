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

/**
 * Writes the model to a Jackson generator: elements in the recorded key order (canonical when none was
 * recorded), values in their recorded {@link ValueForm}, unknown members of lenient documents as they were read.
 */
final class DocumentEmitter {
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

  static void writeDocument(JsonGenerator out, PolicyDocument document) throws IOException {
    out.writeStartObject();
    for (String key : order(document.keyOrder(), PolicyDocument.CANONICAL_KEY_ORDER, document.extensions())) {
      switch (key) {
        case "Version":
          if (!document.omitVersion()) {
            writeField(out, VERSION, document.version().text());
          }
          break;
        case "Id":
          if (document.id().isPresent()) {
            writeField(out, ID, document.id().get());
          }
          break;
        case "Statement":
          writeStatements(out, document);
          break;
        default:
          writeExtension(out, key, document.extensions());
          break;
      }
    }
    out.writeEndObject();
  }

  private static void writeStatements(JsonGenerator out, PolicyDocument document) throws IOException {
    List<Statement> statements = document.statements();
    out.writeFieldName(STATEMENT);
    if (!document.statementForm().writesArray(statements.size())) {
      writeStatement(out, statements.get(0));
      return;
    }
    out.writeStartArray();
    for (Statement statement : statements) {
      writeStatement(out, statement);
    }
    out.writeEndArray();
  }

  private static void writeStatement(JsonGenerator out, Statement statement) throws IOException {
    out.writeStartObject();
    for (String key : order(statement.keyOrder(), Statement.CANONICAL_KEY_ORDER, statement.extensions())) {
      switch (key) {
        case "Sid":
          if (statement.sid().isPresent()) {
            writeField(out, SID, statement.sid().get());
          }
          break;
        case "Effect":
          writeField(out, EFFECT, statement.effect().jsonName());
          break;
        case "Principal":
          if (statement.principal().isPresent()) {
            out.writeFieldName(PRINCIPAL);
            writePrincipal(out, statement.principal().get());
          }
          break;
        case "NotPrincipal":
          if (statement.notPrincipal().isPresent()) {
            out.writeFieldName(NOT_PRINCIPAL);
            writePrincipal(out, statement.notPrincipal().get());
          }
          break;
        case "Action":
          writeActions(out, ACTION, statement.actions(), statement.actionForm());
          break;
        case "NotAction":
          writeActions(out, NOT_ACTION, statement.notActions(), statement.actionForm());
          break;
        case "Resource":
          writeResources(out, RESOURCE, statement.resources(), statement.resourceForm());
          break;
        case "NotResource":
          writeResources(out, NOT_RESOURCE, statement.notResources(), statement.resourceForm());
          break;
        case "Condition":
          if (!statement.conditions().isEmpty()) {
            writeConditions(out, statement.conditions());
          }
          break;
        default:
          writeExtension(out, key, statement.extensions());
          break;
      }
    }
    out.writeEndObject();
  }

  private static void writeField(JsonGenerator out, SerializedString name, String value) throws IOException {
    out.writeFieldName(name);
    out.writeString(value);
  }

  private static void writeActions(JsonGenerator out, SerializedString name, List<Action> actions, ValueForm form)
      throws IOException {
    if (actions.isEmpty()) {
      return;
    }
    out.writeFieldName(name);
    if (!form.writesArray(actions.size())) {
      out.writeString(actions.get(0).text());
      return;
    }
    out.writeStartArray();
    for (int i = 0, n = actions.size(); i < n; i++) {
      out.writeString(actions.get(i).text());
    }
    out.writeEndArray();
  }

  private static void writeResources(JsonGenerator out, SerializedString name, List<Resource> resources, ValueForm form)
      throws IOException {
    if (resources.isEmpty()) {
      return;
    }
    out.writeFieldName(name);
    if (!form.writesArray(resources.size())) {
      out.writeString(resources.get(0).text());
      return;
    }
    out.writeStartArray();
    for (int i = 0, n = resources.size(); i < n; i++) {
      out.writeString(resources.get(i).text());
    }
    out.writeEndArray();
  }

  private static void writePrincipal(JsonGenerator out, Principal principal) throws IOException {
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
    out.writeFieldName(CONDITION);
    out.writeStartObject();
    ConditionOperator open = null;
    for (Condition condition : conditions) {
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
    if (open != null) {
      out.writeEndObject();
    }
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

  /**
   * The keys to write, in order: the recorded ones first, then the canonical ones not recorded, then unknown
   * members not recorded. A key whose element is absent is skipped by the caller.
   */
  private static List<String> order(List<String> recorded, List<String> canonical, Map<String, String> extensions) {
    if (recorded.isEmpty() && extensions.isEmpty()) {
      return canonical;
    }
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(recorded);
    keys.addAll(canonical);
    keys.addAll(extensions.keySet());
    return List.copyOf(keys);
  }
}
