package io.iamkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The {@code document} of every AWS managed policy, read from the corpus that sdk-core's tests use (see
 * {@code sdk-core/src/test/resources/aws-managed-policies/README.md}), in two forms: the minified UTF-8 bytes exactly
 * as they stand in the file, and the same text as Strings.
 */
final class Corpus {
  /** The number of documents; a constant so that benchmarks can report per document. */
  static final int SIZE = 1594;

  private static final String RESOURCE = "/aws-managed-policies/aws-managed-policies.latest.jsonl.gz";

  private final byte[][] bytes;
  private final String[] strings;

  private Corpus(byte[][] bytes, String[] strings) {
    this.bytes = bytes;
    this.strings = strings;
  }

  /** The documents as minified UTF-8 JSON. Do not modify the arrays. */
  byte[][] bytes() {
    return bytes;
  }

  /** The documents as minified JSON text. */
  String[] strings() {
    return strings;
  }

  static Corpus load() {
    JsonFactory json = new JsonFactory();
    List<byte[]> documents = new ArrayList<>(SIZE);
    try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        byte[] document = document(json, line);
        // The streaming copy must reproduce the file's bytes, or "exactly as in the file" is not true.
        if (!line.contains(new String(document, StandardCharsets.UTF_8))) {
          throw new IllegalStateException("Copied document differs from the file: " + line);
        }
        documents.add(document);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (documents.size() != SIZE) {
      throw new IllegalStateException("Expected " + SIZE + " documents, read " + documents.size());
    }
    byte[][] bytes = documents.toArray(new byte[0][]);
    String[] strings = new String[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      strings[i] = new String(bytes[i], StandardCharsets.UTF_8);
    }
    return new Corpus(bytes, strings);
  }

  /**
   * The document of the managed policy {@code name} (such as {@code ReadOnlyAccess}), as minified UTF-8 JSON.
   *
   * @throws IllegalStateException if the corpus holds no policy of that name
   */
  static byte[] named(String name) {
    JsonFactory json = new JsonFactory();
    String marker = "\"name\":\"" + name + "\"";
    try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("{" + marker + ",")) {
          return document(json, line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("No managed policy named " + name + " in " + RESOURCE);
  }

  /** Copies the value of the line's top-level {@code document} member, token by token. */
  private static byte[] document(JsonFactory json, String line) throws IOException {
    try (JsonParser parser = json.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("Not a JSON object: " + line);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("document")) {
          ByteArrayOutputStream out = new ByteArrayOutputStream(line.length());
          try (JsonGenerator generator = json.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
          }
          return out.toByteArray();
        }
        parser.skipChildren();
      }
    }
    throw new IllegalStateException("No \"document\" member: " + line);
  }
}
