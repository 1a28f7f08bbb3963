package org.spotcheck.shared;

/**
 * The document numbers (文号) of the authorities' documents (issue 17.3, ADR 0021): 宁市监抽〔2026〕12号 is
 * the 12th result notice the Nanjing authority issued in 2026. A sequence per authority, year and kind,
 * allocated in the caller's transaction: a rolled-back document may leave a gap, two documents never share
 * a number, also when issued at the same moment.
 */
public interface DocumentNumbers {

    /** The kinds of numbered documents, each with the word of its 文号 (…抽〔2026〕…, …责改〔2026〕…). */
    enum Kind {
        /** 检验结果通知书 (Order 18 art. 31). */
        RESULT_NOTICE("抽"),
        /** 责令整改通知书 (Order 18 art. 46). */
        RECTIFICATION_ORDER("责改"),
        /** 移送函, a referral to enforcement (Product Quality Law art. 56; Order 18 art. 49). */
        REFERRAL("移");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** Allocates the next number of this authority, kind and year and returns it written out (宁市监抽〔2026〕12号). */
    String allocate(String authorityCode, Kind kind, int year);

    /** The 文号 written out: prefix + word + 〔year〕 + n + 号. */
    static String format(String prefix, Kind kind, int year, long n) {
        return prefix + kind.word() + "〔" + year + "〕" + n + "号";
    }
}
