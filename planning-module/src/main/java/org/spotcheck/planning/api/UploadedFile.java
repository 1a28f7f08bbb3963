package org.spotcheck.planning.api;

/**
 * An uploaded CSV (UTF-8, header row) or XLSX file (first sheet, header row).
 *
 * @param filename the name the client gave; only its extension is used
 */
public record UploadedFile(String filename, byte[] content) {
}
