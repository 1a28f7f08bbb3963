package org.spotcheck.app.workflow.step;

import jakarta.validation.constraints.Size;

/** A step whose only input is an optional comment. */
public record CommentForm(@Size(max = 1000) String comment) {
}
