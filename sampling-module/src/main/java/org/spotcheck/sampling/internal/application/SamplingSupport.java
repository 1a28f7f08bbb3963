package org.spotcheck.sampling.internal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.NonSamplingOutcome;
import org.spotcheck.sampling.api.NonSamplingReason;
import org.spotcheck.sampling.api.NonSamplingView;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.internal.persistence.AttachmentRow;
import org.spotcheck.sampling.internal.persistence.CustodyEventRow;
import org.spotcheck.sampling.internal.persistence.EvidenceMapper;
import org.spotcheck.sampling.internal.persistence.NonSamplingRow;
import org.spotcheck.sampling.internal.persistence.SamplingRecordMapper;
import org.spotcheck.sampling.internal.persistence.SamplingRecordRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.OutOfScopeException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.StoredMessage;
import org.springframework.stereotype.Component;


/**
 * What the sampling services share: the data scope of records and files, the samplers' check, the
 * files a form names, the custody log and the views.
 */
@Component
class SamplingSupport {

    /** R1 (Order 133 art. 19(1); Order 18): at least two samplers on site. */
    static final int MIN_SAMPLERS = 2;
    /** Sampling dates are counted in China Standard Time. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    final SamplingRecordMapper records;
    final EvidenceMapper evidence;

    SamplingSupport(SamplingRecordMapper records, EvidenceMapper evidence) {
        this.records = records;
        this.evidence = evidence;
    }

    void checkAttachments(List<FieldViolation> violations, String field, List<Long> ids, String taskCode) {
        checkAttachments(violations, field, ids, taskCode, false);
    }

    /**
     * The files a form names must be of its case; a sampling form's files must still be pending (not
     * sealed into an earlier record, not a case document); a confirmation's signature photo is taken
     * after sealing, so it is a case document.
     */
    void checkAttachments(List<FieldViolation> violations, String field, List<Long> ids, String taskCode,
            boolean caseDocument) {
        if (ids == null) {
            return;
        }
        for (Long id : ids) {
            AttachmentRow row = id == null ? null : evidence.findAttachment(id);
            // a re-inspection (<case>-F<n>) takes the photos and evidence uploaded to its case
            if (row == null || !row.taskCode.equals(caseCodeOf(taskCode))
                    || (caseDocument ? row.documentId == null && row.recordId != null : row.documentId != null || row.recordId != null)) {
                violations.add(new FieldViolation(field, "UNKNOWN_ATTACHMENT",
                        "attachment " + id + " does not belong to this task", List.of()));
            }
        }
    }

    Set<String> samplersOf(List<String> given, List<String> drawn, Actor actor, List<FieldViolation> violations) {
        Set<String> samplers = new LinkedHashSet<>();
        for (String s : given) {
            samplers.add(s.strip());
        }
        if (samplers.size() < MIN_SAMPLERS) {
            violations.add(new FieldViolation("form.samplers", "MIN_TWO_SAMPLERS",
                    "at least two different samplers must be recorded (R1)", List.of(MIN_SAMPLERS)));
        }
        for (String s : samplers) {
            if (!drawn.contains(s)) {
                violations.add(new FieldViolation("form.samplers", "SAMPLER_NOT_DRAWN",
                        s + " was not drawn for this task", List.of(s)));
            }
        }
        if (!samplers.contains(actor.username())) {
            violations.add(new FieldViolation("form.samplers", "RECORDER_NOT_PRESENT",
                    "the person recording must be one of the samplers"));
        }
        return samplers;
    }

