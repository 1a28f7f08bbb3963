package org.spotcheck.app.workflow;

import org.spotcheck.app.notification.MailMapper;
import org.spotcheck.app.notification.NotificationTexts;
import org.spotcheck.app.security.PageNames;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.shared.Parties;
import org.spotcheck.testing.api.ReportView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The case timeline's texts in the reader's language ({@link CaseRecords} reads the records, this says them): record
 * and document names, the case log's lines, notifications and e-mails, custody and plan notes, files.
 */
@Component
class CaseRecordTexts {

    private final MessageSource messages;
    /** Notifications in the reader's language (the case log's notifications and e-mail intents). */
    private final NotificationTexts notificationTexts;
    /** Stored notes and organisations in the reader's language (issue 17: custody notes were Chinese on English pages). */
    private final PageNames names;
    /** The failed items' names in English (old re-inspection lines; brief fix17). */
    private final PublicationTexts publicTexts;
    /** People's real names (the documents' names), for who uploaded a file. */
    private final Parties parties;
    private final FileTexts files;

    CaseRecordTexts(MessageSource messages, NotificationTexts notificationTexts, PageNames names, PublicationTexts publicTexts,
            Parties parties, FileTexts files) {
        this.messages = messages;
        this.notificationTexts = notificationTexts;
        this.names = names;
        this.publicTexts = publicTexts;
        this.parties = parties;
        this.files = files;
    }

    /** The notifications' renderer (the case log's notifications, e-mail intents and stored messages). */
    NotificationTexts notificationTexts() {
        return notificationTexts;
    }

