package org.spotcheck.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.util.HtmlUtils;

/**
 * Recognises "the database is away" (stopped, stalled, out of disk: issue 13.5 and 13.7) in an exception's cause
 * chain and answers 503 with {@code Retry-After} and rule {@code DATABASE_UNAVAILABLE}: never a 401 or a 500.
 */
public final class DatabaseUnavailable {

    public static final String RULE = "DATABASE_UNAVAILABLE";
    public static final String RETRY_AFTER_SECONDS = "5";
    static final String DETAIL = "the database is unavailable for now; try again in a few seconds";

    /**
     * H2 error codes of a database that is closed or cannot write: 90098 closed, 90028 IO error, 90121 shut down,
     * 90100 disk full, 90031 IO error, 90034 its trace file cannot be written (a full disk).
     */
    private static final int[] H2_UNAVAILABLE = {90098, 90028, 90121, 90100, 90031, 90034};

    private DatabaseUnavailable() {
    }

    public static boolean in(Throwable e) {
        boolean belowSql = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // a failed rollback hides the exception that caused it (a closed H2 fails both)
            if (t instanceof org.springframework.transaction.TransactionSystemException tse && tse.getApplicationException() != null
                    && tse.getApplicationException() != e && in(tse.getApplicationException())) {
                return true;
            }
            // the database could not read or write its files (a full disk under an embedded H2: issue 13.7)
            if (belowSql && (t instanceof java.io.IOException || t.getClass().getName().equals("org.h2.mvstore.MVStoreException"))) {
                return true;
            }
            belowSql |= t instanceof SQLException || t instanceof org.springframework.dao.DataAccessException
                    || t instanceof org.springframework.transaction.TransactionException;
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException || t instanceof TransactionTimedOutException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
                    || t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && (isH2Unavailable(sql.getErrorCode())
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
                return true;
            }
        }
        return false;
    }

    static boolean isH2Unavailable(int code) {
        for (int c : H2_UNAVAILABLE) {
            if (c == code) {
                return true;
            }
        }
        return false;
    }

    /** 503: problem+json for the API and non-HTML clients, a short page for browsers. */
    public static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, RULE, DETAIL);
    }

    /** 503 with {@code Retry-After} and this rule (also {@link LockWaitTimeout}'s): problem+json, or a short page for browsers. */
    static void write(HttpServletRequest request, HttpServletResponse response, String rule, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        String accept = request.getHeader("Accept");
        boolean page = !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && accept != null && accept.contains("text/html");
        if (page) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>503</title></head>"
                    + "<body><h1>503</h1><p>" + HtmlUtils.htmlEscape(ProblemResponses.text(ProblemLocale.page(request), rule, detail))
                    + "</p></body></html>");
            return;
        }
        ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, rule, detail);
    }
}
