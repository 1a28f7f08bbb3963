package org.spotcheck.shared.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** Which outcome's work runs after a transaction ends (an upload's file appears on commit, goes on rollback). */
class OnOutcomeTest {

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @ParameterizedTest
    @CsvSource({"0, commit", "1, rollback", "2, none"}) // STATUS_COMMITTED, STATUS_ROLLED_BACK, STATUS_UNKNOWN
    void eachOutcomeRunsItsOwnWorkAndAnUnknownOneRunsNone(int status, String expected) {
        List<String> ran = new ArrayList<>();
        TransactionSynchronizationManager.initSynchronization();
        OnOutcome.register(() -> ran.add("commit"), () -> ran.add("rollback"));
        assertThat(ran).as("nothing runs before the transaction ends").isEmpty();
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, status);
        assertThat(ran).containsExactlyElementsOf("none".equals(expected) ? List.of() : List.of(expected));
    }

    @Test
    void outsideATransactionTheCommitWorkRunsAtOnce() {
        List<String> ran = new ArrayList<>();
        OnOutcome.register(() -> ran.add("commit"), () -> ran.add("rollback"));
        assertThat(ran).containsExactly("commit");
    }
}
