package org.spotcheck.disposal.api;

/**
 * 一公开: the redaction review and release of results and announcements, and the public list. It is the sum of the two
 * capability facades, each implemented by its own class (ADR 0013), and declares nothing of its own.
 */
public interface Publications extends PublicationReleases, PublicFeeds {
}
