package org.spotcheck.planning.api;

import java.util.List;
import java.util.Map;
import org.spotcheck.shared.Actor;

/**
 * The registers (名录库): authorities, enterprises, labs, products, inspectors, lab conflicts of interest, imports. Every method applies the caller's
 * data scope: an official sees and acts on the plans of his own authority and on register entries within his own region.
 */
public interface Registers {

    List<AuthorityView> authorities();

    List<EnterpriseView> enterprises(Actor actor);

    List<LabView> labs();

    List<ProductView> products();

    List<InspectorView> inspectors(Actor actor);

    /**
     * One page of a register's list searched in the database (issue 17.4), in the caller's scope as the lists above,
     * each entry keyed by the register's columns ({@link RegisterKind#columns()}), with how many match in all.
     */
    org.spotcheck.shared.Paged<Map<String, String>> searchRegister(Actor actor, RegisterKind kind, RegisterQuery query);

    /**
     * Declares a lab's conflict of interest with an enterprise for a product (R21): by the lab's
     * authorised signatory for his own lab, or by a planner. Declaring the same one again returns it.
     * Such a lab is refused for plan items whose enterprises may include that one (LAB_CONFLICT).
     */
    LabConflictView declareLabConflict(Actor actor, DeclareLabConflictCommand command);

    /** A lab sees its own declared conflicts; authority staff see all. */
    List<LabConflictView> labConflicts(Actor actor);

    /**
     * Adds one register entry from the same columns as the import (snake_case keys, for example
     * {@code credit_code}). Errors name the column.
     */
    ImportResult createRegisterEntry(Actor actor, RegisterKind kind, Map<String, String> values);

    /**
     * Imports a CSV or XLSX file into a register, all or nothing: a file with any bad row is
     * refused whole with one error per row and column ({@code row 3 / credit_code}).
     */
    ImportResult importRegister(Actor actor, RegisterKind kind, UploadedFile file);

    /** One register enterprise (snapshots for result handling and statistics: industry, size, region). */
    EnterpriseView getEnterprise(String code);

    /**
     * The names of the register's enterprises of the given codes, in one read (a page of inbox rows names its
     * enterprises: issue 14, no lookup per row). A code the register does not hold is absent from the map.
     */
    java.util.Map<String, String> enterpriseNames(java.util.Collection<String> codes);

    /**
     * The provincial authority a failed first re-inspection goes up to (逐级上报至省级, R15; Order 18
     * art. 47): the one whose region contains the organising authority's; the authority itself where the
     * register holds none above it.
     */
    String provincialAuthorityOf(String authorityCode);
}
