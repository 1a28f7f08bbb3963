package org.spotcheck.planning.api;

import java.util.List;

/** 一公开: an approved plan as the public sees it; inspectors are not named. */
public record PublicPlanView(String code, String title, String kind, int planYear, int versionNo, String authorityName,
        String status, List<Item> items, String authorityCode) {

    /**
     * One item with the enterprises drawn for it and the ids of its verifiable draws (one per
     * stratum when the draw was stratified by size). The product's code too, so that an English page names the
     * product in English (issue 17: 信息公开 showed 纸巾纸 on /public/plans?lang=en); the lab's and (on the plan) the
     * authority's code, so that an English page names them in English where the register gives an English name (brief bil17).
     */
    public record Item(String productName, String regionCode, String labName, int batches,
            List<String> drawnEnterprises, Long enterpriseDrawId, List<Long> enterpriseDrawIds, int notYetRevealed,
            List<Draw> draws, String productCode, String labCode) {
    }

    /**
     * The commitment to one enterprise draw, published at draw time; seed, pool and result only
     * once every case of the draw was sampled (Order 18: the enterprise is not told in advance). The pool's size too:
     * "候选 1 家，抽取 1 家" told the one candidate it would be sampled (found walking the README, 2026-12-07).
     */
    public record Draw(long id, String commitment, Integer poolSize, int count, java.time.Instant drawnAt, boolean revealed,
            String seed, List<String> pool, List<String> result) {
    }
}
