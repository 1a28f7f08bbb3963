package org.spotcheck.shared.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** What a completion may take from {@link KeptRows} instead of reading again, and when it must read (issue 14.2). */
class KeptRowsTest {

    static final class Row {
        String status = "READ";
    }

    private final AtomicInteger reads = new AtomicInteger();

    private Row read(long id) {
        reads.incrementAndGet();
        return new Row();
    }

    private static void begin() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
    }

    private static void end() {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(false);
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, TransactionSynchronization.STATUS_COMMITTED);
    }

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            end();
        }
    }

    @Test
    void outsideATransactionEveryCallReads() {
        Row first = KeptRows.get(Row.class, 7L, this::read);
        Row second = KeptRows.get(Row.class, 7L, this::read);
        assertThat(reads).hasValue(2);
        assertThat(second).isNotSameAs(first);
    }

    @Test
    void withinATransactionTheRowIsReadOnceAndAChangeMadeThroughItIsSeen() {
        begin();
        Row first = KeptRows.get(Row.class, 7L, this::read);
        first.status = "APPROVED"; // a guarded write through the row, as save() does
        Row second = KeptRows.get(Row.class, 7L, this::read);
        assertThat(reads).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(second.status).isEqualTo("APPROVED");
        KeptRows.get(Row.class, 8L, this::read); // another id is another row
        KeptRows.get(String.class, 7L, id -> "other kind");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aWriteThatDidNotGoThroughTheKeptRowMakesTheNextCallReadAgain() {
        begin();
        Row kept = KeptRows.get(Row.class, 7L, this::read);
        KeptRows.forgetUnless(Row.class, 7L, kept); // written through the kept row: still kept
        assertThat(KeptRows.get(Row.class, 7L, this::read)).isSameAs(kept);
        KeptRows.forgetUnless(Row.class, 7L, new Row()); // written through another copy: forgotten
        assertThat(KeptRows.get(Row.class, 7L, this::read)).isNotSameAs(kept);
        assertThat(reads).hasValue(2);
        KeptRows.forget(Row.class, 7L);
        KeptRows.get(Row.class, 7L, this::read);
        assertThat(reads).hasValue(3);
    }

    @Test
    void rowsKeptByCodeAndListsAreForgottenByKeyOrByKind() {
        begin();
        Row byCode = new Row();
        KeptRows.keep(Row.class, "SC-1", byCode);
        assertThat(KeptRows.<String, Row>get(Row.class, "SC-1", code -> read(0))).isSameAs(byCode);
        assertThat(reads).hasValue(0);
        KeptRows.forget(Row.class, "SC-1");
        KeptRows.<String, Row>get(Row.class, "SC-1", code -> read(0));
        assertThat(reads).hasValue(1);
        KeptRows.<String, List<Row>>get(Row.class, "AUTH-1", code -> List.of(read(0)));
        KeptRows.forgetAll(Row.class);
        KeptRows.<String, List<Row>>get(Row.class, "AUTH-1", code -> List.of(read(0)));
        KeptRows.<String, Row>get(Row.class, "SC-1", code -> read(0));
        assertThat(reads).hasValue(4);
    }

    @Test
    void theNextTransactionReadsAgain() {
        begin();
        Row first = KeptRows.get(Row.class, 7L, this::read);
        end();
        begin();
        Row second = KeptRows.get(Row.class, 7L, this::read);
        assertThat(reads).hasValue(2);
        assertThat(second).isNotSameAs(first);
    }

    @Test
    void aMissingRowIsNotKept() {
        begin();
        assertThat(KeptRows.get(Row.class, 9L, id -> {
            reads.incrementAndGet();
            return (Row) null;
        })).isNull();
        KeptRows.get(Row.class, 9L, this::read);
        assertThat(reads).hasValue(2);
    }
}
