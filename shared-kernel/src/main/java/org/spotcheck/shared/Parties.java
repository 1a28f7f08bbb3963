package org.spotcheck.shared;

/**
 * Who the official documents name (issue 17.3, ADR 0021): organisations by their full name and address,
 * people by their real names, never by code or username. The application answers from its organisation
 * and account registers (机构管理, 用户管理); a module that prints a document asks this port.
 */
public interface Parties {

    /** An organisation as a document names it: full name, postal address (may be null) and the short form of its 文号 (may be null). */
    record Organisation(String code, String name, String address, String documentPrefix) {
    }

    /** The organisation with this code; one named by its code where the register has none. */
    Organisation organisation(String code);

    /** The person's real name for a username; the username itself where no account has a name. */
    String personName(String username);
}
