package cn.xingfu.kernel.web;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation checks request bodies, records that never were JPA entities. With Hibernate on the class path the
 * validator asks JPA, for every property of every body, whether it is loaded; at the lunch rush that question was a
 * third of the validation of an order (docs/performance.md). Every property of a body is there to be checked, so the
 * answer is always yes. This is the validator of Spring MVC and of method validation only: Hibernate validates
 * entities at flush with a validator factory of its own, which keeps asking JPA.
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyValidation {

    @Bean
    static ValidationConfigurationCustomizer everyPropertyIsReachable() {
        return configuration -> configuration.traversableResolver(new EveryProperty());
    }

    private static final class EveryProperty implements TraversableResolver {

        @Override
        public boolean isReachable(
                Object bean, Path.Node property, Class<?> rootBean, Path pathToBean, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean, Path.Node property, Class<?> rootBean, Path pathToBean, ElementType elementType) {
            return true;
        }
    }
}
