package org.spotcheck.app.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A task page that comes back with an error shows the typed values again, but never a password (found walking the
 * README: the enterprise's signing password stood in the HTML of the refused 企业确认抽样单 page).
 */
class TaskPageSecretsTest {

    @Test
    void aRefusedFormIsShownAgainWithoutItsPassword() {
        Map<String, Object> shown = TaskPageController.shownAgain(Map.of("method", "ONLINE", "password", "Enterprise-Secret-1",
                "currentPassword", "x", "acceptStatement", "false"));
        assertThat(shown).containsOnlyKeys("method", "acceptStatement");
        assertThat(shown.values()).doesNotContain("Enterprise-Secret-1");
    }
}
