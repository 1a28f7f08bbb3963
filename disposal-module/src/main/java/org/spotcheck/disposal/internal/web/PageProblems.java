package org.spotcheck.disposal.internal.web;

import org.spotcheck.shared.RefusalTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal's text on a disposal page, in the page's language (issue 16.5): {@link RefusalTexts} over the bundles,
 * {@code problem.<RULE>.<field>} first (a shared rule such as REQUIRED with a hint of its own for one field), then
 * {@code problem.<RULE>} (a validator's message is already in the page's language).
 */
@Component
class PageProblems extends RefusalTexts {

    PageProblems(MessageSource messages) {
        super((key, args) -> messages.getMessage(key, args, null, LocaleContextHolder.getLocale()),
                LocaleContextHolder::getLocale, true);
    }
}
