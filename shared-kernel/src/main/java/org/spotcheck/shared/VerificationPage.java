package org.spotcheck.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The model of a public verification page (the QR code on a report, a sampling form or a referral
 * letter opens it, issue 17.3; template {@code verify :: page}): what was asked and what the register
 * answers. Nothing was asked when neither the number nor the digest came.
 */
public final class VerificationPage {

    private VerificationPage() {
    }

    /** The attributes {@code no}, {@code hash}, {@code asked} and {@code verification} (either may be absent). */
    public static Map<String, Object> model(String no, String hash, BiFunction<String, String, ?> verify) {
        Map<String, Object> model = new HashMap<>();
        model.put("no", no);
        model.put("hash", hash);
        model.put("asked", no != null || hash != null);
        model.put("verification", verify.apply(no, hash));
        return model;
    }
}
