package org.spotcheck.planning.internal.persistence;

import java.time.Instant;

/** Row of pln_spot_check_task. */
public class SpotCheckTaskRow {
    public Long id;
    public String code;
    public Long planId;
    public Long planItemId;
    public String authorityCode;
    public String regionCode;
    public String productCode;
    public Long ruleId;
    public String labCode;
    public String enterpriseCode;
    public String inspectorCodes;
    public String samplerUsernames;
    public Long enterpriseDrawId;
    public Long inspectorDrawId;
    public String status;
    public Instant createdAt;
}
