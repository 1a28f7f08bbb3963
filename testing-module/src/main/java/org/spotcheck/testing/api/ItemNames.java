package org.spotcheck.testing.api;

import java.util.List;
import java.util.Map;

/**
 * The English names of the lab's test items (issue 17: English pages named them in Chinese). An item copied from its
 * rule since V3_180 carries its English name; this names the items copied before, from the rule items the caller
 * reads in planning (the testing module does not read planning's tables). Issued reports' frozen items are named too:
 * the name is for English pages only, the report's content and hash use the Chinese name.
 */
public interface ItemNames {

    /** The rules of the lab samples that hold items, or issued reports' items, without an English name. */
    List<Long> rulesWithUnnamedItems();

    /** Names those items of the rule's lab samples by their code; returns how many items were named. */
    int nameInEnglish(long ruleId, Map<String, String> nameEnByCode);

    /**
     * The English wording of a rule item's method, requirement and unit (brief bil17, V3_200), each null where the rule
     * gives none.
     */
    record EnglishWording(String methodEn, String displayEn, String unitEn) {
    }

    /** The rules of the lab samples that hold items copied before they kept their English method (V3_200). */
    List<Long> rulesWithItemsWithoutEnglishMethod();

    /**
     * Words those items of the rule's lab samples in English by their code, and the issued reports' frozen items (their
     * method and unit; a frozen requirement stays as issued); returns how many rows were changed.
     */
    int wordInEnglish(long ruleId, Map<String, EnglishWording> wordingByCode);
}
