package org.spotcheck.sampling.internal.application;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.spotcheck.sampling.internal.persistence.EvidenceMapper;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes what a crash interrupted between an upload's commit (or rollback) and its file's rename (or delete)
 * ({@link AttachmentStore}): a file left under its temporary name is published when its row was committed, so that
 * it reads under its own name, and deleted when no row names it, so that no file is kept that nobody may see or
 * delete. Only files older than an hour are touched: no request holds its transaction that long, so a file of a
 * transaction still running is never taken (review16: nothing removed the {@code .pending} files after a crash).
 * It runs at start-up and once a day; two nodes sharing the directory may both run it, and the second finds
 * nothing left to do.
 */
@Component
class PendingUploadSweep {

    private static final System.Logger log = System.getLogger(PendingUploadSweep.class.getName());
    static final Duration MIN_AGE = Duration.ofHours(1);

    private final AttachmentStore files;
    private final EvidenceMapper evidence;

    PendingUploadSweep(AttachmentStore files, EvidenceMapper evidence) {
        this.files = files;
        this.evidence = evidence;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        sweep();
    }

    @Scheduled(cron = "${spotcheck.uploads.pending-sweep-cron:0 50 3 * * *}", zone = "UTC")
    void daily() {
        sweep();
    }

    Result sweep() {
        // the files' own times are the system's, not the workflow clock's (which tests and drills move)
        return sweep(files, Instant.now().minus(MIN_AGE), key -> evidence.countAttachmentsWithKey(key) > 0);
    }

    /** Publishes or deletes each left-over file written before {@code cutoff}, as {@code committed} says of its key. */
    static Result sweep(AttachmentStore files, Instant cutoff, Predicate<String> committed) {
        int published = 0;
        int deleted = 0;
        for (AttachmentStore.LeftOver leftOver : files.pendingBefore(cutoff)) {
            if (committed.test(leftOver.fileKey())) {
                files.publish(leftOver);
                published++;
            } else {
                files.discard(leftOver);
                deleted++;
            }
        }
        if (published + deleted > 0) {
            log.log(System.Logger.Level.WARNING, "uploads left by an interrupted request: {0} published (their rows were committed), "
                    + "{1} deleted (no row names them)", published, deleted);
        }
        return new Result(published, deleted);
    }

    record Result(int published, int deleted) {
    }
}
