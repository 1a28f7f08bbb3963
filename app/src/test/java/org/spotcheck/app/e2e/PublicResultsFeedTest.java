package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.web.PublicFeedRateLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * The public feed of final results (issue 18.4): only released results, withheld fields removed, JSON
 * and CSV paged by release time with a cursor, Atom, ETag / If-None-Match, and a rate limit per client.
 */
class PublicResultsFeedTest extends ResultHandlingE2e {

    static final String CSV_HEADER = "id,kind,releasedAt,enterpriseName,productName,trademark,specification,batchNumber,"
            + "conclusionText,failedItemsText,remark,withheld,productCode,conclusion,grade,productNameEn,conclusionTextEn,failedItemsTextEn";

    static final String TISSUE_EN = "Tissue paper (facial tissue, napkins, handkerchief tissue)";

    @Autowired
    PublicFeedRateLimit rateLimit;

    private final HttpClient http = HttpClient.newHttpClient();
    private int capacity;
    private int refill;

    @BeforeEach
    void roomForTheTests() {
        capacity = rateLimit.capacity();
        refill = rateLimit.refillPerMinute();
        rateLimit.configure(100_000, 100_000);
    }

    @AfterEach
    void limitAsConfigured() {
        rateLimit.configure(capacity, refill);
    }

    @Test
    void onlyReleasedResultsAppearAndWithheldFieldsAreAbsent() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        // served but within the objection window: held, never in the feed
        ResultHandlingFlow.Case held = flow.served(ResultHandlingFlow.failingTissue(), java.time.LocalDate.now(ResultHandlingFlow.CHINA));
        String heldSpec = flow.sampleOf(held.caseCode()).get("specification").asString();
        // final, waiting for the redaction review: not yet in the feed
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        String spec = flow.sampleOf(c.caseCode()).get("specification").asString();
        JsonNode publication = publicationOf(c);
        assertThat(publication.get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(allSince(start).toString()).doesNotContain(spec).doesNotContain(heldSpec);
        assertThat(get("/api/public/feed.csv?since=" + start).body()).doesNotContain(spec);

        Api.Response released = api.post("officer", "/api/disposal/publications/" + publication.get("id").asLong() + "/release",
                PublicationTest.releaseForm(true, Map.of("specification", "新品型号（商业秘密）")));
        assertThat(released.status()).as(released.body()).isEqualTo(200);

        List<JsonNode> entries = allSince(start);
        JsonNode entry = entries.stream().filter(e -> e.get("id").asLong() == publication.get("id").asLong()).findFirst().orElseThrow();
        assertThat(entry.has("specification")).as("a withheld field is left out").isFalse();
        assertThat(entry.get("withheld").toString()).isEqualTo("[\"specification\"]");
        assertThat(entry.get("conclusionText").asString()).isEqualTo("不合格（一般不合格）");
        assertThat(entry.get("kind").asString()).isEqualTo("RESULT");
        // the codes the texts were written from, as 结果公开 has them (brief codes17), after withheld: the schema grows at its end
        assertThat(entry.get("productCode").asString()).isEqualTo("TISSUE_PAPER");
        assertThat(entry.get("conclusion").asString()).isEqualTo("NONCONFORMING");
        assertThat(entry.get("grade").asString()).isEqualTo("GENERAL");
        // the English readings after them (brief bil18): the released record stays Chinese, its English reading beside it
        assertThat(entry.get("productNameEn").asString()).isEqualTo(TISSUE_EN);
        assertThat(entry.get("conclusionTextEn").asString()).isEqualTo("Non-conforming (general)");
        assertThat(entry.get("failedItemsTextEn").asString()).matches("[^\\p{IsHan}]+");
        assertThat(entries.toString()).doesNotContain(spec).doesNotContain(heldSpec).doesNotContain("reviewedBy").doesNotContain(c.caseCode());
        String csv = get("/api/public/feed.csv?since=" + start + "&limit=500").body();
        assertThat(csv).doesNotContain(spec).contains(",specification,TISSUE_PAPER,NONCONFORMING,GENERAL,\"" + TISSUE_EN + "\",Non-conforming (general),");
        assertThat(get("/api/public/feed.atom?limit=500").body()).doesNotContain(spec).doesNotContain(heldSpec);
    }

