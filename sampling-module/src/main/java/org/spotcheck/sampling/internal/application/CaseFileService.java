package org.spotcheck.sampling.internal.application;

import org.spotcheck.shared.CaseNumber;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.spotcheck.sampling.api.AttachmentContent;
import org.spotcheck.sampling.api.AttachmentView;
import org.spotcheck.sampling.api.CaseFiles;
import org.spotcheck.sampling.api.CaseDocumentView;
import org.spotcheck.sampling.api.CaseScopeCheck;
import org.spotcheck.sampling.api.StoreAttachmentCommand;
import org.spotcheck.sampling.internal.persistence.AttachmentRow;
import org.spotcheck.sampling.internal.persistence.EvidenceMapper;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.OutOfScopeException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.Uploads;
import java.util.EnumSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Files of a case: added to the next sampling record while the sampling step is open, else kept as a
 * separate case document (issue 12.7); every upload checked by its first bytes and size.
 */
@Service
@Transactional
class CaseFileService implements CaseFiles {

    static final Set<String> ATTACHMENT_KINDS = java.util.Arrays.stream(org.spotcheck.sampling.api.AttachmentKind.values())
            .map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final SamplingSupport support;
    private final EvidenceMapper evidence;
    private final AttachmentStore files;
    private final long maxUploadBytes;
    private final CaseScopeCheck caseScope;

    CaseFileService(SamplingSupport support, AttachmentStore files, @Value("${spotcheck.uploads.max-bytes:5242880}") long maxUploadBytes,
            ObjectProvider<CaseScopeCheck> caseScope) {
        this.support = support;
        // without planning nobody can tell who was drawn: the organisation's own scope then decides alone
        this.caseScope = caseScope.getIfAvailable(() -> (actor, caseCode) -> true);
        this.evidence = support.evidence;
        this.files = files;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public AttachmentView storeAttachment(Actor actor, StoreAttachmentCommand command) {
        if (!actor.has(Role.SAMPLER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "only samplers add to a sampling record");
        }
        AttachmentRow row = checkedUpload(actor, command);
        evidence.insertAttachment(row);
        files.write(row.fileKey, SamplingSupport.extension(row.contentType), command.content());
        return SamplingSupport.attachmentView(row);
    }

    @Override
    public AttachmentView storeCaseDocument(Actor actor, StoreAttachmentCommand command) {
        if (!actor.has(Role.SAMPLER) && !actor.isEnterprise()) {
            throw new AccessRefusedException("ROLE_REQUIRED", "only samplers and the sampled enterprise upload here");
        }
        AttachmentRow row = checkedUpload(actor, command);
        evidence.insertAttachment(row);
        row.uploaderOrgType = actor.orgType().name();
        row.uploaderOrgCode = actor.orgCode();
        evidence.insertCaseDocument(row);
        files.write(row.fileKey, SamplingSupport.extension(row.contentType), command.content());
        return SamplingSupport.attachmentView(row);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseDocumentView> caseDocuments(Actor actor, CaseNumber caseNumber) {
        return evidence.caseDocuments(caseNumber.value()).stream().filter(a -> SamplingSupport.maySeeAttachment(actor, a))
                .map(a -> new CaseDocumentView(a.documentId, a.id, caseNumber.value(), a.kind, a.contentType, a.sizeBytes, a.sha256,
                        a.originalName, a.uploadedBy, a.uploaderOrgType, a.uploaderOrgCode, a.uploadedAt))
                .toList();
    }

    /** The same checks for every upload: scope, kind, size, plain name, type by the first bytes. */
    private AttachmentRow checkedUpload(Actor actor, StoreAttachmentCommand command) {
        if (actor.isEnterprise() && !actor.belongsTo(command.enterpriseCode())
                || actor.isAuthority() && !actor.belongsTo(command.authorityCode())
                || actor.isLab()) {
            // outside the case's scope: 404 like a missing case, audited as DENIED (issue 13.4)
            throw new OutOfScopeException("spot-check task", command.taskCode());
        }
        String kind = command.kind() == null ? "PHOTO" : command.kind().strip().toUpperCase();
        if (!ATTACHMENT_KINDS.contains(kind)) {
            throw InvalidInputException.of("kind", "UNKNOWN_KIND", "unknown attachment kind: " + kind);
        }
        byte[] content = command.content();
        if (content != null && content.length > maxUploadBytes) {
            throw InvalidInputException.of("file", "FILE_TOO_LARGE", "the file is larger than " + maxUploadBytes + " bytes",
                    String.valueOf(maxUploadBytes / (1024 * 1024)));
        }
        String name = originalName(command.originalName());
        // the shared upload check: size, plain name, allowed type, magic bytes, no active content
        Uploads.FileType type = Uploads.check("file", name, content, EnumSet.allOf(Uploads.FileType.class));
        String contentType = contentType(type);
        String declared = command.declaredContentType() == null ? "" : command.declaredContentType().toLowerCase();
        if (!declared.isBlank() && !declared.startsWith(contentType) && !declared.equals("application/octet-stream")) {
            throw InvalidInputException.of("file", "CONTENT_TYPE_MISMATCH", "the file's content is "
                    + contentType + " but it was sent as " + declared);
        }
        AttachmentRow row = new AttachmentRow();
        row.fileKey = UUID.randomUUID().toString();
        row.taskCode = command.taskCode();
        row.authorityCode = command.authorityCode();
        row.enterpriseCode = command.enterpriseCode();
        row.labCode = command.labCode();
        row.kind = kind;
        row.contentType = contentType;
        row.sizeBytes = (long) content.length;
        row.sha256 = sha256(content);
        row.originalName = name;
        row.uploadedBy = actor.username();
        row.uploadedAt = SamplingSupport.now();
        return row;
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentContent readAttachment(Actor actor, long attachmentId) {
        AttachmentRow row = evidence.findAttachment(attachmentId);
        // a file not sealed into a record (pending while sampling is open, or a later case document) is seen
        // only by whoever may see its case: before sampling, not by a sampler who was not drawn (issue 12.2)
        if (row == null || !SamplingSupport.maySeeAttachment(actor, row)
                || row.recordId == null && !actor.isSystem() && (row.taskCode == null || !caseScope.maySeeCase(actor, CaseNumber.of(row.taskCode)))) {
            throw row == null ? new NotFoundException("attachment", attachmentId) : new org.spotcheck.shared.OutOfScopeException("attachment", attachmentId);
        }
        return new AttachmentContent(SamplingSupport.attachmentView(row), files.read(row.fileKey, SamplingSupport.extension(row.contentType)));
    }

    private static String contentType(Uploads.FileType type) {
        return switch (type) {
            case PDF -> "application/pdf";
            case PNG -> "image/png";
            case JPEG -> "image/jpeg";
        };
    }

    /** The base name of what the browser sent: never a path (old browsers send the whole client path). */
    private static String originalName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
