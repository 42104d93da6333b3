package io.iamkit.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;
import io.iamkit.policy.json.PolicyWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;

/**
 * Writes every AWS managed policy document, read once in setup by each library, as compact JSON per invocation;
 * scores are per document (average time, µs/op).
 *
 * <p>The {@code ...Cached} benchmarks, for information, write only the first {@value #CACHED} documents, over and
 * over as many times: their models stay in the CPU caches, as the model of a document an application has just read
 * or built does. Over the whole corpus (8.7 MB of iamkit models), most of the time goes to loading models from
 * memory.
 *
 * <p>{@link #jacksonTokenWrite}, for information, is what writing the same JSON through Jackson costs without a
 * model to walk: each document's tokens, recorded in setup as flat arrays, written to Jackson's UTF-8 generator with
 * its plain {@code String} methods and decoded into a String. A writer that walks a model pays for that walk on top;
 * iamkit gains it back by writing model-checked strings and member names without escape scans.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(Corpus.SIZE)
public class WriteBenchmark {
  private static final JsonFactory JSON = new JsonFactory();

  private IamPolicy[] awsPolicies;
  private PolicyDocument[] iamkitDocuments;
  /** Per document, its tokens and, for names and scalars, their text (null for the others). */
  private JsonToken[][] tokens;
  private String[][] texts;

  @Setup
  public void parse() {
    String[] strings = Corpus.load().strings();
    awsPolicies = new IamPolicy[strings.length];
    iamkitDocuments = new PolicyDocument[strings.length];
    for (int i = 0; i < strings.length; i++) {
      awsPolicies[i] = IamPolicy.fromJson(strings[i]);
      iamkitDocuments[i] = PolicyReader.strict().read(strings[i]);
    }
    tokens = new JsonToken[strings.length][];
    texts = new String[strings.length][];
    for (int i = 0; i < strings.length; i++) {
      record(i, strings[i]);
    }
  }

  private void record(int index, String document) {
    List<JsonToken> documentTokens = new ArrayList<>();
    List<String> documentTexts = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(document)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        documentTokens.add(token);
        documentTexts.add(token.isScalarValue() || token == JsonToken.FIELD_NAME ? parser.getText() : null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tokens[index] = documentTokens.toArray(new JsonToken[0]);
    texts[index] = documentTexts.toArray(new String[0]);
  }

  @Benchmark
  public void jacksonTokenWrite(Blackhole bh) throws IOException {
    for (int document = 0; document < tokens.length; document++) {
      JsonToken[] documentTokens = tokens[document];
      String[] documentTexts = texts[document];
      ByteArrayBuilder bytes = new ByteArrayBuilder(JSON._getBufferRecycler());
      try (JsonGenerator generator = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
        for (int i = 0; i < documentTokens.length; i++) {
          write(generator, documentTokens[i], documentTexts[i]);
        }
      }
      bh.consume(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
      bytes.release();
    }
  }

  private static void write(JsonGenerator generator, JsonToken token, String text) throws IOException {
    switch (token) {
      case START_OBJECT:
        generator.writeStartObject();
        break;
      case END_OBJECT:
        generator.writeEndObject();
        break;
      case START_ARRAY:
        generator.writeStartArray();
        break;
      case END_ARRAY:
        generator.writeEndArray();
        break;
      case FIELD_NAME:
        generator.writeFieldName(text);
        break;
      case VALUE_STRING:
        generator.writeString(text);
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        generator.writeBoolean(token == JsonToken.VALUE_TRUE);
        break;
      default:
        generator.writeNumber(text);
        break;
    }
  }

  /** The number of documents the {@code ...Cached} benchmarks write again and again. */
  static final int CACHED = 64;

  @Benchmark
  public void awsPolicyBuilderCached(Blackhole bh) {
    for (int i = 0; i < awsPolicies.length; i++) {
      bh.consume(awsPolicies[i % CACHED].toJson());
    }
  }

  @Benchmark
  public void iamkitCached(Blackhole bh) {
    for (int i = 0; i < iamkitDocuments.length; i++) {
      bh.consume(PolicyWriter.compact().write(iamkitDocuments[i % CACHED]));
    }
  }

  @Benchmark
  public void awsPolicyBuilder(Blackhole bh) {
    for (IamPolicy policy : awsPolicies) {
      bh.consume(policy.toJson());
    }
  }

  @Benchmark
  public void iamkit(Blackhole bh) {
    for (PolicyDocument document : iamkitDocuments) {
      bh.consume(PolicyWriter.compact().write(document));
    }
  }
}