    @Test
    void pagesFollowReleaseTimeAndACursorAlwaysGivesTheSamePage() throws Exception {
        ensureReleases(3);
        List<Long> oneByOne = new ArrayList<>();
        String after = null;
        for (int i = 0; i < 1000; i++) {
            JsonNode page = json(get("/api/public/feed?limit=1" + (after == null ? "" : "&after=" + after)));
            page.get("entries").forEach(e -> oneByOne.add(e.get("id").asLong()));
            HttpResponse<String> again = get("/api/public/feed?limit=1" + (after == null ? "" : "&after=" + after));
            assertThat(json(again).get("entries").toString()).as("the same cursor, the same page").isEqualTo(page.get("entries").toString());
            after = page.get("next").asString();
            if (!page.get("more").asBoolean()) {
                break;
            }
        }
        List<Long> all = new ArrayList<>();
        allSince(Instant.EPOCH).forEach(e -> all.add(e.get("id").asLong()));
        assertThat(oneByOne).hasSizeGreaterThanOrEqualTo(3).isEqualTo(all).doesNotHaveDuplicates();
        List<String> times = allSince(Instant.EPOCH).stream().map(e -> e.get("releasedAt").asString()).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));
        // after the last page: nothing new, and the cursor stays where it was
        JsonNode end = json(get("/api/public/feed?after=" + after));
        assertThat(end.get("entries").size()).isZero();
        assertThat(end.get("next").asString()).isEqualTo(after);
        // a new release is paged by its release time: the first since the moment before it
        // (other tests may have released under a workflow clock moved into the future, so not "after the last cursor")
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        long id = publicationOf(c).get("id").asLong();
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        assertThat(api.post("officer", "/api/disposal/publications/" + id + "/release", PublicationTest.releaseForm(true, Map.of()))
                .status()).isEqualTo(200);
        JsonNode fresh = json(get("/api/public/feed?limit=1&since=" + before));
        assertThat(fresh.get("entries").get(0).get("id").asLong()).isEqualTo(id);
        // a cursor that was not given out is refused naming the parameter
        HttpResponse<String> bad = get("/api/public/feed?after=nonsense");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"rule\":\"INVALID_CURSOR\"").contains("\"field\":\"after\"");
        assertThat(get("/api/public/feed?limit=501").statusCode()).isEqualTo(400);
    }

    @Test
    void aMatchingETagIsAnswered304() throws Exception {
        ensureReleases(1);
        for (String path : List.of("/api/public/feed", "/api/public/feed.csv", "/api/public/feed.atom")) {
            HttpResponse<String> first = get(path);
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).startsWith("\"");
            HttpResponse<String> same = get(path, "If-None-Match", etag);
            assertThat(same.statusCode()).as(path).isEqualTo(304);
            assertThat(same.body()).isEmpty();
            assertThat(same.headers().firstValue("ETag")).contains(etag);
            assertThat(get(path, "If-None-Match", "W/" + etag).statusCode()).as("weak comparison").isEqualTo(304);
            assertThat(get(path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aClientPastTheLimitGets429WithRetryAfter() throws Exception {
        rateLimit.configure(3, 1);
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/public/feed?limit=1").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = get("/api/public/feed.csv");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(limited.body()).contains("\"rule\":\"RATE_LIMITED\"").contains("请求过于频繁");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(get("/api/public/feed.atom").statusCode()).isEqualTo(429);
        // other public pages are not limited by the feed's bucket
        assertThat(api.get(null, "/api/public/results").status()).isEqualTo(200);
    }

    @Test
    void theCsvHeaderIsStableAndTheAtomFeedHasOneEntryPerRelease() throws Exception {
        ensureReleases(2);
        HttpResponse<String> csv = get("/api/public/feed.csv?limit=500");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(CSV_HEADER);
        assertThat(csv.headers().firstValue("Link").orElse("")).contains("rel=\"next\"").contains("after=");
        List<JsonNode> entries = allSince(Instant.EPOCH);
        assertThat(lines).hasSize(Math.min(entries.size(), 500) + 1);

        HttpResponse<String> atom = get("/api/public/feed.atom?limit=500");
        assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList atomEntries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        Set<String> atomIds = new HashSet<>();
        for (int i = 0; i < atomEntries.getLength(); i++) {
            Element e = (Element) atomEntries.item(i);
            atomIds.add(e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
            assertThat(e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").getLength()).isEqualTo(1);
        }
        List<JsonNode> newest = entries.subList(Math.max(0, entries.size() - 500), entries.size());
        Set<String> releaseIds = new HashSet<>();
        newest.forEach(e -> releaseIds.add("urn:spotcheck:release:" + e.get("id").asLong()));
        assertThat(atomEntries.getLength()).isEqualTo(newest.size());
        assertThat(atomIds).isEqualTo(releaseIds);
    }

    /** Releases final results until at least {@code n} are public. */
    private void ensureReleases(int n) {
        while (allSince(Instant.EPOCH).size() < n) {
            ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
            long id = publicationOf(c).get("id").asLong();
            assertThat(api.post("officer", "/api/disposal/publications/" + id + "/release", PublicationTest.releaseForm(true, Map.of()))
                    .status()).isEqualTo(200);
        }
    }

    /** Every entry released at or after {@code since}, following the cursor. */
    private List<JsonNode> allSince(Instant since) {
        List<JsonNode> out = new ArrayList<>();
        String query = "since=" + since;
        for (int i = 0; i < 1000; i++) {
            JsonNode page = json(get("/api/public/feed?limit=500&" + query));
            page.get("entries").forEach(out::add);
            if (!page.get("more").asBoolean()) {
                return out;
            }
            query = "after=" + page.get("next").asString();
        }
        throw new AssertionError("the feed does not end");
    }

    private JsonNode publicationOf(ResultHandlingFlow.Case c) {
        return api.get("officer", "/api/disposal/publications").json().valueStream()
                .filter(p -> p.get("taskCode").asString().equals(c.caseCode()) && "RESULT".equals(p.get("kind").asString()))
                .findFirst().orElseThrow();
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.parse(response.body());
    }

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        h.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }
}
