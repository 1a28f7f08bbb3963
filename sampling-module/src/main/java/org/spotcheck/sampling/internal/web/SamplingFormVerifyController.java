package org.spotcheck.sampling.internal.web;

import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.VerificationPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public (no login): the QR code on a sampling form (抽样单) opens this page (issue 17.3). */
@Controller
class SamplingFormVerifyController {

    private final SamplingApi sampling;

    SamplingFormVerifyController(SamplingApi sampling) {
        this.sampling = sampling;
    }

    @GetMapping("/public/sampling-forms/verify")
    @PreAuthorize("permitAll()")
    String verify(@RequestParam(name = "no", required = false) String sampleCode, @RequestParam(name = "hash", required = false) String hash,
            Model model) {
        model.addAllAttributes(VerificationPage.model(sampleCode, hash, sampling::verifySamplingForm));
        return "sampling/form-verify";
    }
}
