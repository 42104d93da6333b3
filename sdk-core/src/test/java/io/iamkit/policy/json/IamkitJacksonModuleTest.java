package io.iamkit.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.policy.PolicyDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class IamkitJacksonModuleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new IamkitJacksonModule());

  /** A trust policy in a non-canonical key order, with an unquoted account number and a JSON boolean. */
  private static final String POLICY = PolicyReaderTest.json("{'Statement':{'Effect':'Allow','Action':'sts:AssumeRole',"
      + "'Principal':{'AWS':[414351767826,'arn:aws:iam::111122223333:root']},"
      + "'Condition':{'StringEquals':{'sts:ExternalId':'YOUR_EXTERNAL_ID'},'Bool':{'aws:SecureTransport':true},"
      + "'NumericLessThan':{'aws:MultiFactorAuthAge':1.50}}},'Version':'2012-10-17'}");

  /** A user's type holding a policy, as a record. */
  record Role(String name, PolicyDocument trustPolicy) {}

  /** A user's type holding policies, as a bean. */
  static final class Bundle {
    private String owner = "";
    private List<PolicyDocument> policies = List.of();

    public String getOwner() {
      return owner;
    }

    public void setOwner(String owner) {
      this.owner = owner;
    }

    public List<PolicyDocument> getPolicies() {
      return policies;
    }

    public void setPolicies(List<PolicyDocument> policies) {
      this.policies = policies;
    }
  }

  @Test
  void readValue_policyDocument_readsWhatTheStrictReaderReads() throws JsonProcessingException {
    PolicyDocument document = MAPPER.readValue(POLICY, PolicyDocument.class);

    assertThat(document).isEqualTo(PolicyReader.strict().read(POLICY));
  }

  @Test
  void writeValueAsString_policyDocument_writesItBackLosslessly() throws JsonProcessingException {
    PolicyDocument document = MAPPER.readValue(POLICY, PolicyDocument.class);

    assertThat(MAPPER.writeValueAsString(document)).isEqualTo(POLICY);
  }

  @Test
  void record_withAPolicyField_roundTripsLosslessly() throws JsonProcessingException {
    String json = "{\"name\":\"databricks-cross-account\",\"trustPolicy\":" + POLICY + "}";

    Role role = MAPPER.readValue(json, Role.class);

    assertThat(role.name()).isEqualTo("databricks-cross-account");
    assertThat(role.trustPolicy()).isEqualTo(PolicyReader.strict().read(POLICY));
    assertThat(MAPPER.writeValueAsString(role)).isEqualTo(json);
  }

  @Test
  void bean_withAListOfPolicies_roundTripsLosslessly() throws JsonProcessingException {
    String other = PolicyReaderTest.json("{'Statement':[{'Effect':'Deny','Action':['s3:*'],'Resource':'*'}]}");
    String json = "{\"owner\":\"platform\",\"policies\":[" + POLICY + "," + other + "]}";

    Bundle bundle = MAPPER.readValue(json, Bundle.class);

    assertThat(bundle.getPolicies())
        .containsExactly(PolicyReader.strict().read(POLICY), PolicyReader.strict().read(other));
    assertThat(MAPPER.writeValueAsString(bundle)).isEqualTo(json);
  }

  @Test
  void record_withNullPolicy_readsAndWritesNull() throws JsonProcessingException {
    String json = "{\"name\":\"r\",\"trustPolicy\":null}";

    assertThat(MAPPER.readValue(json, Role.class).trustPolicy()).isNull();
    assertThat(MAPPER.writeValueAsString(new Role("r", null))).isEqualTo(json);
  }

  @Test
  void readValue_invalidPolicy_failsWithJsonMappingExceptionCausedByPolicyParseException() {
    String json = "{\"name\":\"r\",\"trustPolicy\":"
        + PolicyReaderTest.statement("{'Sid':'a-b','Effect':'Allow','Action':'*'}") + "}";

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, Role.class));

    assertThat(e.getCause()).isInstanceOf(PolicyParseException.class);
    PolicyParseException cause = (PolicyParseException) e.getCause();
    assertThat(cause).hasMessage(
        "Statement.Sid must be ASCII letters and digits: \"a-b\" at /trustPolicy/Statement/0 (line 1, column 64)");
    assertThat(e.getOriginalMessage()).isEqualTo(cause.getMessage());
    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("trustPolicy");
  }

  @Test
  void readValue_unknownKey_isRefusedAsByTheStrictReader() {
    String json = PolicyReaderTest.statement("{'Effect':'Allow','Actions':'s3:GetObject'}");

    JsonMappingException e =
        catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, PolicyDocument.class));

    assertThat(e.getCause()).isInstanceOf(PolicyParseException.class)
        .hasMessage("Unknown key \"Actions\" at /Statement/0 (line 1, column 56)");
  }

  @Test
  void readValue_duplicateKey_isRefusedEvenWhenTheMapperDoesNotDetectDuplicates() {
    // A user's ObjectMapper need not enable STRICT_DUPLICATE_DETECTION; the codec checks the keys it knows.
    String json = PolicyReaderTest.statement("{'Effect':'Allow','Effect':'Deny','Action':'*'}");

    JsonMappingException e =
        catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, PolicyDocument.class));

    assertThat(e.getCause()).isInstanceOf(PolicyParseException.class)
        .hasMessage("Duplicate key \"Effect\" at /Statement/0/Effect (line 1, column 56)");
  }

  @Test
  void readValue_duplicateConditionKeyWithoutDuplicateDetection_isRefusedByTheModel() {
    String json = PolicyReaderTest.statement(
        "{'Effect':'Allow','Action':'*','Condition':{'StringEquals':{'a:b':'x','a:b':'y'}}}");

    JsonMappingException e =
        catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, PolicyDocument.class));

    assertThat(e.getCause()).isInstanceOf(PolicyParseException.class)
        .hasMessage("Statement.Condition has the key a:b twice under StringEquals at /Statement/0 (line 1, column 38)");
  }
}
