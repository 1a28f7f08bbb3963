package org.spotcheck.app.workflow;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Names of register data on pages in the reader's language ({@code ${@data.product(code, name)}},
 * {@code ${@data.item(productCode, code, nameZh)}}, {@code ${@data.ruleUnit(unit)}}). Issue 17: English pages showed
 * the products, the test items and the rule's sampling unit in Chinese although the registers have English names.
 * A Chinese page shows the name it is given, unchanged; an English one the register's English name where it has one,
 * else the name it is given. Documents stay Chinese: they never call this.
 */
@Component("data")
public class DataNames {

    private static final String RULE_ITEMS = DataNames.class.getName() + ".ruleItems";

    private final RequestProducts products;
    private final ImplementationRules rules;
    private final MessageSource messages;

    private final FileTexts files;
    /** The result-handling cases an old referral's facts are read from. */
    private final org.spotcheck.disposal.api.ResultHandling resultHandling;
    /** Stored messages in the reader's language (a referral's facts kept with their key, V4_271). */
    private final org.spotcheck.app.notification.NotificationTexts notificationTexts;

    DataNames(RequestProducts products, ImplementationRules rules, MessageSource messages, FileTexts files,
            org.spotcheck.disposal.api.ResultHandling resultHandling, org.spotcheck.app.notification.NotificationTexts notificationTexts) {
        this.products = products;
        this.rules = rules;
        this.messages = messages;
        this.files = files;
        this.resultHandling = resultHandling;
        this.notificationTexts = notificationTexts;
    }

