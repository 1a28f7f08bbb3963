package org.spotcheck.shared.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mapper test of a domain module (issue 16.4): boots the module's test-only application found in the test's
 * package (a {@code @SpringBootApplication} that imports {@link ModuleTestDatabase}) and rolls each test back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "mybatis.configuration.map-underscore-to-camel-case=true")
@Transactional
public @interface ModuleMapperTest {
}
