package io.iamkit.policy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.iamkit.policy.PolicyDocument;
import java.io.IOException;

/**
 * A Jackson databind module that reads and writes {@link PolicyDocument} with iamkit's strict, lossless codec,
 * so that a policy can be a field of the user's own JSON types.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new IamkitJacksonModule());
 * PolicyDocument policy = mapper.readValue(json, PolicyDocument.class);
 * }</pre>
 *
 * <p>A document that is not a valid policy fails with a {@link JsonMappingException} whose cause is the
 * {@link PolicyParseException}. Requires {@code jackson-databind} on the class path (an optional dependency of
 * iamkit-core).
 */
public final class IamkitJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public IamkitJacksonModule() {
    super("IamkitJacksonModule", Version.unknownVersion());
    addSerializer(PolicyDocument.class, new DocumentSerializer());
    addDeserializer(PolicyDocument.class, new DocumentDeserializer());
  }

  private static final class DocumentSerializer extends JsonSerializer<PolicyDocument> {
    @Override
    public void serialize(PolicyDocument value, JsonGenerator generator, SerializerProvider serializers)
        throws IOException {
      PolicyWriter.writeTo(generator, value);
    }

    @Override
    public Class<PolicyDocument> handledType() {
      return PolicyDocument.class;
    }
  }

  private static final class DocumentDeserializer extends JsonDeserializer<PolicyDocument> {
    @Override
    public PolicyDocument deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      try {
        return PolicyReader.readCurrent(parser);
      } catch (PolicyParseException e) {
        throw JsonMappingException.from(parser, e.getMessage(), e);
      }
    }
  }
}
