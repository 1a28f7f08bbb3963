package org.spotcheck.disposal.api.event;

import org.spotcheck.shared.ModuleEvent;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.StoredMessage;

/**
 * Result handling tells an organisation something about a case: the enterprise (its {@link Role#ENTERPRISE}
 * accounts) or an authority (its {@link Role#OFFICER} accounts). Published inside the command's
 * transaction; app turns it into an in-app notification or, for a formal document, an e-mail.
 *
 * @param caseCode the spot-check case number (the business key of its processes)
 * @param orgCode  the organisation told
 * @param role     which of its accounts are told
 * @param text     the message, or the e-mail's subject, in Chinese (as the case log states it)
 * @param email    true for a formal document sent by e-mail (送达), false for an in-app notice
 * @param message  the same as a bundle key and arguments, which app renders in each reader's language (issue 17)
 */
public record OrganisationNotified(String caseCode, String orgCode, Role role, String text, boolean email,
        StoredMessage message) implements ModuleEvent {
}
