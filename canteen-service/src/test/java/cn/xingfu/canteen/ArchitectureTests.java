package cn.xingfu.canteen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What Modulith's verify() cannot see: transport (web, STOMP) stays out of the domain code. */
@AnalyzeClasses(packagesOf = CanteenApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] ADAPTERS = {"..web..", "..live..", "cn.xingfu.canteen.shared..", "..demo.."};

    @ArchTest
    static final ArchRule domainDoesNotUseWebOrMessaging = noClasses()
            .that()
            .resideOutsideOfPackages(ADAPTERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web..",
                    "org.springframework.http..",
                    "org.springframework.messaging..",
                    "jakarta.servlet..",
                    "..web..",
                    "..live..")
            .allowEmptyShould(true)
            .because("domain rules must be testable without HTTP or STOMP; adapters live in web/ and live/");

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = noClasses()
            .that()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should()
            .resideOutsideOfPackages("..web..")
            .allowEmptyShould(true);
}
