package org.spotcheck.generated.driver;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.spotcheck.generated.ApiClient;
import org.spotcheck.generated.ApiException;
import org.spotcheck.generated.api.LabSampleControllerApi;
import org.spotcheck.generated.api.LimsControllerApi;
import org.spotcheck.generated.api.PlanControllerApi;
import org.spotcheck.generated.api.SpotCheckTaskControllerApi;
import org.spotcheck.generated.api.TaskControllerApi;
import org.spotcheck.generated.api.UploadApiControllerApi;
import org.spotcheck.generated.model.AttachmentKind;
import org.spotcheck.generated.model.AttachmentView;
import org.spotcheck.generated.model.ConfirmSamplingForm;
import org.spotcheck.generated.model.DecisionForm;
import org.spotcheck.generated.model.DraftPlanCommand;
import org.spotcheck.generated.model.DraftPlanCommandItem;
import org.spotcheck.generated.model.EnterResultsCommand;
import org.spotcheck.generated.model.LabSampleView;
import org.spotcheck.generated.model.LimsSubmission;
import org.spotcheck.generated.model.PlanView;
import org.spotcheck.generated.model.ReceiveSampleCommand;
import org.spotcheck.generated.model.ReportView;
import org.spotcheck.generated.model.SamplingForm;
import org.spotcheck.generated.model.SpotCheckTaskView;
import org.spotcheck.generated.model.TaskDetail;
import org.spotcheck.generated.model.TaskForm;
import org.spotcheck.generated.model.TaskKey;
import org.spotcheck.generated.model.TaskView;

/**
 * Drives one spot-check through the client that openapi-generator made from the app's /v3/api-docs (issue 18
 * "done means", ADR 0017). Compiled by GeneratedClientTest together with the generated sources: every request body
 * and answer is a generated class, so no JSON field name is written here; the steps ({@code TaskKey}) and the kind of
 * an upload ({@code AttachmentKind}) are generated enums, identifiers (plan code, case number, sample code) are read
 * from answers, and decimals are strings as the contract says. What is written by hand is data (users, product and
 * region codes, item results) and the Authorization header of the login.
 *
 * <p>{@link #run} returns the steps it finished, one line each; it throws on the first failure, with the steps done
 * so far in the message, so the test says exactly where a run stops.
 */
public final class SpotCheckDriver {

    private final String baseUrl;
    private final String password;
    private final List<String> done = new ArrayList<>();

    private SpotCheckDriver(String baseUrl, String password) {
        this.baseUrl = baseUrl;
        this.password = password;
    }

