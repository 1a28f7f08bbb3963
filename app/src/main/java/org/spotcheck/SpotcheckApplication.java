package org.spotcheck;

import java.util.TimeZone;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.spotcheck.app.StartupFailure;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Spotcheck: product quality supervision spot-checks (产品质量监督抽查) from plan to closure.
 * The four domain modules are plain libraries; this application wires them, runs the BPMN
 * processes that orchestrate them, and serves the pages and the API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan("org.spotcheck.app")
@MapperScan(basePackages = "org.spotcheck", annotationClass = Mapper.class)
public class SpotcheckApplication {

    public static void main(String[] args) {
        // architecture.md §5: everything in UTC, whatever the host says
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        SpringApplication application = new SpringApplication(SpotcheckApplication.class);
        // start-up failures are reported below in one line; known ones need no stack trace
        application.setDefaultProperties(StartupFailure.QUIET_STARTUP_FAILURE_LOGGING);
        try {
            application.run(args);
        } catch (Throwable failure) {
            if (!StartupFailure.isKnown(failure)) {
                failure.printStackTrace();
            }
            System.err.println(StartupFailure.describe(failure));
            System.exit(1);
        }
    }
}
