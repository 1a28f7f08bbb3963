package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.JsonNode;

/** Drives the thin path step by step over HTTP with the demo users. */
final class SpotCheckFlow {

    static final Map<String, String> PASSING_BAG = Map.of("PB-01", "符合", "PB-02", "0.030", "PB-03", "1.0", "PB-04", "符合",
            "PB-05", "符合", "PB-06", "符合", "PB-07", "7.0", "PB-08", "9", "PB-09", "符合");

    private final Api api;

    SpotCheckFlow(Api api) {
        this.api = api;
    }

    /** Drafts a one-item plan as planner and submits it; returns the plan JSON. */
    JsonNode submittedPlan(String product) {
        return submittedPlan(product, "320100");
    }

    /** A plan for one region: a county with one maker of the product makes the drawn enterprise certain. */
    JsonNode submittedPlan(String product, String region) {
        Api.Response drafted = api.post("planner", "/api/plans",
                Api.planCommand("E2E " + UUID.randomUUID(), product, region, "LAB1"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        long id = drafted.get("id").asLong();
        Api.Response submitted = api.post("planner", "/api/plans/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        return submitted.json();
    }

    /**
     * Reviewer and approver approve; returns the case number of the one spot-check created, as the issued plan names
     * it (items[].caseNumbers: a client never builds a case number, issue 18).
     */
    String approvedCase(JsonNode plan) {
        String code = plan.get("code").asString();
        decide("plan-reviewer", code, "reviewPlan", "APPROVE", "同意");
        decide("plan-approver", code, "approvePlan", "APPROVE", "同意下达");
        Api.Response issued = api.get("planner", "/api/plans/" + plan.get("id").asLong());
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        JsonNode cases = issued.json().get("items").get(0).get("caseNumbers");
        assertThat(cases.size()).as(issued.body()).isEqualTo(1);
        return cases.get(0).asString();
    }

    void decide(String user, String businessKey, String taskKey, String decision, String comment) {
        String task = api.taskId(user, businessKey, taskKey);
        assertThat(task).as(taskKey + " in the inbox of " + user).isNotNull();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("decision", decision);
        if (comment != null) {
            form.put("comment", comment);
        }
        Api.Response done = api.complete(user, task, form);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    /**
     * What a sampler writes of a demo product's sample: the product's name as the register has it (demo data
     * planning-02), the product standard its implementation rule applies (the first of the rule's standards in
     * shared/data/implementation-rules.yaml), a specification and the stock in the product's own unit. So the sampling
     * form, the lab sample and the report of a tissue-paper case all say 纸巾纸, never another product's name.
     */
    record DemoSample(String name, String standard, String specification, String stockOnHand) {

        static DemoSample of(String productCode) {
            return switch (productCode) {
                case "PLASTIC_BAG" -> new DemoSample("塑料购物袋", "GB/T 21661-2020", "400×500mm", "2000个");
                case "TISSUE_PAPER" -> new DemoSample("纸巾纸", "GB/T 20808-2011", "3层×200抽", "500包");
                case "CHILD_APPAREL" -> new DemoSample("儿童及婴幼儿服装", "GB 31701-2015", "110/56", "300件");
                case "E_BIKE" -> new DemoSample("电动自行车", "GB 17761-2018", "48V 12Ah", "50辆");
                case "ELECTRIC_KETTLE" -> new DemoSample("电水壶", "GB 4706.19-2008", "1.7L 1800W", "200台");
                default -> throw new IllegalArgumentException("no demo sample for the product " + productCode);
            };
        }
    }

    /** A complete sampling form for a sample of the product (the plan's product code). */
    static Map<String, Object> samplingForm(String productCode, String seal, List<String> samplers) {
        DemoSample sample = DemoSample.of(productCode);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("channel", "PRODUCTION");
        form.put("productName", sample.name());
        form.put("trademark", "绿洁");
        form.put("specification", sample.specification() + "/" + seal); // unique: the same product key may not be sampled twice in 6 months
        form.put("productStandard", sample.standard());
        form.put("batchNumber", "20261101");
        form.put("stockOnHand", sample.stockOnHand());
        form.put("testQuantity", 40);
        form.put("backupQuantity", 20);
        form.put("testSealNumber", seal + "-T");
        form.put("backupSealNumber", seal + "-B");
        form.put("backupLocation", "ENTERPRISE");
        form.put("unitPrice", "0.50"); // decimals are strings in the contract (issue 18.3)
        form.put("amountPaid", "30.00");
        form.put("samplers", samplers);
        return form;
    }

    /** The product code of a spot-check's plan item, as its task names it. */
    String productCode(String caseCode) {
        JsonNode task = spotCheckTask(caseCode);
        String code = task.get("productCode").asString();
        // the demo sample's name is the register's: a changed register shows here, not as a wrong name on a report
        assertThat(DemoSample.of(code).name()).isEqualTo(task.get("productName").asString());
        return code;
    }

    private JsonNode spotCheckTask(String caseCode) {
        Api.Response task = api.get("planner", "/api/spot-check-tasks/" + caseCode);
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        return task.json();
    }

    /** The two samplers drawn for a spot-check (双随机: any two of the authority's inspectors). */
    List<String> samplers(String caseCode) {
        List<String> drawn = spotCheckTask(caseCode).get("samplerUsernames").valueStream().map(JsonNode::asString).toList();
        assertThat(drawn).hasSize(2);
        return drawn;
    }

    /** The first drawn sampler records the sample with both, and the enterprise's paper signature; returns the test seal number. */
    String sampled(String caseCode) {
        String seal = sampledUnconfirmed(caseCode);
        confirmedOnPaper(caseCode);
        return seal;
    }

    /** The first drawn sampler records the sample; the confirmation task is left open. Returns the test seal number. */
    String sampledUnconfirmed(String caseCode) {
        List<String> samplers = samplers(caseCode);
        String task = api.taskId(samplers.get(0), caseCode, "recordSampling");
        assertThat(task).isNotNull();
        String seal = "FT" + Math.abs(caseCode.hashCode()) + "x" + (System.nanoTime() % 100000);
        Api.Response done = api.complete(samplers.get(0), task, samplingForm(productCode(caseCode), seal, samplers));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        return seal + "-T";
    }

    /** A sampler records the enterprise's signature on the paper form, with a photo of it. */
    void confirmedOnPaper(String caseCode) {
        String second = samplers(caseCode).get(1);
        String task = api.taskId(second, caseCode, "confirmSampling");
        assertThat(task).as("confirmSampling for " + second).isNotNull();
        long photo = api.upload(second, caseCode, "SIGNATURE", "signed.png", "image/png", Api.PNG).get("id").asLong();
        Api.Response done = api.complete(second, task, Map.of("method", "PAPER", "signedByName", "王经理", "signaturePhotoId", photo));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    void received(String caseCode, String testSeal) {
        String task = api.taskId("lab1-tester", caseCode, "receiveSample");
        assertThat(task).isNotNull();
        Api.Response done = api.complete("lab1-tester", task,
                Map.of("sampleCode", "YP-" + caseCode, "testSealNumber", testSeal, "sealIntact", true));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    void resultsEntered(String caseCode, Map<String, String> results) {
        String task = api.taskId("lab1-tester", caseCode, "enterResults");
        assertThat(task).isNotNull();
        Api.Response done = api.complete("lab1-tester", task, Map.of("results", results));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    /** From an approved plan to an issued report. */
    String issuedReport(String product, Map<String, String> results) {
        return issuedReport(product, "320100", results);
    }

    String issuedReport(String product, String region, Map<String, String> results) {
        String caseCode = approvedCase(submittedPlan(product, region));
        String seal = sampled(caseCode);
        received(caseCode, seal);
        resultsEntered(caseCode, results);
        decide("lab1-reviewer", caseCode, "reviewReport", "APPROVE", null);
        decide("lab1-approver", caseCode, "approveReport", "APPROVE", null);
        return caseCode;
    }

    /** The text of a report's PDF as the lab's tester downloads it. */
    String reportPdfText(long reportId) {
        HttpResponse<byte[]> pdf = api.bytes("lab1-tester", "/api/reports/" + reportId + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
