package cn.xingfu.care;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/** What Modulith's verify() cannot see: HTTP stays in web packages (and shared), out of the care rules. */
@AnalyzeClasses(packagesOf = CareFacilityApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule rulesDoNotKnowHttp = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "cn.xingfu.care.shared..", "..demo..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..", "..web..")
            .because("care rules must be testable without HTTP; controllers and DTOs live in web/");

    @ArchTest
    static final ArchRule controllersLiveInWeb =
            noClasses().that().areAnnotatedWith(RestController.class).should().resideOutsideOfPackages("..web..");
}
