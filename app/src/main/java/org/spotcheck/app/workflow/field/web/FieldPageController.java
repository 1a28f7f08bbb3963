package org.spotcheck.app.workflow.field.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline sampling app's page (issue 19): one shell that the service worker caches; everything
 * else is drawn by static/js/field-app.js from the download kept on the device. Chinese first, English
 * with ?lang=en. Samplers only.
 */
@Controller
class FieldPageController {

    /** The texts the app's script shows, from messages*.properties ("field." + key). */
    static final List<String> TEXTS = List.of("online", "offline", "downloading", "downloaded", "downloadFailed", "loginAgain",
            "syncing", "syncDone", "syncLater", "syncConflicts", "savedSyncing", "savedOffline", "noDownload", "noCases",
            "downloadedAt", "quantities", "atLeast", "back", "case", "product", "address", "rule", "seals", "noSeals",
            "syncedAs", "conflictHint", "rejectedHint", "save", "export", "discard", "discardConfirm", "removePhoto",
            "photoFailed", "fixErrors", "tab.SAMPLED", "tab.NOT_SAMPLED",
            "status.none", "status.editing", "status.saved", "status.synced", "status.conflict", "status.rejected",
            "f.channel", "f.productName", "f.trademark", "f.specification", "f.productStandard", "f.batchNumber",
            "f.productionDate", "f.stockOnHand", "f.testQuantity", "f.backupQuantity", "f.testSealNumber", "f.backupSealNumber",
            "f.backupLocation", "f.unitPrice", "f.amountPaid", "f.handoverMethod", "f.handoverTemperature", "f.upperLevelProof",
            "f.onlinePlatform", "f.onlineShop", "f.buyerAccount", "f.orderNumber", "f.outcome", "f.reason", "f.refusedByName",
            "f.refusedByPosition", "f.consequencesExplained", "f.note", "f.samplers", "f.photos", "f.evidence",
            "o.PRODUCTION", "o.DISTRIBUTION", "o.E_COMMERCE", "o.ENTERPRISE", "o.LAB", "o.REFUSED", "o.NOT_SAMPLABLE",
            "o.NO_PRODUCT", "o.REFUSED_BY_ENTERPRISE", "o.NOT_ON_NOTICE", "o.NOT_FOR_SALE", "o.CONTRACT_ONLY",
            "o.EXPORT_CONTRACT", "o.MARKED_TRIAL_OR_SAMPLE", "o.STOCK_BELOW_BASE", "o.BUSINESS_CLOSED", "o.PRODUCTION_STOPPED",
            "o.NO_STOCK", "outcome.REFUSED", "outcome.NOT_SAMPLABLE", "outcome.NO_PRODUCT",
            "problem.REQUIRED", "problem.TOO_LONG", "problem.MIN_TWO_SAMPLERS", "problem.SAMPLER_NOT_DRAWN",
            "problem.RECORDER_NOT_PRESENT", "problem.BELOW_RULE_QUANTITY", "problem.SEAL_FORMAT", "problem.SEAL_NOT_ISSUED",
            "problem.DISTINCT_SEALS", "problem.BATCH_OR_DATE_REQUIRED", "problem.PastOrPresent", "problem.SAMPLES_ARE_BOUGHT",
            "problem.NOT_A_NUMBER", "problem.ONLINE_BACKUP_AT_LAB", "problem.ONLINE_SCREENSHOTS_REQUIRED",
            "problem.EVIDENCE_REQUIRED", "problem.TOO_MANY_PHOTOS",
            // issue 19: re-inspection sampling and the enterprise's paper confirmation offline, a seal of another form
            "step.recordSampling", "step.recordReinspectionSampling", "step.confirmSampling", "confirm.start", "confirm.open",
            "confirm.paper", "confirm.sample", "confirm.afterSampling", "f.signedByName", "f.signaturePhoto",
            "problem.SEAL_ALREADY_USED", "problem.REASON_DOES_NOT_FIT_OUTCOME", "problem.SIGNATURE_PHOTO_REQUIRED",
            "problem.MALFORMED_VALUE", "problem.FREE_SAMPLE");

    private final MessageSource messages;
    private final JsonMapper json;

    FieldPageController(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @GetMapping({"/field", "/field/"})
    @PreAuthorize("hasRole('SAMPLER')")
    String app(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : TEXTS) {
            // placeholders stay as {0}: the script fills them
            texts.put(key, messages.getMessage("field." + key, null, key, locale));
        }
        // inside <script type="application/json">: no "<" that could end the element
        model.addAttribute("texts", json.writeValueAsString(texts).replace("<", "\\u003c"));
        return "field/app";
    }
}
