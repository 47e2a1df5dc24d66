package org.etradecampus;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.http.annotation.Controller;
import org.etradecampus.common.Problem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/** The layering STYLE.md asks for, kept honest by the build. */
@AnalyzeClasses(packages = "org.etradecampus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersStayThin = noClasses().that().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().areAssignableTo(GenericRepository.class)
            .because("controllers parse, authorise and delegate; services hold the rules");

    @ArchTest
    static final ArchRule entitiesNeverLeaveTheBackend = noMethods().that().areDeclaredInClassesThat()
            .areAnnotatedWith(Controller.class).and().arePublic()
            .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("a @MappedEntity",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAnnotatedWith(MappedEntity.class)))
            .because("controllers answer with the shared module's DTOs");

    @ArchTest
    static final ArchRule onlyOnePlaceBuildsProblems = noClasses().that().resideOutsideOfPackage("org.etradecampus.common..")
            .should().callConstructor(Problem.class, String.class, String.class, int.class, String.class, String.class,
                    java.util.List.class)
            .because("features throw domain exceptions and common.ProblemResponses answers");
}
