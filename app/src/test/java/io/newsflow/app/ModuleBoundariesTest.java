package io.newsflow.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stages never import each other, and the shared core imports none of them. */
class ModuleBoundariesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsflow");
  }

  @Test
  void ingestDependsOnNeitherEnrichNorSink() {
    noClasses().that().resideInAPackage("io.newsflow.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.enrich..",
            "io.newsflow.sink..", "io.newsflow.web..", "io.newsflow.app..")
        .check(classes);
  }

  @Test
  void enrichDependsOnNeitherIngestNorSink() {
    noClasses().that().resideInAPackage("io.newsflow.enrich..")
        .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..",
            "io.newsflow.sink..", "io.newsflow.web..", "io.newsflow.app..")
        .check(classes);
  }

  @Test
  void sinkDependsOnNeitherIngestNorEnrich() {
    noClasses().that().resideInAPackage("io.newsflow.sink..")
        .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..",
            "io.newsflow.enrich..", "io.newsflow.web..", "io.newsflow.app..")
        .check(classes);
  }

  @Test
  void webReadsThePublicTopicsAndDependsOnNoStage() {
    noClasses().that().resideInAPackage("io.newsflow.web..")
        .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..",
            "io.newsflow.enrich..", "io.newsflow.sink..", "io.newsflow.app..")
        .check(classes);
  }

  @Test
  void coreDependsOnNoStage() {
    noClasses().that().resideInAPackage("io.newsflow.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..",
            "io.newsflow.enrich..", "io.newsflow.sink..", "io.newsflow.web..", "io.newsflow.app..")
        .check(classes);
  }

  @Test
  void onlyTheLauncherAndCoreTouchBrokerInternals() {
    noClasses().that().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.enrich..",
            "io.newsflow.sink..", "io.newsflow.web..")
        .should().dependOnClassesThat().resideInAnyPackage("kafka.server..", "kafka.tools..")
        .check(classes);
  }
}
