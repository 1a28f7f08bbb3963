package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotcheck.app.e2e.CountersignTest.countersign;
import static org.spotcheck.app.e2e.CountersignTest.events;
import static org.spotcheck.app.e2e.CountersignTest.review;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A configured countersign share (会签, issue 8): half of the countersigners must agree. */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spotcheck.planning.countersign-share=0.5")
class CountersignShareTest {

    @LocalServerPort
    int port;

    @Test
    void oneDisagreementOfTwoDoesNotDecideAndOneAgreementPasses() {
        Api api = new Api(port);
        JsonNode plan = new SpotCheckFlow(api).submittedPlan("PLASTIC_BAG");
        String code = plan.get("code").asString();
        assertThat(review(api, code, List.of("officer", "enforcer")).status()).isEqualTo(204);
        assertThat(countersign(api, "enforcer", code, "RETURN", "有保留意见").status()).isEqualTo(204);
        assertThat(api.taskId("officer", code, "countersignPlan")).as("still open: the outcome is not certain").isNotNull();
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isNull();
        assertThat(countersign(api, "officer", code, "APPROVE", null).status()).isEqualTo(204);
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isNotNull();
        assertThat(events(api, plan)).contains("COUNTERSIGN_DISAGREED", "COUNTERSIGN_AGREED", "COUNTERSIGNED");
    }
}
