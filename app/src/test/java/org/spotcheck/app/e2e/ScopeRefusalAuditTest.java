package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.Role;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13.4, the scope checks not covered by {@link DutiesAndIdentitiesTest}: a caller of another authority
 * (AUTH-320500) probing records of AUTH-320100 (a plan approval's case timeline through {@code CaseAccess}, a
 * pending review task, a task copy, an enforcement referral, a publication under review, a quality-warning rule)
 * gets 404 problem+json, exactly like a missing record, and each probe leaves one DENIED audit row naming the
 * resource. The same request for an id that does not exist gets 404 and leaves no audit row. The second test
 * does the same for the planning, sampling and testing records (plans, spot-check tasks, complaints, samples,
 * attachments, lab samples, reports): out of scope is 404 and a DENIED row there too, never 403 (issue 18.3).
 */
class ScopeRefusalAuditTest extends SpotCheckE2e {

    /** The application's clock: "today" is {@link AppToday#of} of it, never the JVM's UTC date. */
    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("workflowClock")
    java.time.Clock workflowClock;

    private static final long MISSING = 987_654_321L;

    /** One probe: the caller, the method, the address of the out-of-scope record and of a missing one, the body. */
    record Probe(String user, String method, String outOfScope, String missing, Object body, String resource) {
    }

