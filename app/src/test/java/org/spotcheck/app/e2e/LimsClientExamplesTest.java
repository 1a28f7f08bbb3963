package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LIMS client examples in docs/lims-client (issue 18.5) work against the running app: each takes a
 * sampled case from the lab's inbox (its Bearer token) to an issued report, as a lab's developer would run
 * it, with ProcessBuilder. The curl script needs curl and jq (.ci/run installs them), the Python one the
 * standard library only.
 */
class LimsClientExamplesTest extends SpotCheckE2e {

    private static final Path EXAMPLES = Path.of("..", "docs", "lims-client").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void theCurlScriptTakesASampleFromTheInboxToAnIssuedReport() throws Exception {
        assumeTrue(onPath("curl") && onPath("jq") && onPath("bash"), "curl, jq and bash are needed");
        runExample(List.of("bash", EXAMPLES.resolve("lims.sh").toString()));
    }

    @Test
    void thePythonScriptTakesASampleFromTheInboxToAnIssuedReport() throws Exception {
        assumeTrue(onPath("python3"), "python3 is needed");
        runExample(List.of("python3", EXAMPLES.resolve("lims.py").toString()));
    }

    private void runExample(List<String> command) throws Exception {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        String seal = flow.sampled(caseCode);
        Api.Response issued = api.post("secadmin", "/api/security/tokens", Map.of("labCode", "LAB1", "name", "LIMS example", "validDays", 1));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        Path results = work.resolve("results.json");
        Files.writeString(results, JsonMapper.builder().build().writeValueAsString(Map.of("results", SpotCheckFlow.PASSING_BAG)));

        List<String> full = new java.util.ArrayList<>(command);
        full.addAll(List.of(caseCode, seal, results.toString()));
        ProcessBuilder process = new ProcessBuilder(full).directory(work.toFile()).redirectErrorStream(true);
        process.environment().put("SPOTCHECK_URL", "http://localhost:" + port);
        process.environment().put("SPOTCHECK_TOKEN", issued.get("token").asString());
        process.environment().put("REVIEWER", "lab1-reviewer:" + Api.PASSWORD);
        process.environment().put("APPROVER", "lab1-approver:" + Api.PASSWORD);
        Process running = process.start();
        assertThat(running.waitFor(180, TimeUnit.SECONDS)).as("the example finishes").isTrue();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.exitValue()).as(output).isZero();

        JsonNode sample = api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> caseCode.equals(s.get("taskCode").asString())).findFirst().orElseThrow();
        JsonNode report = api.get("lab1-tester", "/api/lab-samples/" + sample.get("id").asLong() + "/reports").json().get(0);
        assertThat(report.get("status").asString()).isEqualTo("ISSUED");
        assertThat(output).contains("received YP-" + caseCode, "reviewReport done", "approveReport done", "report ISSUED");
        assertThat(Files.readAllBytes(work.resolve("report-" + report.get("id").asLong() + ".pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(api.get("planner", "/api/cases/" + caseCode).get("ended").asBoolean()).as("a conforming batch closes the case").isTrue();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
