package org.spotcheck.disposal.internal.web;

import org.spotcheck.disposal.api.Referrals;
import org.spotcheck.shared.VerificationPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public (no login): the QR code on a referral letter (移送函) opens this page (issue 17.3). */
@Controller
class ReferralVerifyController {

    private final Referrals referrals;

    ReferralVerifyController(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/public/referrals/verify")
    @PreAuthorize("permitAll()")
    String verify(@RequestParam(name = "no", required = false) String docNo, @RequestParam(name = "hash", required = false) String hash,
            Model model) {
        model.addAllAttributes(VerificationPage.model(docNo, hash, referrals::verifyReferral));
        return "disposal/referral-verify";
    }
}