    /**
     * An uploaded file as the case page describes it, in the reader's language (图片 PNG，0.1 KB / PNG image, 0.1 KB):
     * the task page's upload list said {@code name (70 B)} (issue 17).
     */
    public String file(String contentType, long sizeBytes) {
        return files.file(contentType, sizeBytes);
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /**
     * The product's name in the reader's language from its code alone (a warning rule names its product by code: the
     * rule lists showed TISSUE_PAPER); the code itself when the register has no such product.
     */
    public String productName(String code) {
        if (code == null) {
            return "";
        }
        for (ProductView product : products.products()) {
            if (code.equals(product.code())) {
                String name = english() && product.nameEn() != null && !product.nameEn().isBlank() ? product.nameEn() : product.nameZh();
                return name == null || name.isBlank() ? code : name;
            }
        }
        return code;
    }

    /** The product's name: on an English page the product register's English name for the code. */
    public String product(String code, String name) {
        String given = name == null ? "" : name;
        if (!english() || code == null) {
            return given;
        }
        for (ProductView product : products.products()) {
            if (code.equals(product.code())) {
                return product.nameEn() != null && !product.nameEn().isBlank() ? product.nameEn()
                        : given.isEmpty() ? product.nameZh() : given;
            }
        }
        return given;
    }

    /**
     * A test item's name where only its Chinese name was kept (a result-handling case's failed items): on an English
     * page the English name the product's implementation rule in force gives the item's code.
     */
    public String item(String productCode, String code, String nameZh) {
        String given = nameZh == null ? "" : nameZh;
        if (!english() || productCode == null || code == null) {
            return given;
        }
        String en = ruleItemNames(productCode).get(code);
        return en != null && !en.isBlank() ? en : given;
    }

    /**
     * A referral's facts as the enforcer's task page shows them (issue 17, briefs en17c and disp17): the facts as stored
     * (the 移送函's Chinese text) on a Chinese page; on an English page the facts' message kept with the referral (V4_271),
     * in English. A referral opened before that keeps only its text: there the facts of a serious quality problem are set
     * again from the case they were written from (OpenQualityReferralDelegate), with the product's and the failed items'
     * English names, only when the case's parts set in Chinese give exactly the stored facts; otherwise the stored text.
     */
    public String referralFacts(org.spotcheck.disposal.api.ReferralView referral) {
        if (referral == null || referral.facts() == null) {
            return "";
        }
        String facts = referral.facts();
        if (referral.factsMessage() != null) {
            return storedFacts(referral, facts);
        }
        // a referral opened before its facts' message was kept: the serious quality problem's facts set again
        org.spotcheck.shared.Actor actor = org.spotcheck.app.security.CurrentActor.orNull();
        if (!english() || !"SERIOUS_QUALITY_PROBLEM".equals(referral.reason()) || actor == null || referral.taskCode() == null) {
            return facts;
        }
        for (org.spotcheck.disposal.api.CaseView c : resultHandling.casesOfTask(actor, referral.taskCode())) {
            if (c.reportNo() != null && facts.contains(c.reportNo())
                    && facts.equals(qualityFacts("stored.referral.qualityProblem.v1", c, Locale.SIMPLIFIED_CHINESE, c.productName(), i -> i.nameZh()))) {
                return qualityFacts("stored.referral.qualityProblem", c, LocaleContextHolder.getLocale(), product(c.productCode(), c.productName()),
                        i -> item(c.productCode(), i.code(), i.nameZh()));
            }
        }
        return facts;
    }

    /**
     * A referral's facts kept with their message (issue 17, brief disp17: the refused-sampling and licence-revocation facts
     * stayed Chinese on English pages): on a Chinese page the facts as stored (the 移送函's text), on an English one the
     * message in English; a key no longer in the bundles shows the stored text.
     */
    private String storedFacts(org.spotcheck.disposal.api.ReferralView referral, String facts) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!english() || messages.getMessage(referral.factsMessage().key(), null, null, locale) == null) {
            return facts;
        }
        return notificationTexts.render(referral.factsMessage(), locale);
    }

    /** The facts of a serious quality problem as OpenQualityReferralDelegate sets them, in the given language. */
    private String qualityFacts(String key, org.spotcheck.disposal.api.CaseView c, Locale locale, String productName,
            java.util.function.Function<org.spotcheck.disposal.api.CaseView.Item, String> itemName) {
        boolean zh = !"en".equals(locale.getLanguage());
        String failing = c.items().stream().filter(i -> "FAIL".equals(i.finalVerdict()))
                .map(i -> messages.getMessage("stored.referral.failingItem", new Object[] {itemName.apply(i), i.itemClass()}, locale))
                .collect(java.util.stream.Collectors.joining(zh ? "、" : ", "));
        String retest = c.objection() != null && c.objection().retestReportNo() != null
                ? messages.getMessage("stored.referral.retestReport", new Object[] {c.objection().retestReportNo()}, locale) : "";
        String grade = messages.getMessage("SERIOUS".equals(c.finalGrade()) ? "stored.grade.serious" : "stored.grade.general", null, locale);
        return messages.getMessage(key, new Object[] {c.enterpriseName(), productName, c.sampleCode(),
                c.reportNo(), retest, grade, failing}, locale);
    }

    /**
     * The rule's sampling unit (最小销售包装, 个, 件/条/套): the rules write it in Chinese only, so an English page shows
     * the bundle's {@code rule.unit.<unit>}, else the unit as written.
     */
    public String ruleUnit(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (!english()) {
            return unit;
        }
        return messages.getMessage("rule.unit." + unit.strip(), null, unit, locale);
    }

    /** The English item names of the product's rule in force, read once per request. */
    @SuppressWarnings("unchecked")
    private Map<String, String> ruleItemNames(String productCode) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Map<String, Map<String, String>> read = request == null ? null
                : (Map<String, Map<String, String>>) request.getAttribute(RULE_ITEMS, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = new HashMap<>();
            if (request != null) {
                request.setAttribute(RULE_ITEMS, read, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return read.computeIfAbsent(productCode, code -> {
            Map<String, String> names = new HashMap<>();
            try {
                for (RuleView.Item item : rules.activeRule(code).items()) {
                    names.put(item.code(), item.nameEn());
                }
            } catch (NotFoundException noActiveRule) {
                // no rule in force: the Chinese names stay
            }
            return names;
        });
    }
}
