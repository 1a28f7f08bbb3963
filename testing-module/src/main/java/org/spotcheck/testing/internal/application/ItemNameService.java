package org.spotcheck.testing.internal.application;

import java.util.List;
import java.util.Map;
import org.spotcheck.testing.api.ItemNames;
import org.spotcheck.testing.internal.persistence.LabSampleMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link ItemNames}: idempotent, an item already named is left as it is. */
@Service
@Transactional
class ItemNameService implements ItemNames {

    private final LabSampleMapper samples;

    ItemNameService(LabSampleMapper samples) {
        this.samples = samples;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> rulesWithUnnamedItems() {
        return samples.rulesWithUnnamedItems();
    }

    @Override
    public int nameInEnglish(long ruleId, Map<String, String> nameEnByCode) {
        int named = 0;
        for (Map.Entry<String, String> item : nameEnByCode.entrySet()) {
            if (item.getValue() != null && !item.getValue().isBlank()) {
                named += samples.nameItemInEnglish(ruleId, item.getKey(), item.getValue().strip());
                named += samples.nameReportItemInEnglish(ruleId, item.getKey(), item.getValue().strip());
            }
        }
        return named;
    }
}
