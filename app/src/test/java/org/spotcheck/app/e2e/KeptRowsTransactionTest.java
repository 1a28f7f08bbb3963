package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14.2: the delegates of one completion ask the sampling module for the same sample in turn; it is read once per
 * transaction, and any write of the module's tables in the same transaction (a MyBatis plugin watches them all) makes the
 * next read go to the database, so nobody sees a stale sample. The real engine, database and module, no mocks.
 */
class KeptRowsTransactionTest extends SpotCheckE2e {

    @Autowired
    SamplingApi sampling;

    @Test
    void aSampleIsReadOncePerTransactionAndAWriteOfTheModuleIsSeenByTheNextRead() {
        String caseCode = flow.approvedCase(flow.submittedPlan("TISSUE_PAPER", "320104"));
        flow.sampledUnconfirmed(caseCode);
        long sampleId = jdbc.queryForObject("SELECT id FROM smp_sampling_record WHERE task_code = ?", Long.class, caseCode);

        transactions.executeWithoutResult(tx -> {
            SampleView first = sampling.getSample(Actor.SYSTEM, sampleId);
            assertThat(sampling.getSample(Actor.SYSTEM, sampleId)).isSameAs(first); // kept: not read again
            sampling.recordCustody(Actor.SYSTEM, sampleId, "HANDED_OVER", "TEST", "kept-rows check", null);
            SampleView after = sampling.getSample(Actor.SYSTEM, sampleId);
            assertThat(after).isNotSameAs(first);
            assertThat(after.custody()).hasSize(first.custody().size() + 1);
            assertThat(after.custody().get(after.custody().size() - 1).note()).isEqualTo("kept-rows check");
            tx.setRollbackOnly();
        });

        // each call outside a transaction of the caller's is its own transaction: nothing is kept across them
        SampleView one = sampling.getSample(Actor.SYSTEM, sampleId);
        assertThat(sampling.getSample(Actor.SYSTEM, sampleId)).isNotSameAs(one).isEqualTo(one);
    }
}