    @Test
    void aProbeOfAnotherAuthoritysRecordIs404AndAuditedDeniedAndAMissingRecordIs404AndNotAudited() {
        String planner = fixtures.account("x-planner", "AUTH-320500", "AUTHORITY", "320500", Role.PLANNER);
        String officer = fixtures.account("x-officer", "AUTH-320500", "AUTHORITY", "320500", Role.OFFICER);
        String enforcer = fixtures.account("x-enforcer", "AUTH-320500", "AUTHORITY", "320500", Role.ENFORCER);

        // records of AUTH-320100: a submitted plan (its approval case and the section review task)
        JsonNode plan = new SpotCheckFlow(api).submittedPlan("PLASTIC_BAG");
        String planCode = plan.get("code").asString();
        String reviewTask = api.taskId("plan-reviewer", planCode, "reviewPlan");
        long copy = insert("INSERT INTO sys_task_copy (task_id, task_name, process_instance_id, business_key, recipient, copied_by,"
                + " created_at) VALUES (?, '审核', 'p', ?, 'plan-reviewer', 'planner', ?)", reviewTask, planCode, now());
        String taskCode = "SCOPE-" + UUID.randomUUID().toString().substring(0, 8);
        long referral = insert("INSERT INTO dsp_referral (task_code, authority_code, enterprise_code, enterprise_name, reason, facts,"
                + " evidence_ids, status, opened_at) VALUES (?, 'AUTH-320100', 'ENT-A', '南京绿洁塑料制品有限公司', 'REFUSED_SAMPLING', '拒绝抽样',"
                + " '', 'OPEN', ?)", taskCode, now());
        long caseId = insert("INSERT INTO dsp_case (task_code, sample_code, report_no, authority_code, lab_code, enterprise_code,"
                + " enterprise_name, product_name, conclusion, status, opened_at) VALUES (?, ?, ?, 'AUTH-320100', 'LAB1', 'ENT-A',"
                + " '南京绿洁塑料制品有限公司', '塑料购物袋', 'NONCONFORMING', 'CLOSED', ?)", taskCode, taskCode, taskCode, now());
        long publication = insert("INSERT INTO dsp_publication (case_id, kind, status, authority_code, enterprise_name, product_name,"
                + " created_at) VALUES (?, 'RESULT', 'PENDING_REVIEW', 'AUTH-320100', '南京绿洁塑料制品有限公司', '塑料购物袋', ?)",
                caseId, now());
        long rule = insert("INSERT INTO dsp_warning_rule (authority_code, name, kind, threshold_pct, created_by, created_at)"
                + " VALUES ('AUTH-320100', '合格率预警', 'PASS_RATE_BELOW', 80.0, 'planner', ?)", now());

        Map<String, Object> release = PublicationTest.releaseForm(true, Map.of());
        List<Probe> probes = List.of(
                new Probe(planner, "GET", "/api/cases/" + planCode, "/api/cases/PLAN-NONE-" + MISSING, null, "case " + planCode),
                new Probe(planner, "GET", "/api/cases/" + planCode + "/diagram", "/api/cases/PLAN-NONE-" + MISSING + "/diagram",
                        null, "case " + planCode),
                new Probe(planner, "GET", "/api/tasks/" + reviewTask, "/api/tasks/" + MISSING, null, "task " + reviewTask),
                new Probe(planner, "POST", "/api/tasks/" + reviewTask + "/claim", "/api/tasks/" + MISSING + "/claim", Map.of(),
                        "task " + reviewTask),
                new Probe(planner, "POST", "/api/tasks/copies/" + copy + "/read", "/api/tasks/copies/" + MISSING + "/read", Map.of(),
                        "copy " + copy),
                new Probe(enforcer, "GET", "/api/disposal/referrals/" + referral, "/api/disposal/referrals/" + MISSING, null,
                        "referral " + referral),
                new Probe(officer, "POST", "/api/disposal/publications/" + publication + "/release",
                        "/api/disposal/publications/" + MISSING + "/release", release, "publication " + publication),
                new Probe(planner, "GET", "/api/disposal/warning-rules/" + rule, "/api/disposal/warning-rules/" + MISSING, null,
                        "warning rule " + rule),
                new Probe(officer, "POST", "/api/disposal/warning-rules/" + rule + "/deactivate",
                        "/api/disposal/warning-rules/" + MISSING + "/deactivate", Map.of(), "warning rule " + rule));

        probe(probes);
        // nothing changed: the rule is still active, the publication still under review, the task unclaimed
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM dsp_warning_rule WHERE id = ? AND active = TRUE", rule)).isOne();
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM dsp_publication WHERE id = ? AND status = 'PENDING_REVIEW'",
                publication)).isOne();
        assertThat(api.get("plan-reviewer", "/api/tasks/" + reviewTask).json().hasNonNull("assignee")).isFalse();
    }

    @Test
    void planningSamplingAndTestingRecordsOutOfScopeAre404AndAuditedDeniedAndMissingOnesAreNotAudited() {
        String planner = fixtures.account("x-planner", "AUTH-320500", "AUTHORITY", "320500", Role.PLANNER);
        String sampler = fixtures.account("x-sampler", "AUTH-320500", "AUTHORITY", "320500", Role.SAMPLER);
        String tester = fixtures.account("x-tester", "LAB2", "LAB", "320500", Role.LAB_TESTER);
        String signatory = fixtures.account("x-signatory", "LAB2", "LAB", "320500", Role.LAB_APPROVER);
        // (a signatory signs in with a second factor; a demo account is exempt, so the API takes its password)
        transactions.executeWithoutResult(t -> accounts.markDemo(signatory));

        // records of AUTH-320100 and LAB1: a case sampled, tested and reported; an open spot-check task; a complaint
        String caseCode = flow.issuedReport("PLASTIC_BAG", SpotCheckFlow.PASSING_BAG);
        JsonNode sample = api.get("sampler-a", "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        long sampleId = sample.get("id").asLong();
        long photo = jdbc.queryForObject("SELECT MIN(id) FROM smp_attachment WHERE task_code = ?", Long.class, caseCode);
        JsonNode labSample = api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        long labSampleId = labSample.get("id").asLong();
        long reportId = api.get("lab1-tester", "/api/lab-samples/" + labSampleId + "/reports").json().get(0).get("id").asLong();
        JsonNode plan = flow.submittedPlan("PLASTIC_BAG");
        long planId = plan.get("id").asLong();
        String openCase = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        long complaint = insert("INSERT INTO pln_complaint (authority_code, received_on, complainant, description, product_code,"
                + " region_code, status, recorded_by, recorded_at) VALUES ('AUTH-320100', ?, '张三', '塑料袋偏薄', 'PLASTIC_BAG',"
                + " '320100', 'OPEN', 'planner', ?)", java.sql.Date.valueOf(AppToday.of(workflowClock)), now());

        long sealRange = insert("INSERT INTO smp_seal_range (authority_code, sampler_username, prefix, first_number, last_number, digits,"
                + " issued_by, issued_at) VALUES ('AUTH-320100', 'sampler-a', ?, 1, 10, 6, 'planner', ?)",
                "SCOPE" + System.nanoTime() % 100_000_000 + "-", now());

        Map<String, Object> special = Map.of("labCode", "LAB1", "batches", 1, "quarter", 1, "budget", 1000, "planYear", 2027);
        Map<String, Object> redraw = Map.of("reason", "探测");
        Map<String, Object> correction = Map.of("reason", "探测");
        probe(List.of(
                new Probe(planner, "GET", "/api/plans/" + planId, "/api/plans/" + MISSING, null, "plan " + planId),
                new Probe(planner, "GET", "/api/plans/" + planId + "/diff", "/api/plans/" + MISSING + "/diff", null, "plan " + planId),
                new Probe(planner, "POST", "/api/plans/" + planId + "/withdraw", "/api/plans/" + MISSING + "/withdraw", Map.of(),
                        "plan " + planId),
                new Probe(planner, "GET", "/api/spot-check-tasks/" + openCase, "/api/spot-check-tasks/SC-NONE-" + MISSING, null,
                        "spot-check task " + openCase),
                new Probe(planner, "POST", "/api/spot-check-tasks/" + openCase + "/redraw-inspectors",
                        "/api/spot-check-tasks/SC-NONE-" + MISSING + "/redraw-inspectors", redraw, "spot-check task " + openCase),
                new Probe(planner, "POST", "/api/complaints/" + complaint + "/special-plan",
                        "/api/complaints/" + MISSING + "/special-plan", special, "complaint " + complaint),
                new Probe(planner, "GET", "/api/seal-ranges/" + sealRange, "/api/seal-ranges/" + MISSING, null,
                        "seal range " + sealRange),
                new Probe(planner, "POST", "/api/seal-ranges/" + sealRange + "/withdraw", "/api/seal-ranges/" + MISSING + "/withdraw",
                        Map.of(), "seal range " + sealRange),
                new Probe(sampler, "GET", "/api/samples/" + sampleId, "/api/samples/" + MISSING, null, "sample " + sampleId),
                new Probe(sampler, "GET", "/api/attachments/" + photo, "/api/attachments/" + MISSING, null, "attachment " + photo),
                new Probe(tester, "GET", "/api/lab-samples/" + labSampleId, "/api/lab-samples/" + MISSING, null,
                        "lab sample " + labSampleId),
                new Probe(tester, "GET", "/api/reports/" + reportId, "/api/reports/" + MISSING, null, "report " + reportId),
                new Probe(tester, "GET", "/api/reports/" + reportId + "/pdf", "/api/reports/" + MISSING + "/pdf", null,
                        "report " + reportId),
                new Probe(signatory, "POST", "/api/reports/" + reportId + "/corrections", "/api/reports/" + MISSING + "/corrections",
                        correction, "report " + reportId)));

        // nothing changed: the plan is still submitted, the team not redrawn, no plan from the complaint, no correction
        assertThat(api.get("planner", "/api/plans/" + planId).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM pln_complaint WHERE id = ? AND status = 'OPEN'", complaint)).isOne();
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM smp_seal_range WHERE id = ? AND withdrawn_at IS NULL", sealRange))
                .isOne();
        assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM tst_report WHERE lab_sample_id = ?", labSampleId)).isOne();
    }

    /** Each probe: the missing record is a plain 404 with no audit row, the out-of-scope one a 404 with one DENIED row. */
    private void probe(List<Probe> probes) {
        for (Probe p : probes) {
            WebClient.Reply missing = send(p.user(), p.method(), p.missing(), p.body());
            assertThat(missing.status()).as(p.missing() + ": " + missing.body()).isEqualTo(404);
            WebClient.Reply refused = send(p.user(), p.method(), p.outOfScope(), p.body());
            assertThat(refused.status()).as(p.outOfScope() + ": " + refused.body()).isEqualTo(404);
            // the refusal looks exactly like a missing record: same status, same rule
            assertThat(refused.rule()).as(p.outOfScope()).isEqualTo(missing.rule()).isNotBlank();
        }
        for (Probe p : probes) {
            List<JsonNode> rows = SecurityFixtures.awaitAudit(port, "actor=" + p.user() + "&outcome=DENIED&limit=500",
                    e -> e.get("target").asString().equals(p.outOfScope()));
            assertThat(rows).as(p.outOfScope()).hasSize(1);
            assertThat(rows.get(0).get("httpStatus").asInt()).isEqualTo(404);
            assertThat(rows.get(0).get("detail").asString()).as(p.outOfScope()).endsWith(p.resource());
        }
        // each missing record's request came before its probe, whose row is there by now
        for (Probe p : probes) {
            assertThat(SecurityFixtures.count(jdbc, "SELECT COUNT(*) FROM sys_audit WHERE target = ? AND outcome = 'DENIED'",
                    p.missing())).as(p.missing()).isZero();
        }
    }

    private WebClient.Reply send(String user, String method, String path, Object body) {
        WebClient client = WebClient.basic(port, user, SecurityFixtures.PASSWORD);
        return "GET".equals(method) ? client.get(path) : client.postJson(path, body);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var statement = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
