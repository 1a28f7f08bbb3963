package org.spotcheck.disposal.internal.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.spotcheck.disposal.api.PublicFeedEntry;
import org.spotcheck.disposal.api.PublicFeedPage;
import org.spotcheck.disposal.api.Publications;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public feed of final, released results (issue 18.4): JSON and CSV pages in release order with a
 * cursor, and an Atom feed of the newest releases; each answer carries an {@code ETag} and a matching
 * {@code If-None-Match} is answered 304. Public, no login; the app limits the rate per client. The
 * schema {@value #SCHEMA} is documented in the README ("Public results feed") and only grows by new
 * fields at the end.
 */
@RestController
class PublicFeedController {

    /** The name and version of the entries' schema. */
    static final String SCHEMA = "spotcheck-public-results/1";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final int ATOM_DEFAULT_LIMIT = 50;

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final Publications publications;
    private final JsonMapper json;
    private final MessageSource messages;

    PublicFeedController(Publications publications, JsonMapper json, MessageSource messages) {
        this.publications = publications;
        this.json = json;
        this.messages = messages;
    }

    /**
     * Released results after the cursor, oldest first.
     *
     * @param since an instant ({@code 2026-12-01T00:00:00Z}) or a date (UTC midnight): releases at or after it
     * @param after the {@code next} cursor of an earlier page (wins over {@code since})
     * @param limit 1–500, 100 by default
     */
    @GetMapping(value = "/api/public/feed", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> feed(@RequestParam(required = false) String since, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit, @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        int size = limit(limit, DEFAULT_LIMIT);
        PublicFeedPage page = page(since, after, size);
        String next = cursor(page.lastReleased(), page.lastId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schema", SCHEMA);
        body.put("entries", page.entries().stream().map(PublicFeedController::entry).toList());
        body.put("next", next);
        body.put("more", page.more());
        return answer(json.writeValueAsBytes(body), MediaType.APPLICATION_JSON, ifNoneMatch, "/api/public/feed", next, size);
    }

    /** The same page as CSV; the next cursor is in the {@code Link} header ({@code rel="next"}). */
    @GetMapping("/api/public/feed.csv")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String since, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer limit, @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        int size = limit(limit, DEFAULT_LIMIT);
        PublicFeedPage page = page(since, after, size);
        return answer(publications.publicFeedCsv(page), CSV, ifNoneMatch, "/api/public/feed.csv",
                cursor(page.lastReleased(), page.lastId()), size);
    }

    /** Atom (RFC 4287): the newest releases, newest first, one entry per release. */
    @GetMapping("/api/public/feed.atom")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> atom(@RequestParam(required = false) Integer limit,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        List<PublicFeedEntry> entries = publications.latestReleases(limit(limit, ATOM_DEFAULT_LIMIT));
        return answer(atom(entries, title()), ATOM, ifNoneMatch, null, null, 0);
    }

    private PublicFeedPage page(String since, String after, int limit) {
        if (after != null && !after.isBlank()) {
            String[] cursor = decode(after);
            return publications.publicFeed(Instant.parse(cursor[0]), Long.parseLong(cursor[1]), limit);
        }
        return publications.publicFeed(since == null || since.isBlank() ? Instant.EPOCH : instant(since), -1, limit);
    }

    private static Map<String, Object> entry(PublicFeedEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String field : PublicFeedEntry.FIELDS) {
            if ("withheld".equals(field)) {
                out.put(field, e.withheld());
            } else if (!e.withheld().contains(field)) {
                Object value = e.value(field);
                out.put(field, value instanceof Instant at ? at.toString() : value);
            }
        }
        return out;
    }

    private ResponseEntity<byte[]> answer(byte[] body, MediaType type, String ifNoneMatch, String path, String next, int limit) {
        String etag = etag(body);
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl("no-cache"); // may be stored, revalidated with If-None-Match every time
        if (path != null) {
            headers.add(HttpHeaders.LINK, "<" + path + "?after=" + next + "&limit=" + limit + ">; rel=\"next\"");
        }
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        return ResponseEntity.ok().headers(headers).contentType(type).body(body);
    }

    /** RFC 9110 13.1.2: weak comparison; {@code *} matches any current representation. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An opaque cursor: the release time and id of the last entry seen. */
    static String cursor(Instant releasedAt, long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((releasedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 2) {
                Instant.parse(parts[0]);
                Long.parseLong(parts[1]);
                return parts;
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // below
        }
        throw InvalidInputException.of("after", "INVALID_CURSOR", "not a cursor from an earlier page");
    }

    private static Instant instant(String since) {
        try {
            return since.strip().length() == 10 ? LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("since", "INVALID_INSTANT",
                    "an ISO 8601 instant or date, e.g. 2026-12-01T00:00:00Z");
        }
    }

    private static int limit(Integer limit, int fallback) {
        if (limit == null) {
            return fallback;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "LIMIT_OUT_OF_RANGE", "between 1 and 500");
        }
        return limit;
    }

    /** The feed's title, read by anyone: both languages from the bundles. */
    private String title() {
        return messages.getMessage("disposal.feed.title", null, Locale.SIMPLIFIED_CHINESE) + " / "
                + messages.getMessage("disposal.feed.title", null, Locale.ENGLISH);
    }

    private static byte[] atom(List<PublicFeedEntry> entries, String title) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            text(x, "id", "urn:spotcheck:public-results");
            text(x, "title", title);
            text(x, "updated", (entries.isEmpty() ? Instant.EPOCH : entries.get(0).releasedAt()).toString());
            x.writeEmptyElement("link");
            x.writeAttribute("rel", "self");
            x.writeAttribute("href", "/api/public/feed.atom");
            x.writeEmptyElement("link");
            x.writeAttribute("rel", "alternate");
            x.writeAttribute("href", "/public/results");
            x.writeStartElement("author");
            text(x, "name", "Spotcheck");
            x.writeEndElement();
            for (PublicFeedEntry e : entries) {
                x.writeStartElement("entry");
                text(x, "id", "urn:spotcheck:release:" + e.id());
                text(x, "title", (e.enterpriseName() == null ? "" : e.enterpriseName() + " · ") + e.productName() + " · "
                        + e.conclusionText());
                text(x, "updated", e.releasedAt().toString());
                x.writeEmptyElement("category");
                x.writeAttribute("term", e.kind());
                x.writeStartElement("content");
                x.writeAttribute("type", "text");
                StringBuilder content = new StringBuilder();
                for (String field : PublicFeedEntry.FIELDS) {
                    if (!"withheld".equals(field) && !e.withheld().contains(field) && e.value(field) != null) {
                        content.append(field).append(": ").append(e.value(field)).append('\n');
                    }
                }
                if (!e.withheld().isEmpty()) {
                    content.append("withheld: ").append(String.join(";", e.withheld())).append('\n');
                }
                x.writeCharacters(content.toString());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
