package org.spotcheck.app.documents;

import org.spotcheck.shared.DocumentNumbers;
import org.spotcheck.shared.Parties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's answer to {@link Parties} and {@link DocumentNumbers} (ADR 0021), from the organisation
 * and account registers and sys_document_number.
 */
@Component
class Letterheads implements Parties, DocumentNumbers {

    private static final String AUTHORITY_SUFFIX = "市场监督管理局";

    private final LetterheadMapper mapper;

    Letterheads(LetterheadMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Organisation organisation(String code) {
        LetterheadMapper.LetterheadRow row = code == null ? null : mapper.find(code);
        if (row == null) {
            return new Organisation(code, code, null, null);
        }
        return new Organisation(row.code, row.name, row.address, row.documentPrefix);
    }

    @Override
    public String personName(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String name = mapper.displayName(username);
        if (name == null || name.isBlank()) {
            return username;
        }
        // an account's display name may lead with the post ("检验员 周杰"); a document signs with the name alone
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /** Joins the caller's transaction (MANDATORY): the number and the document commit or roll back together. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String allocate(String authorityCode, Kind kind, int year) {
        mapper.next(authorityCode, kind.name(), year);
        long n = mapper.last(authorityCode, kind.name(), year);
        return DocumentNumbers.format(prefix(authorityCode), kind, year, n);
    }

    /** The 文号 prefix as registered (宁市监); else the name shortened (南京市市场监督管理局 → 南京市监); else the code. */
    private String prefix(String authorityCode) {
        Organisation org = organisation(authorityCode);
        if (org.documentPrefix() != null && !org.documentPrefix().isBlank()) {
            return org.documentPrefix();
        }
        if (org.name() != null && org.name().endsWith(AUTHORITY_SUFFIX) && org.name().length() > AUTHORITY_SUFFIX.length()) {
            return org.name().substring(0, org.name().length() - AUTHORITY_SUFFIX.length()) + "监";
        }
        return authorityCode;
    }
}
