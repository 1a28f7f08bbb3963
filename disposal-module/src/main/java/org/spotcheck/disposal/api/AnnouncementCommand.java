package org.spotcheck.disposal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The provincial authority's public announcement (公告) of a failed re-inspection (R15). */
public record AnnouncementCommand(LocalDate announcedOn, @NotBlank @Size(max = 2000) String text) {
}
