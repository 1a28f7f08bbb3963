package org.spotcheck.disposal.api;

/**
 * The public fields of a result or announcement (一公开, Order 18 art. 44), by name: a prepared publication and an
 * entry of the public feed read them the same way.
 */
public interface PublicTexts {

    String enterpriseName();

    String productName();

    String trademark();

    String specification();

    String batchNumber();

    String conclusionText();

    String failedItemsText();

    String remark();

    /** The text of one public field (see {@link PublicationView#PUBLIC_FIELDS}). */
    default String text(String field) {
        return switch (field) {
            case "enterpriseName" -> enterpriseName();
            case "productName" -> productName();
            case "trademark" -> trademark();
            case "specification" -> specification();
            case "batchNumber" -> batchNumber();
            case "conclusionText" -> conclusionText();
            case "failedItemsText" -> failedItemsText();
            case "remark" -> remark();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
