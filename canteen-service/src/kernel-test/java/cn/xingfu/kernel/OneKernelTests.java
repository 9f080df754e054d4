package cn.xingfu.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The kernel exists once. A service that grows its own DomainException, Ids, Masking or problem mapping again
 * would drift from the other service unnoticed, so each service's build fails instead.
 */
class OneKernelTests {

    private static final String[] KERNEL_NAMES = {
        "DomainException",
        "Ids",
        "Masking",
        "Problems",
        "ProblemDetailsAdvice",
        "RequestSizeLimitFilter",
        "ProblemAuthenticationEntryPoint",
        "CsrfCookieFilter",
        "SignIn"
    };

    private static final JavaClasses SERVICES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("cn.xingfu");

    @Test
    void noServiceCarriesItsOwnCopyOfAKernelClass() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.xingfu.kernel..")
                .should()
                .haveNameMatching(".*[.$](" + String.join("|", KERNEL_NAMES) + ")")
                .because("the kernel's single copy lives in canteen-service/src/kernel/java (docs/architecture.md)")
                .check(SERVICES);
    }

    @Test
    void onlyTheKernelMapsExceptionsToProblems() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.xingfu.kernel..")
                .should()
                .beAnnotatedWith(org.springframework.web.bind.annotation.RestControllerAdvice.class)
                .because("one advice gives both services the same problem+json for the same failure")
                .check(SERVICES);
    }

    @Test
    void theKernelKnowsNoService() {
        noClasses()
                .that()
                .resideInAPackage("cn.xingfu.kernel..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("cn.xingfu.canteen..", "cn.xingfu.care..")
                .check(SERVICES);
    }
}
