package org.spotcheck.sampling.internal.web;

import org.spotcheck.shared.RefusalTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A refusal's text on a sampling page, in the page's language: {@link RefusalTexts} over the bundles. */
@Component
class SamplingPageProblems extends RefusalTexts {

    SamplingPageProblems(MessageSource messages) {
        super((key, args) -> messages.getMessage(key, args, null, LocaleContextHolder.getLocale()),
                LocaleContextHolder::getLocale, true);
    }
}
