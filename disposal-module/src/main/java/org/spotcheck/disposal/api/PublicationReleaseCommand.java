package org.spotcheck.disposal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The redaction review (脱敏审核) of a publication: the texts as they will appear, and the reviewer's
 * confirmation that they hold no personal data or trade secrets.
 */
public record PublicationReleaseCommand(
        @NotBlank @Size(max = 200) String enterpriseName,
        @NotBlank @Size(max = 200) String productName,
        @Size(max = 100) String trademark,
        @Size(max = 200) String specification,
        @Size(max = 100) String batchNumber,
        @Size(max = 200) String conclusionText,
        @Size(max = 1000) String failedItemsText,
        @Size(max = 2000) String remark,
        @NotNull Boolean redactionChecked) {
}
