package org.spotcheck.planning.internal.web;

import org.spotcheck.shared.RefusalTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal's text on a planning page, in the page's language (issue 16.5): {@link RefusalTexts} over the bundles,
 * a field's own text ({@code problem.<RULE>.<field>}) first. The refusals' own messages are English only since their
 * texts moved to the bundles, so a page that showed them raw spoke English on a Chinese page.
 */
@Component("planningPageProblems")
class PageProblems extends RefusalTexts {

    PageProblems(MessageSource messages) {
        super((key, args) -> messages.getMessage(key, args, null, LocaleContextHolder.getLocale()),
                LocaleContextHolder::getLocale, true);
    }
}
