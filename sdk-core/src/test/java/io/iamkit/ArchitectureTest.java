package io.iamkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The architecture of sdk-core as rules (CONVENTIONS.md, "ArchUnit"). The {@code @ArchTest} fields run against the
 * main classes of this module; the {@code @Test} methods check that the hand-written rules can fail at all.
 */
@AnalyzeClasses(packages = "io.iamkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noAwsSdkOrGuava =
      noClasses().that().resideInAPackage("io.iamkit..")
          .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..", "com.google.common..")
          .because("sdk-core must stay usable without the AWS SDK or Guava on the class path; "
              + "only sdk-aws talks to AWS (the enforcer bans the artifacts, this bans the imports)");

  @ArchTest
  static final ArchRule modelDependsOnlyOnTheJdkAndAnnotations =
      classes().that().resideInAPackage("io.iamkit.policy")
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.jspecify..", "org.immutables.value..", "io.iamkit.policy")
          .because("the model is plain JDK code: JSpecify marks nullness, and the Immutables annotations are "
              + "CLASS-retained and never loaded at run time; JSON lives in io.iamkit.policy.json, which "
              + "depends on the model and not the other way round");

  @ArchTest
  static final ArchRule lintDependsOnlyOnTheModel =
      classes().that().resideInAPackage("io.iamkit.lint")
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.jspecify..", "io.iamkit.policy", "io.iamkit.lint")
          .because("the linter checks documents of the model and nothing else: no JSON library (its actions "
              + "catalogue is a text format it reads itself), and not io.iamkit.databricks, whose constants it "
              + "repeats (DatabricksConstantsTest keeps them equal); JSpecify only marks nullness");

  @ArchTest
  static final ArchRule evaluatorDependsOnlyOnTheModel =
      classes().that().resideInAPackage("io.iamkit.eval..")
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.jspecify..", "io.iamkit.policy", "io.iamkit.eval..")
          .because("the evaluator works on the typed model alone: no JSON library (callers read policies with "
              + "io.iamkit.policy.json), no AWS SDK, no Databricks presets; lint and the CLI build on it, not the "
              + "other way round");

  @ArchTest
  static final ArchRule simulatorDependsOnlyOnTheModelAndTheEvaluator =
      classes().that().resideInAPackage("io.iamkit.sim")
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.jspecify..", "io.iamkit.policy", "io.iamkit.eval", "io.iamkit.sim")
          .because("the account model and the chain simulation build on the evaluator and the typed model alone; "
              + "what joins them to the Databricks presets and the linter lives in io.iamkit.sim.databricks");

  @ArchTest
  static final ArchRule simDatabricksJoinsPresetsSimulatorAndLinter =
      classes().that().resideInAPackage("io.iamkit.sim.databricks")
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.jspecify..", "io.iamkit.policy", "io.iamkit.eval", "io.iamkit.sim..",
              "io.iamkit.databricks", "io.iamkit.lint")
          .because("building account models from set-ups and diagnosing set-ups needs the presets, the simulator "
              + "and the linter; keeping that here lets io.iamkit.databricks stay free of the evaluator and "
              + "io.iamkit.sim free of the presets");

  @ArchTest
  static final ArchRule nothingElseDependsOnSimDatabricks =
      noClasses().that().resideOutsideOfPackage("io.iamkit.sim.databricks")
          .should().dependOnClassesThat().resideInAPackage("io.iamkit.sim.databricks")
          .because("io.iamkit.sim.databricks sits on top of the presets, the simulator and the linter; anything "
              + "below depending on it would be a cycle");

  @ArchTest
  static final ArchRule onlyThePolicyJsonPackageTouchesJackson =
      noClasses().that().resideOutsideOfPackage("io.iamkit.policy.json..")
          .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
          .because("Jackson is kept behind io.iamkit.policy.json, so that the model and every other package "
              + "work without it and jackson-databind can stay an optional dependency");

  @ArchTest
  static final ArchRule topLevelPackagesAreFreeOfCycles =
      slices().matching("io.iamkit.(*)..").should().beFreeOfCycles()
          .because("each feature package (policy, databricks, eval, lint, aws) builds on the model only, and sim "
              + "on eval (sim.databricks also on databricks and lint), so the architecture can be read from the "
              + "package tree");

  @ArchTest
  static final ArchRule noJavaUtilLogging =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
          .because("a library must not choose a logging back end for its users");

  @ArchTest
  static final ArchRule noStandardStreams =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
          .because("a library reports through return values and exceptions, never by printing");

  @ArchTest
  static final ArchRule noGenericExceptions =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
          .because("callers catch IamkitException and its subclasses, which name what went wrong");

  @ArchTest
  static final ArchRule noOptionalFields =
      noFields().should().haveRawType(Optional.class)
          .because("Optional is a return type for an absent value, not a field type "
              + "(AWS SDK design doc UseOfOptional); store a nullable value and return Optional");

  /**
   * Immutables generates the classes {@code ImmutableX} and their nested {@code ImmutableX.Builder}; the builder
   * has {@code sid(Optional<String>)} and the value {@code withSid(Optional<String>)} for every optional attribute.
   * We cannot turn those off, so the rule looks at hand-written classes only. The nested builder's simple name is
   * just {@code Builder}, so the test is on the class and every class enclosing it.
   */
  static final DescribedPredicate<JavaClass> GENERATED_BY_IMMUTABLES =
      DescribedPredicate.describe(
          "generated by Immutables (its simple name, or that of a class enclosing it, starts with \"Immutable\")",
          ArchitectureTest::isOrIsNestedInAnImmutableClass);

  @ArchTest
  static final ArchRule noOptionalParametersInHandWrittenPublicMethods =
      methods().that().arePublic()
          .and().areDeclaredInClassesThat(DescribedPredicate.not(GENERATED_BY_IMMUTABLES))
          .should(takeNoOptionalParameter())
          .because("Optional must not be used for method parameters (AWS SDK design doc UseOfOptional): a "
              + "caller with no value should call another overload; classes generated by Immutables "
              + "(ImmutableStatement and its Builder, with sid(Optional) and withSid(Optional)) are exempt "
              + "because the processor always generates those setters and they are not our API");

  private static boolean isOrIsNestedInAnImmutableClass(JavaClass javaClass) {
    for (Optional<JavaClass> c = Optional.of(javaClass); c.isPresent(); c = c.get().getEnclosingClass()) {
      if (c.get().getSimpleName().startsWith("Immutable")) {
        return true;
      }
    }
    return false;
  }

  private static ArchCondition<JavaMethod> takeNoOptionalParameter() {
    return new ArchCondition<>("take no parameter of type Optional") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean takesOptional =
            method.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(Optional.class));
        events.add(new SimpleConditionEvent(
            method, !takesOptional, method.getFullName() + (takesOptional ? " takes" : " does not take")
                + " an Optional parameter"));
      }
    };
  }

  // The fixtures below are test classes, so the @ArchTest rules above never see them.

  @Test
  void optionalParameterRule_handWrittenPublicMethodTakingOptional_fails() {
    JavaClasses fixture = new ClassFileImporter().importClasses(HandWritten.class);

    assertThatThrownBy(() -> noOptionalParametersInHandWrittenPublicMethods.check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("HandWritten.sid(java.util.Optional)");
  }

  @Test
  void optionalParameterRule_immutablesGeneratedClassAndItsBuilderAndOverloads_pass() {
    JavaClasses fixture =
        new ClassFileImporter().importClasses(ImmutableFixture.class, ImmutableFixture.Builder.class, Overloads.class);

    assertThatCode(() -> noOptionalParametersInHandWrittenPublicMethods.check(fixture)).doesNotThrowAnyException();
  }

  @Test
  void optionalFieldRule_fieldOfTypeOptional_fails() {
    JavaClasses fixture = new ClassFileImporter().importClasses(HandWritten.class);

    assertThatThrownBy(() -> noOptionalFields.check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("HandWritten.cached");
  }

  static final class HandWritten {
    Optional<String> cached = Optional.empty();

    public HandWritten sid(Optional<String> sid) {
      cached = sid;
      return this;
    }
  }

  static final class Overloads {
    public Overloads sid(String sid) {
      return this;
    }
  }

  static final class ImmutableFixture {
    public ImmutableFixture withSid(Optional<String> sid) {
      return this;
    }

    static final class Builder {
      public Builder sid(Optional<String> sid) {
        return this;
      }
    }
  }
}
