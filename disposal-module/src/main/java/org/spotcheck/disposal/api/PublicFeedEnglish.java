package org.spotcheck.disposal.api;

/**
 * The English reading of a released result for the public feed's English fields (issue 17, brief bil18): the released
 * record stays Chinese; a reader of the English feed gets the product, the conclusion (with the lab's English name in
 * an announcement) and the failed items in English beside it. Implemented where the English names are (the
 * application's page texts); each method answers null where it has no English wording.
 */
public interface PublicFeedEnglish {

    /** The product's English name, or null. */
    String productName(String productCode, String productName);

    /** The conclusion in English, or null. */
    String conclusion(String kind, String conclusion, String conclusionText, String grade, Integer roundNo, String reportNo,
            String labCode);

    /** The failed items' English names, or null where they have none. */
    String failedItems(String productCode, String failedItemCodes, String failedItemsText);
}
