package org.spotcheck.sampling.internal.web;

import java.util.List;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.VerificationPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A sample's printed documents: the labels (样品标签), one per portion (sample code, portion, seal number,
 * product, enterprise, date and a QR code that the lab scans at receipt), the sampling form (抽样单) as PDF,
 * and the public page that the QR code on the form opens (issue 17.3).
 */
@Controller
class SampleLabelController {

    private final SamplingApi sampling;

    SampleLabelController(SamplingApi sampling) {
        this.sampling = sampling;
    }

    @GetMapping("/samples/{id}/labels")
    @PreAuthorize("hasAnyRole('SAMPLER','PLANNER','OFFICER','LAB_TESTER','LAB_REVIEWER','LAB_APPROVER')")
    String labels(Actor actor, @PathVariable long id, Model model) {
        SampleView sample = sampling.getSample(actor, id);
        model.addAttribute("sample", sample);
        model.addAttribute("labels", List.of(
                new Label("TEST", sample.testSealNumber(), sample.testQuantity(), QrSvg.of(qrText(sample, "TEST", sample.testSealNumber()), 132)),
                new Label("BACKUP", sample.backupSealNumber(), sample.backupQuantity(), QrSvg.of(qrText(sample, "BACKUP", sample.backupSealNumber()), 132))));
        return "sampling/labels";
    }

    /** The sampling form as PDF, for logged-in pages. */
    @GetMapping(value = "/samples/{id}/form.pdf", produces = "application/pdf")
    @PreAuthorize("hasAnyRole('SAMPLER','PLANNER','OFFICER','LAB_TESTER','LAB_REVIEWER','LAB_APPROVER','ENTERPRISE')")
    org.springframework.http.ResponseEntity<byte[]> formPdf(Actor actor, @PathVariable long id) {
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "inline; filename=\"sampling-form-" + id + ".pdf\"")
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(sampling.samplingFormPdf(actor, id));
    }

    /** Public (no login): the QR code on a sampling form opens this page (issue 17.3). */
    @GetMapping("/public/sampling-forms/verify")
    @PreAuthorize("permitAll()")
    String verifyForm(@RequestParam(name = "no", required = false) String sampleCode,
            @RequestParam(name = "hash", required = false) String hash, Model model) {
        model.addAllAttributes(VerificationPage.model(sampleCode, hash, sampling::verifySamplingForm));
        return "sampling/form-verify";
    }

    /** What the QR code carries: the code, the portion and the seal, which the lab checks at receipt. */
    static String qrText(SampleView sample, String portion, String seal) {
        return sample.sampleCode() + "|" + portion + "|" + seal;
    }

    /** One label. */
    record Label(String portion, String sealNumber, int quantity, String qrSvg) {
    }
}
