package org.spotcheck.app.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.task.api.Task;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.SpotcheckException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Claims several inbox tasks in one request (issue 17.4). Each claim is its own transaction with its own one-winner
 * check ({@link TaskHandOverService#claim}): a task someone else claimed first is reported with who holds it, a
 * task that is gone or was never the caller's is reported as unavailable, and the others are claimed.
 */
@Component
public class TaskClaims {

    /** No more tasks than a page of the inbox shows at its largest. */
    public static final int MAX = 50;

    private final TaskHandOverService handOver;
    private final TaskAccess access;

    TaskClaims(TaskHandOverService handOver, TaskAccess access) {
        this.handOver = handOver;
        this.access = access;
    }

    /** A task another user claimed first. */
    public record Taken(String taskId, String name, String holder) {
    }

    /** What became of each task asked for. */
    public record Outcome(List<TaskView> claimed, List<Taken> taken, List<String> unavailable) {
    }

    /**
     * What became of one task asked for: claimed (its view), claimed first by someone else (that task, with its
     * holder), or neither (gone, never the caller's, or no such task).
     */
    public record Claim(String taskId, TaskView claimed, Taken taken) {

        public boolean unavailable() {
            return claimed == null && taken == null;
        }
    }

    /** Claims each task in its own transaction, in the order asked, each id once; at most {@link #MAX} ids. */
    public List<Claim> claimOneByOne(Actor actor, List<String> taskIds) {
        List<Claim> claims = new ArrayList<>();
        for (String id : new LinkedHashSet<>(taskIds == null ? List.<String>of() : taskIds)) {
            if (id == null || id.isBlank() || claims.size() >= MAX) {
                continue;
            }
            String taskId = id.strip();
            try {
                claims.add(new Claim(taskId, handOver.claim(actor, taskId), null)); // its own transaction, through the proxy
            } catch (SpotcheckException | FlowableException | ConcurrencyFailureException lost) {
                Task holder = access.claimedByOther(actor, taskId);
                claims.add(new Claim(taskId, null, holder == null ? null : new Taken(holder.getId(), holder.getName(), holder.getAssignee())));
            }
        }
        return claims;
    }

    public Outcome claimEach(Actor actor, List<String> taskIds) {
        List<TaskView> claimed = new ArrayList<>();
        List<Taken> taken = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (Claim claim : claimOneByOne(actor, taskIds)) {
            if (claim.claimed() != null) {
                claimed.add(claim.claimed());
            } else if (claim.taken() != null) {
                taken.add(claim.taken());
            } else {
                unavailable.add(claim.taskId());
            }
        }
        return new Outcome(claimed, taken, unavailable);
    }
}
