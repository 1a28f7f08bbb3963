package org.spotcheck.planning.internal.persistence;

import java.time.Instant;

/** Row of pln_draw. */
public class DrawRow {
    public Long id;
    public Long planItemId;
    public String kind;
    public String stratum;
    public String taskCode;
    public Long replacesDrawId;
    public String algorithm;
    public String seed;
    public String filters;
    public String pool;
    public String poolHash;
    /** SHA-256 commitment published at draw time (null for draws made before issue 12). */
    public String commitment;
    public Integer drawCount;
    public String result;
    public String reason;
    public String drawnBy;
    public Instant drawnAt;
}
