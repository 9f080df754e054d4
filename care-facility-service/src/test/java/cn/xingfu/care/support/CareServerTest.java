package cn.xingfu.care.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The full app on a random port, for tests that must reach it as an outside client does (real HTTP: chunked
 * bodies, the request size limit before Spring MVC). One shared context for all such tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({CleanDatabaseOnce.class, TestAccounts.class, CareFixtures.class, TestClockConfiguration.class})
public @interface CareServerTest {}