    /**
     * An e-mail's subject in the reader's language, from the message it keeps (V5_190; brief texts17): the mail itself
     * was written in its recipient's language. Null when the message's key is no longer in the bundles.
     */
    String mailSubject(MailMapper.OutboxMail m, NotificationTexts.Renderer renderer) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (messages.getMessage(m.subjectKey(), null, null, locale) == null) {
            return null;
        }
        String text = renderer.render(m.subjectKey(), m.subjectArgs(), m.subject(), locale);
        return messages.getMessage("notification.mail.subject", new Object[] {text}, text, locale);
    }

    /** "sent in Chinese" where the e-mail was written in another language than the page's; null where it was not. */
    String mailLanguage(String mailLang) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String written = "en".equals(mailLang) ? "en" : "zh";
        return written.equals(locale.getLanguage()) ? null : label("case.record.mailWrittenIn." + written);
    }

    /**
     * An e-mail's subject as the case page shows it: as written, except on an English page where the mail was written
     * in Chinese for its Chinese recipient (issue 17, brief en17c: 【产品质量监督抽查】检验结果通知书… showed at ?lang=en);
     * there the page says so, and the case log's e-mail intent (✉) reads the same message in English.
     */
    String mailSubject(String subject) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (subject == null || !"en".equals(locale.getLanguage())
                || subject.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return subject;
        }
        return messages.getMessage("case.record.mailInChinese", null, subject, locale);
    }

    /**
     * A notification or e-mail intent of the case log in the reader's language (issue 17: an English page read
     * "→ ENT-B：检验结果通知书（…，纸巾纸）…"): the organisation's name, not its code, and the message as the bell shows it.
     */
    String told(CaseView.Event e, NotificationTexts.Renderer renderer) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String org = e.orgCode() == null ? e.orgCode() : names.org(e.orgCode());
        String text = renderer.render(e.message(), locale);
        String key = "EMAIL_INTENT".equals(e.action()) ? "case.record.emailIntent" : "case.record.notification";
        return messages.getMessage(key, new Object[] {org == null ? "" : org, text}, e.comment(), locale);
    }

    /**
     * A case log line written with its bundle key (issue 17, brief disp17): the key and its arguments in the reader's
     * language, codes (organisations, conclusions, statuses) named; a key no longer in the bundles shows the stored text.
     */
    String logLine(CaseView.Event e, NotificationTexts.Renderer renderer) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (messages.getMessage(e.message().key(), null, null, locale) == null) {
            return e.comment();
        }
        org.spotcheck.shared.StoredMessage message = e.message();
        if ("en".equals(locale.getLanguage())) {
            // an argument that is itself a text the modules store in Chinese (a refused re-inspection's 拒绝人 note) reads
            // in English as the stored notes do; a person's own words match no stored text and stay as written
            message = new org.spotcheck.shared.StoredMessage(message.key(), message.args().stream()
                    .map(a -> a.kind() == org.spotcheck.shared.StoredMessage.Kind.TEXT && a.value() != null
                            ? org.spotcheck.shared.StoredMessage.Arg.text(names.stored(a.value(), locale)) : a)
                    .toList());
        }
        return renderer.render(message, locale);
    }

    /**
     * A failed re-inspection's line written before brief fix17 named its failed items by code (第1次复查不合格（…）：TP-07、TP-09):
     * read with the names its round keeps (复查 failed_items_text), in English each item's English name in the product's
     * rule where its code is known ({@link PublicationTexts#failedItems}). A line written since names them itself and is
     * kept; so is a line whose round kept no names.
     */
    CaseView.Event withItemNames(CaseView c, CaseView.Event e) {
        org.spotcheck.shared.StoredMessage m = e.message();
        if (m == null || !"stored.dsp.reinspectionFailed".equals(m.key()) || m.args().size() < 3) {
            return e;
        }
        String roundNo = m.args().get(0).value();
        ReinspectionView round = c.reinspections() == null ? null : c.reinspections().stream()
                .filter(r -> String.valueOf(r.round()).equals(roundNo)).findFirst().orElse(null);
        String stored = m.args().get(2).zhOrValue();
        if (round == null || round.failedItemsText() == null || round.failedItemsText().isBlank()
                || stored.equals(round.failedItemsText())) {
            return e;
        }
        String codes = round.failedItemCodes() != null && !round.failedItemCodes().isBlank() ? round.failedItemCodes() : stored;
        // a Chinese page reads the names as released; an English one each item's English name (publicTexts reads the page's language)
        String en = publicTexts.failedItems(c.productCode(), codes, round.failedItemsText());
        java.util.List<org.spotcheck.shared.StoredMessage.Arg> args = new java.util.ArrayList<>(m.args());
        args.set(2, org.spotcheck.shared.StoredMessage.Arg.zhEn(round.failedItemsText(), en));
        return new CaseView.Event(e.action(), e.actor(), e.comment(), e.occurredAt(),
                new org.spotcheck.shared.StoredMessage(m.key(), args), e.orgCode());
    }

    /**
     * An old revocation line stored with the referral's internal id (停业整顿后复查仍不合格，移送吊销营业执照（移送 #12）), read
     * without it in either language, as new rows are written (stored.dsp.revocationReferredWithoutId). Any other line as stored.
     */
    String withoutReferralId(String comment) {
        if (comment == null) {
            return comment;
        }
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
        String withId = messages.getMessage("stored.dsp.revocationReferred", new Object[] {"#"}, null, zh);
        int hash = withId == null ? -1 : withId.indexOf("##");
        if (hash < 0 || !comment.startsWith(withId.substring(0, hash + 1)) || !comment.endsWith(withId.substring(hash + 2))
                || !comment.substring(hash + 1, comment.length() - (withId.length() - hash - 2)).matches("\\d+")) {
            return comment;
        }
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return messages.getMessage("stored.dsp.revocationReferredWithoutId", null, comment, locale);
    }

    /** A plan's history line in the reader's language: from its message where it keeps one (V1_80), else as stored. */
    String planNote(PlanView.Event e) {
        return e.message() == null || e.comment() == null ? e.comment()
                : notificationTexts.note(e.message(), e.comment());
    }

    /** A custody note as stored, read in the reader's language where it is one of the texts the modules store. */
    String storedNote(String note) {
        String read = withoutPhotoId(note);
        return names.stored(read, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** A paper confirmation stored before its message (V2_40) with the photo's system id, 签字确认（照片 #3）. */
    private static final java.util.regex.Pattern PHOTO_ID = java.util.regex.Pattern.compile("^纸质抽样单由 (.+) 签字确认（照片 ?#\\d+）$");

    /**
     * A paper confirmation as stored before its message, read without the photo's system id (brief fix17, walk 17g item
     * 4): as stored.custody.confirmedOnPaper now reads it (见签字照片: the photo is the case log's 签字 file), so that an
     * English page reads it through that pattern too. Any other note as stored.
     */
    String withoutPhotoId(String note) {
        if (note == null) {
            return note;
        }
        java.util.regex.Matcher m = PHOTO_ID.matcher(note);
        if (!m.matches()) {
            return note;
        }
        return messages.getMessage("stored.custody.confirmedOnPaper", new Object[] {m.group(1), ""}, note, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** A page text in the reader's language. */
    String label(String key) {
        return messages.getMessage(key, null, "", org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /**
     * A report's conclusion: its own Chinese wording, on an English page the conclusion's and the grade's labels (the
     * timeline read 不合格（一般不合格） at ?lang=en).
     */
    String conclusion(ReportView r) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage()) || r.conclusion() == null) {
            return r.conclusionZh();
        }
        String label = messages.getMessage("dsp.conclusion." + r.conclusion(), null, null, locale);
        String grade = r.grade() == null ? null : messages.getMessage("dsp.grade." + r.grade(), null, null, locale);
        return label == null ? r.conclusionZh() : grade == null ? label : label + " (" + grade + ")";
    }

    /**
     * A record's or document's name in the reader's language, with its number (an English page read 计划 ND-…,
     * 抽样单 YP-… and 检验报告 LAB1-…, issue 17); a key no bundle has: the number alone.
     */
    String label(String key, String number) {
        return messages.getMessage(key, new Object[] {number}, number,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /**
     * A file as a reader describes it, in his language: its kind and size, who uploaded it by his real name, and when in
     * Beijing time (图片 PNG，0.1 KB，由 王芳 于 2026-12-07 17:30 上传); no MIME type, no organisation code (issue 17).
     */
    String file(String contentType, long sizeBytes, String uploadedBy, java.time.Instant uploadedAt) {
        String kindAndSize = files.file(contentType, sizeBytes);
        if (uploadedBy == null || uploadedBy.isBlank() || uploadedAt == null) {
            return kindAndSize;
        }
        return text("case.file.uploaded", kindAndSize, parties.personName(uploadedBy), BEIJING_TIME.format(uploadedAt));
    }

    /** The pages' time: China Standard Time, to the minute. */
    private static final java.time.format.DateTimeFormatter BEIJING_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    /** A page text with its arguments in the reader's language. */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** 检验样品, 备用样品 or both, in the reader's language; never the code [TEST]. */
    String portion(String portion) {
        return messages.getMessage("labels.portion." + portion, null, portion,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
