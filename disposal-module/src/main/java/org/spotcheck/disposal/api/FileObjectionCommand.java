package org.spotcheck.disposal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The enterprise's objection with a re-test application (异议 / 复检申请), R5 and R8.
 *
 * @param disputedItems      codes of failed items to re-test; only failed items may be disputed
 * @param reason             why the result is disputed
 * @param acceptsPrepayment  R7: the applicant pays the re-test fee first
 * @param evidenceIds        optional evidence: files uploaded for this case (/api/cases/{case}/attachments, kind EVIDENCE)
 */
public record FileObjectionCommand(
        @NotEmpty @Size(max = 50) List<@NotBlank String> disputedItems,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull Boolean acceptsPrepayment,
        @Size(max = 20) List<@NotNull Long> evidenceIds) {
}
