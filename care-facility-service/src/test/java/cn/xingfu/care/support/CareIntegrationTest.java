package cn.xingfu.care.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** One shared Spring context for every care IT: the full app with MockMvc, on H2 or MariaDB. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({
    CleanDatabaseOnce.class,
    TestAccounts.class,
    CareFixtures.class,
    TestCareUnits.class,
    TestClockConfiguration.class
})
public @interface CareIntegrationTest {}