    static void requireSampler(Actor actor) {
        if (!actor.has(Role.SAMPLER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role SAMPLER required", Role.SAMPLER.name());
        }
    }

    static void requireText(List<FieldViolation> violations, String field, String value, String label) {
        if (blank(value)) {
            violations.add(new FieldViolation(field, "REQUIRED", label + " required"));
        }
    }

    SamplingRecordRow visible(Actor actor, SamplingRecordRow row, Object id) {
        if (row == null || !maySee(actor, row)) {
            throw row == null ? new NotFoundException("sample", id) : new org.spotcheck.shared.OutOfScopeException("sample", id);
        }
        return row;
    }

    static boolean maySee(Actor actor, SamplingRecordRow row) {
        return actor.inScope(row.authorityCode, row.labCode, row.enterpriseCode);
    }

    static boolean maySeeAttachment(Actor actor, AttachmentRow row) {
        return actor.inScope(row.authorityCode, row.labCode, row.enterpriseCode);
    }

    void custody(long recordId, String type, String portion, Actor actor, String note) {
        custody(recordId, type, portion, actor.username(), note, null);
    }

    /** A custody event whose note is the Chinese text of {@code message}, kept with it (V2_40; issue 17). */
    void custody(long recordId, String type, String portion, String username, String note, StoredMessage message) {
        records.insertCustody(custodyEvent(recordId, type, portion, username, note, message));
    }

    /** A custody event not yet written: several of one command go in one statement. */
    CustodyEventRow custodyEvent(long recordId, String type, String portion, String username, String note) {
        return custodyEvent(recordId, type, portion, username, note, null);
    }

    /**
     * A custody event not yet written whose note is the Chinese text of {@code message}: the note as stored, and the
     * message from which a page reads it in its reader's language (null: the note alone).
     */
    CustodyEventRow custodyEvent(long recordId, String type, String portion, String username, String note, StoredMessage message) {
        CustodyEventRow event = new CustodyEventRow();
        event.recordId = recordId;
        event.eventType = type;
        event.portionKind = portion;
        event.actor = username;
        event.note = note;
        event.occurredAt = now();
        String args = message == null ? null : NOTE_JSON.writeValueAsString(message.args());
        if (args != null && message.key().length() <= 100 && args.length() <= 4000) { // else the note alone, as before
            event.noteKey = message.key();
            event.noteArgs = args;
        }
        return event;
    }

    private static final tools.jackson.databind.json.JsonMapper NOTE_JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private static final tools.jackson.core.type.TypeReference<List<StoredMessage.Arg>> NOTE_ARGS =
            new tools.jackson.core.type.TypeReference<>() {
            };

    /** The message of a custody note as stored (V2_40); null for notes without one, older rows and unreadable ones. */
    private static StoredMessage message(CustodyEventRow e) {
        try {
            return e.noteKey == null ? null
                    : new StoredMessage(e.noteKey, blank(e.noteArgs) ? List.of() : NOTE_JSON.readValue(e.noteArgs, NOTE_ARGS));
        } catch (tools.jackson.core.JacksonException unreadable) {
            return null; // the note as stored
        }
    }

    SampleView view(SamplingRecordRow r) {
        List<SampleView.CustodyEvent> custody = records.custody(r.id).stream()
                .map(e -> new SampleView.CustodyEvent(e.eventType, e.portionKind, e.actor, e.note, e.occurredAt, message(e))).toList();
        // issue 12.7: only the files sealed into this record, never a later addition
        List<AttachmentView> photos = evidence.attachmentsOfRecord(r.id).stream().map(SamplingSupport::attachmentView).toList();
        SampleView.Online online = r.onlinePlatform == null ? null
                : new SampleView.Online(r.onlinePlatform, r.onlineShop, r.buyerAccount, r.orderNumber);
        SampleView.Confirmation confirmation = r.confirmedAt == null ? null
                : new SampleView.Confirmation(r.confirmationMethod, r.confirmedBy, r.confirmedAt, r.confirmationStatement);
        return new SampleView(r.id, r.sampleCode, r.taskCode, r.attempt, r.authorityCode, r.labCode, r.enterpriseCode,
                r.enterpriseName, r.enterpriseCreditCode, r.enterpriseAddress, r.productCode, r.ruleId, r.outcome,
                r.channel, r.productName, r.trademark, r.specification, r.productStandard, r.batchNumber, r.productionDate,
                r.stockOnHand, r.testQuantity, r.backupQuantity, r.quantityUnit, r.testSealNumber, r.backupSealNumber,
                r.backupLocation, r.unitPrice, r.amountPaid == null ? BigDecimal.ZERO : r.amountPaid,
                Boolean.TRUE.equals(r.freeSample), r.exemption, online, r.handoverMethod, r.handoverTemperature,
                Arrays.asList(r.samplers.split(",")), r.status, r.recordedBy, r.recordedAt, confirmation, photos, custody);
    }

    NonSamplingView nonSamplingView(NonSamplingRow r) {
        List<AttachmentView> files = r.evidenceIds == null
                ? evidence.attachmentsOfTask(r.taskCode).stream().map(SamplingSupport::attachmentView).toList()
                : Arrays.stream(r.evidenceIds.split(",")).filter(id -> !id.isBlank()).map(id -> evidence.findAttachment(Long.parseLong(id)))
                        .filter(java.util.Objects::nonNull).map(SamplingSupport::attachmentView).toList();
        return new NonSamplingView(r.id, r.taskCode, r.authorityCode, r.enterpriseCode, r.enterpriseName,
                NonSamplingOutcome.valueOf(r.outcome), NonSamplingReason.valueOf(r.reasonCode), r.refusedByName,
                r.refusedByPosition, Boolean.TRUE.equals(r.consequencesExplained), r.note, Arrays.asList(r.samplers.split(",")),
                files, r.recordedBy, r.recordedAt);
    }

    static AttachmentView attachmentView(AttachmentRow a) {
        return new AttachmentView(a.id, a.taskCode, a.kind, a.contentType, a.sizeBytes, a.sha256, a.originalName,
                a.uploadedBy, a.uploadedAt);
    }

    static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            default -> "pdf";
        };
    }

    /** A re-inspection's records ({@code <case>-F<n>}) take the files uploaded to their case. */
    static String caseCodeOf(String taskCode) {
        return taskCode.replaceFirst("-F\\d+$", "");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
