package org.spotcheck.testing.internal.application;

import org.spotcheck.shared.tx.KeptRows;
import static org.spotcheck.shared.SearchTerms.exact;
import static org.spotcheck.shared.SearchTerms.like;

import org.spotcheck.shared.CaseNumber;
import java.util.ArrayList;
import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.Paged;
import org.spotcheck.shared.Role;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.LabSamples;
import org.spotcheck.testing.api.ReceiveSampleCommand;
import org.spotcheck.testing.api.RegisterLabSampleCommand;
import org.spotcheck.testing.internal.persistence.LabSampleMapper;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.spotcheck.testing.internal.persistence.TestItemRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lab samples: registration with the rule's test items, receipt or rejection at the lab, and their reads. */
@Service
@Transactional
class LabSampleService implements LabSamples {

    private final TestingSupport support;

    LabSampleService(TestingSupport support) {
        this.support = support;
    }


    @Override
    public LabSampleView registerSample(Actor actor, RegisterLabSampleCommand c) {
        if (c.items() == null || c.items().isEmpty()) {
            throw InvalidInputException.of("items", "NO_TEST_ITEMS", "the implementation rule has no test items");
        }
        // the snapshot as sent: every component of the command has its column, the samplers joined, the items below
        LabSampleRow row = LabSampleRows.sample(c);
        row.status = "AWAITING_RECEIPT";
        row.registeredAt = now();
        support.samples.insert(row);
        int seq = 0;
        java.util.List<TestItemRow> items = new java.util.ArrayList<>();
        for (RegisterLabSampleCommand.ItemSpec spec : c.items()) {
            items.add(LabSampleRows.item(spec, row.id, ++seq));
        }
        if (!items.isEmpty()) {
            support.samples.insertItems(items);
        }
        return view(row);
    }


    @Override
    public LabSampleView receiveSample(Actor actor, long labSampleId, ReceiveSampleCommand command) {
        LabSampleRow row = support.ownSample(actor, labSampleId, Role.LAB_TESTER);
        support.check(command);
        if (command.rejecting()) {
            if (command.rejectionReason() == null || command.rejectionReason().isBlank()) {
                throw InvalidInputException.of("rejectionReason", "REASON_REQUIRED",
                        "a rejected sample needs a reason");
            }
            String reason = command.rejectionReason().strip()
                    + (Boolean.TRUE.equals(command.sealIntact()) ? "" : "（封条破损）");
            KeptRows.forget(LabSampleRow.class, row.id);
            java.time.Instant at = now();
            if (support.samples.receive(row.id, row.rowVersion, "REJECTED", actor.username(), at, reason) != 1) {
                throw new ConflictException("ALREADY_RECEIVED", "the sample was already received or rejected");
            }
            return view(received(row, "REJECTED", actor, at, reason));
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (!row.sampleCode.equals(command.sampleCode().strip())) {
            violations.add(new FieldViolation("sampleCode", "CODE_MISMATCH",
                    "the sample code does not match the sampling form: reject the sample"));
        }
        if (!row.testSealNumber.equalsIgnoreCase(command.testSealNumber().strip())) {
            violations.add(new FieldViolation("testSealNumber", "SEAL_MISMATCH",
                    "the seal number does not match the sampling form: reject the sample"));
        }
        if (!Boolean.TRUE.equals(command.sealIntact())) {
            violations.add(new FieldViolation("sealIntact", "SEAL_BROKEN",
                    "a sample with a broken seal cannot be accepted: reject it"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        KeptRows.forget(LabSampleRow.class, row.id);
        java.time.Instant at = now();
        if (support.samples.receive(row.id, row.rowVersion, "RECEIVED", actor.username(), at, command.note()) != 1) {
            throw new ConflictException("ALREADY_RECEIVED", "the sample was already received or rejected");
        }
        return view(received(row, "RECEIVED", actor, at, command.note()));
    }

    /** The row as {@code LabSampleMapper.receive} left it: what a read would return, without the read (issue 14.2). */
    private static LabSampleRow received(LabSampleRow row, String status, Actor actor, java.time.Instant at, String note) {
        row.status = status;
        row.receivedBy = actor.username();
        row.receivedAt = at;
        row.receiptNote = note;
        row.rowVersion = row.rowVersion + 1;
        return row;
    }

    @Override
    @Transactional(readOnly = true)
    public LabSampleView getLabSample(Actor actor, long labSampleId) {
        return view(support.visibleSample(actor, labSampleId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabSampleView> listLabSamples(Actor actor) {
        if (!actor.isLab()) {
            return List.of();
        }
        return support.samples.listForLab(actor.orgCode()).stream().map(this::view).toList();
    }

    /** 样品与报告 searched and paged in SQL within the caller's lab (issue 17.4); anyone else sees none. */
    @Override
    @Transactional(readOnly = true)
    public Paged<LabSampleView> searchLabSamples(Actor actor, org.spotcheck.testing.api.LabSampleQuery q) {
        if (!actor.isLab()) {
            return Paged.none(q.page(), q.size());
        }
        String status = q.status() != null && org.spotcheck.testing.api.LabSampleQuery.STATUSES.contains(q.status()) ? q.status() : null;
        java.time.ZoneId china = java.time.ZoneId.of("Asia/Shanghai");
        LabSampleMapper.SearchCriteria c = new LabSampleMapper.SearchCriteria(actor.orgCode(), like(q.number()), like(q.enterprise()),
                exact(q.enterprise()), like(q.product()), exact(q.product()), status,
                q.from() == null ? null : q.from().atStartOfDay(china).toInstant(),
                q.to() == null ? null : q.to().plusDays(1).atStartOfDay(china).toInstant());
        return Paged.read(q.page(), q.size(), () -> support.samples.countSearch(c),
                (size, offset) -> support.samples.search(c, size, offset).stream().map(this::view).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabSampleView> labSamplesOfCase(Actor actor, CaseNumber caseNumber) {
        return support.samples.ofCase(caseNumber.value()).stream().filter(r -> TestingSupport.maySee(actor, r)).map(this::view).toList();
    }

    private LabSampleView view(LabSampleRow row) {
        return support.view(row);
    }

    private static java.time.Instant now() {
        return TestingSupport.now();
    }
}