    /** Entry point called reflectively by the test (JDK types only cross the class loader). */
    public static List<String> run(String baseUrl, String password, String labToken, String product, String region,
            String lab, Map<String, String> results, java.io.File signatureFile) {
        SpotCheckDriver driver = new SpotCheckDriver(baseUrl, password);
        try {
            driver.drive(labToken, product, region, lab, results, signatureFile);
            return driver.done;
        } catch (ApiException e) {
            throw new IllegalStateException("stopped after " + driver.done + ": HTTP " + e.getCode() + " " + e.getResponseBody(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("stopped after " + driver.done + ": " + e, e);
        }
    }

    private void drive(String labToken, String product, String region, String lab, Map<String, String> results,
            java.io.File signatureFile) throws ApiException {
        // 1. the planner drafts and submits a plan (DraftPlanCommand → PlanView)
        PlanControllerApi planner = new PlanControllerApi(client(basic("planner")));
        DraftPlanCommand command = new DraftPlanCommand()
                .title("generated client " + System.nanoTime())
                .kind(DraftPlanCommand.KindEnum.ANNUAL)
                .planYear(2027)
                .legalBasis("《产品质量法》第十五条")
                .items(List.of(new DraftPlanCommandItem()
                        .productCode(product).regionCode(region).labCode(lab)
                        .batches(1).quarter(2).budget("6000")
                        .reason(DraftPlanCommandItem.ReasonEnum.HEALTH_SAFETY_RISK).emergency(true)));
        PlanView drafted = planner.planDraft(command);
        PlanView submitted = planner.planSubmit(drafted.getId(), null);
        String planCode = submitted.getCode();
        done.add("plan " + planCode + " " + submitted.getStatus());

        // 2. review and approval of the plan (DecisionForm through TaskForm)
        decide("plan-reviewer", planCode, TaskKey.REVIEW_PLAN);
        decide("plan-approver", planCode, TaskKey.APPROVE_PLAN);

        // 3. the spot-check the approval created: the issued plan names its item's cases (PlanView.items[].caseNumbers)
        PlanView approved = planner.planGet(drafted.getId());
        done.add("plan " + approved.getStatus());
        String caseCode = approved.getItems().get(0).getCaseNumbers().get(0);
        SpotCheckTaskView spotCheck = new SpotCheckTaskControllerApi(client(basic("planner"))).spotCheckTaskGet(caseCode);
        List<String> samplers = spotCheck.getSamplerUsernames();
        done.add("case " + caseCode + " samplers " + samplers);

        // 4. the first sampler records the sample (SamplingForm)
        String seal = "GC" + (System.nanoTime() % 1_000_000_000L);
        TaskView recordSampling = task(samplers.get(0), caseCode, TaskKey.RECORD_SAMPLING);
        new TaskControllerApi(client(basic(samplers.get(0)))).taskComplete(recordSampling.getId(), new TaskForm(new SamplingForm()
                .channel(SamplingForm.ChannelEnum.PRODUCTION)
                .productName("塑料购物袋").trademark("绿洁").specification("400×500mm/" + seal)
                .productStandard("GB/T 21661-2020").batchNumber("20261101").stockOnHand("2000个")
                .testQuantity(40).backupQuantity(20)
                .testSealNumber(seal + "-T").backupSealNumber(seal + "-B")
                .backupLocation(SamplingForm.BackupLocationEnum.ENTERPRISE)
                .unitPrice("0.50").amountPaid("30.00")
                .samplers(samplers)));
        done.add(String.valueOf(recordSampling.getTaskKey()));

        // 5. the second sampler uploads the enterprise's signed paper form and confirms (ConfirmSamplingForm)
        String second = samplers.get(1);
        TaskView confirm = task(second, caseCode, TaskKey.CONFIRM_SAMPLING);
        // the upload names the step it is for: once that step is completed, a late file is refused, not left unlinked
        AttachmentView photo = new UploadApiControllerApi(client(basic(second)))
                .uploadApiUpload(caseCode, AttachmentKind.SIGNATURE, confirm.getId(), signatureFile);
        done.add("uploaded signature " + photo.getId());
        new TaskControllerApi(client(basic(second))).taskComplete(confirm.getId(), new TaskForm(new ConfirmSamplingForm()
                .method(ConfirmSamplingForm.MethodEnum.PAPER).signedByName("王经理").signaturePhotoId(photo.getId())));
        done.add(String.valueOf(confirm.getTaskKey()));

        // 6. the lab (its Bearer token) receives the sample (ReceiveSampleCommand)
        String lims = "Bearer " + labToken;
        TaskView receive = task(lims, caseCode, TaskKey.RECEIVE_SAMPLE, true);
        // the code on the sample's label is the one the sampling gave it: the task's context names it (TaskDetail.context)
        TaskDetail receiving = new TaskControllerApi(client(lims)).taskGet(receive.getId());
        String sampleCode = receiving.getContext().getLabSample().getSampleCode();
        new TaskControllerApi(client(lims)).taskComplete(receive.getId(), new TaskForm(new ReceiveSampleCommand()
                .sampleCode(sampleCode).testSealNumber(seal + "-T").sealIntact(true)));
        done.add(String.valueOf(receive.getTaskKey()));

        // 7. the LIMS submits the results once (EnterResultsCommand → 201 LimsSubmission)
        LabSampleView sample = new LabSampleControllerApi(client(lims)).labSampleList().stream()
                .filter(s -> caseCode.equals(s.getTaskCode())).findFirst().orElseThrow();
        LimsSubmission submission = new LimsControllerApi(client(lims))
                .limsSubmitResults(sample.getId(), "generated-" + caseCode, new EnterResultsCommand().results(results));
        done.add("results submitted, report " + submission.getReportId() + " " + submission.getConclusion());

        // 8. the lab's reviewer and approver decide the report
        decide("lab1-reviewer", caseCode, TaskKey.REVIEW_REPORT);
        decide("lab1-approver", caseCode, TaskKey.APPROVE_REPORT);

        // 9. the issued report
        ReportView report = new LabSampleControllerApi(client(lims)).labSampleReports(sample.getId()).get(0);
        done.add("report " + report.getStatus());
    }

    private void decide(String user, String businessKey, TaskKey taskKey) throws ApiException {
        TaskView task = task(user, businessKey, taskKey);
        new TaskControllerApi(client(basic(user))).taskComplete(task.getId(),
                new TaskForm(new DecisionForm().decision(DecisionForm.DecisionEnum.APPROVE).comment("同意")));
        done.add(taskKey + " by " + user);
    }

    private TaskView task(String user, String businessKey, TaskKey taskKey) throws ApiException {
        return task(basic(user), businessKey, taskKey, true);
    }

    private TaskView task(String authorization, String businessKey, TaskKey taskKey, boolean required) throws ApiException {
        List<TaskView> inbox = new TaskControllerApi(client(authorization))
                .taskList(null, null, taskKey, null, null, null, null, null, null, null, businessKey, null);
        return inbox.stream().filter(t -> businessKey.equals(t.getBusinessKey()) && taskKey == t.getTaskKey())
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + taskKey + " for " + businessKey));
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        Consumer<HttpRequest.Builder> login = request -> request.header("Authorization", authorization);
        client.setRequestInterceptor(login);
        return client;
    }

    private String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
