package cn.xingfu.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** Spring's validator walks request bodies without asking JPA, and still finds what is wrong deep inside them. */
class RequestBodyValidationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(RequestBodyValidation.class);

    record Line(@Max(5) int quantity) {}

    record Body(@NotEmpty List<@Valid Line> lines) {}

    @Test
    void theValidatorTraversesWithoutJpasResolverAndStillCascadesIntoListElements() {
        context.run(started -> {
            LocalValidatorFactoryBean validator = started.getBean(LocalValidatorFactoryBean.class);
            // with Hibernate on the class path the default is Hibernate Validator's JPA-aware resolver
            assertThat(validator
                            .unwrap(ValidatorFactory.class)
                            .getTraversableResolver()
                            .getClass()
                            .getName())
                    .doesNotContain("JPA")
                    .startsWith(RequestBodyValidation.class.getName());

            var violations = validator.validate(new Body(List.of(new Line(1), new Line(9))));
            assertThat(violations)
                    .singleElement()
                    .satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("lines[1].quantity"));
        });
    }
}
