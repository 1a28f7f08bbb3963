package org.spotcheck.disposal.api;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Set;

/**
 * The redaction review (脱敏审核) of a publication: the reviewer has seen the texts exactly as they
 * will be published, withholds the fields that must not be public (personal names, phone numbers,
 * trade secrets), each with a reason, and confirms the review.
 *
 * @param withheld         the fields withheld from the public, by name ({@link PublicationView#REDACTABLE_FIELDS})
 * @param reasons          the reason for each withheld field, by field name (mandatory for each)
 * @param redactionChecked must be true: 已完成脱敏审核
 */
public record PublicationReleaseCommand(Set<String> withheld, Map<String, String> reasons, @NotNull Boolean redactionChecked) {

    public PublicationReleaseCommand {
        withheld = withheld == null ? Set.of() : Set.copyOf(withheld);
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
    }
}
