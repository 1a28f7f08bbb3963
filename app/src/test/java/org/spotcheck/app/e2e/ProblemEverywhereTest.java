package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13.6: every error is problem+json. A table of bad inputs over real HTTP (raw sockets for what a client
 * library would refuse to send: bad URL encoding, bad headers): for each, status below 500, {@code Content-Type:
 * application/problem+json}, a {@code rule}, a Chinese detail (English with {@code Accept-Language: en}), and nothing
 * stored.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemEverywhereTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final String PLANNER = "Basic " + Base64.getEncoder().encodeToString("planner:Spotcheck-Demo-1".getBytes(StandardCharsets.UTF_8));
    private static final String OFFICER = "Basic " + Base64.getEncoder().encodeToString("officer:Spotcheck-Demo-1".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    record Raw(int status, String contentType, String body) {
    }

    /**
     * One input: a raw HTTP/1.1 request (without the Host and Connection lines) and its label; for the inputs of
     * issue 13.6's second round, the status, rule and field expected, and an English detail without Chinese.
     */
    record Case(String label, String request, byte[] body, int status, String rule, String field) {
        Case(String label, String request, byte[] body) {
            this(label, request, body, 0, null, null);
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // bad URL encoding, before Spring runs (Tomcat's own 400)
        for (String bad : List.of("%", "%z", "%zz", "%G1", "%%", "%C0%AF", "%ED%A0%80", "%FF", "%E4%B8", "a%2", "%00", "%0a%0d",
                "..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/", "%u0041", "%c0%80", "%e0%80%af", "x%5c..%5c", "%f0%80%80%af", "%25%")) {
            for (String base : List.of("/api/plans/", "/api/registers/enterprises/", "/api/tasks/")) {
                cases.add(new Case("bad encoding " + base + bad, "GET " + base + bad + " HTTP/1.1\r\nAuthorization: " + PLANNER + "\r\n", null));
            }
        }
        // bad headers
        for (String header : List.of("Bad Header: x", ": novalue", "X-A\u0001: 1", "Content-Length: -1", "Content-Length: abc",
                "Content-Length: 1, 2", "Transfer-Encoding: chunked, identity", "Host: a\r\nHost: b")) {
            cases.add(new Case("bad header " + header, "GET /api/tasks HTTP/1.1\r\nAuthorization: " + PLANNER + "\r\n" + header + "\r\n", null));
        }
        // no such address, no such method
        for (String path : List.of("/api/nothing", "/api/plans/1/nothing", "/api/registers/nothing", "/api/x.json", "/api/tasks/x/y/z",
                "/api/%E4%B8%AD", "/api/plans/1/../../nothing", "/api/.env", "/api/admin", "/api/actuator")) {
            cases.add(new Case("404 " + path, "GET " + path + " HTTP/1.1\r\nAuthorization: " + PLANNER + "\r\n", null));
        }
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/api/tasks", "/api/plans/1/submit", "/api/registers/enterprises/import", "/api/disposal/statistics")) {
                cases.add(new Case("405 " + method + " " + path, method + " " + path + " HTTP/1.1\r\nAuthorization: " + PLANNER
                        + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n", "{}".getBytes(StandardCharsets.UTF_8)));
            }
        }
        // conversion errors never name Java types
        for (String from : List.of("2027-02-30", "2027-13-01", "yesterday", "2027/01/01", "0", "-1", "2027-02-29", "99999-01-01",
                "2027-1-1", "%00", "2027-01-01T00:00", "${7*191}", "'; DROP TABLE x; --", "2027-00-10", "2027-01-32")) {
            cases.add(new Case("statistics from=" + from, "GET /api/disposal/statistics?from=" + from.replace(" ", "%20").replace("'", "%27")
                    + " HTTP/1.1\r\nAuthorization: " + OFFICER + "\r\n", null));
        }
        for (String id : List.of("abc", "1.5", "99999999999999999999", "-", "%20", "1e3", "NaN", "null", "true")) {
            cases.add(new Case("plan id " + id, "GET /api/plans/" + id + " HTTP/1.1\r\nAuthorization: " + PLANNER + "\r\n", null));
        }
        // the error page itself
        cases.add(new Case("GET /error", "GET /error HTTP/1.1\r\nAccept: application/json\r\n", null));
        cases.add(new Case("GET /error html", "GET /error HTTP/1.1\r\nAccept: */*\r\n", null));
        // an upload larger than the multipart limit (12 MB a request)
        byte[] big = new byte[13 * 1024 * 1024];
        String head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.csv\"\r\nContent-Type: text/csv\r\n\r\n";
        byte[] multipart = concat(head.getBytes(StandardCharsets.UTF_8), big, "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
        cases.add(new Case("413 upload", "POST /api/registers/enterprises/import HTTP/1.1\r\nAuthorization: " + PLANNER
                + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + multipart.length + "\r\n", multipart));
        // multipart file names with control characters
        for (String name : List.of("a\u0000.csv", "\u0000", "a\u0007.csv", "a\u001b[31m.csv", "evil\u202Ecsv.exe")) {
            byte[] part = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: text/csv\r\n\r\n"
                    + "code,name\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
            cases.add(new Case("multipart name " + name.replaceAll("\\p{Cntrl}", "^"), "POST /api/registers/enterprises/import HTTP/1.1\r\nAuthorization: "
                    + PLANNER + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + part.length + "\r\n", part));
        }
        cases.addAll(secondRound());
        // malformed JSON bodies
        for (String json : List.of("{", "[]", "null", "{\"title\":}", "{\"title\":\"x\",}", "\"x\"", "{\"items\":{}}", "{\"items\":[1]}",
                "{\"title\":1e999999}", "{\"unknownField\":1}")) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            cases.add(new Case("json " + json, "POST /api/plans HTTP/1.1\r\nAuthorization: " + PLANNER
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body));
        }
        return cases;
    }

    /** 415, 406, oversized bodies, malformed path variables and control characters in every free-text field. */
    static List<Case> secondRound() {
        List<Case> cases = new ArrayList<>();
        String planner = "Authorization: " + PLANNER + "\r\n";
        byte[] plan = "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        // 415: a body in a type the endpoint does not read
        for (String type : List.of("text/plain", "application/xml", "text/csv", "application/octet-stream", "image/png")) {
            for (String path : List.of("/api/plans", "/api/disposal/warning-rules")) {
                cases.add(new Case("415 " + type + " " + path, "POST " + path + " HTTP/1.1\r\n" + planner + "Content-Type: " + type
                        + "\r\nContent-Length: " + plan.length + "\r\n", plan, 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type"));
            }
        }
        // 406: an answer in a type the endpoint cannot give
        for (String accept : List.of("text/csv", "application/xml", "image/png", "application/msword", "application/pdf")) {
            for (String path : List.of("/api/plans", "/api/tasks", "/api/tasks/copies")) {
                cases.add(new Case("406 " + accept + " " + path, "GET " + path + " HTTP/1.1\r\n" + planner + "Accept: " + accept + "\r\n",
                        null, 406, "NOT_ACCEPTABLE", null));
            }
        }
        // oversized bodies: told by Content-Length, or found while reading a chunked body; the 413 must arrive, not a reset
        byte[] bigJson = ("{\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("413 json", "POST /api/plans HTTP/1.1\r\n" + planner + "Content-Type: application/json\r\nContent-Length: "
                + bigJson.length + "\r\n", bigJson, 413, "BODY_TOO_LARGE", null));
        byte[] bigForm = ("comment=" + "x".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("413 form", "POST /api/tasks/1/claim HTTP/1.1\r\n" + planner
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bigForm.length + "\r\n", bigForm, 413,
                "BODY_TOO_LARGE", null));
        byte[] chunk = bigJson;
        byte[] chunked = concat((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII), chunk,
                "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        cases.add(new Case("413 chunked json", "POST /api/plans HTTP/1.1\r\n" + planner
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", chunked, 413, "BODY_TOO_LARGE", null));
        // path variables of the wrong type: no Java type in the answer
        for (String id : List.of("0x10", "0b1", "1_000", "+-1", "1L", "%E4%B8%80", "0x7fffffffffffffff1", "1%20", "~1")) {
            cases.add(new Case("path " + id + " plans", "GET /api/plans/" + id + " HTTP/1.1\r\n" + planner, null, 400, "TYPE_MISMATCH", "id"));
            cases.add(new Case("path " + id + " referral", "GET /api/disposal/referrals/" + id + " HTTP/1.1\r\nAuthorization: " + OFFICER
                    + "\r\n", null, 400, "TYPE_MISMATCH", "id"));
        }
        // control characters in JSON strings (escaped and raw), at the top, nested and in lists
        List<String> controls = List.of("\\u0000", "\\u0007", "\\u001b[31m", "\\u007f", "\\u0085", "\\u202a", "\\u202b", "\\u202c",
                "\\u202d", "\\u202e", "\\u2066", "\\u2067", "\\u2068", "\\u2069", "\u202E", "\u2066");
        for (String c : controls) {
            String label = c.startsWith("\\") ? c.substring(1) : String.format("raw U+%04X", (int) c.charAt(0));
            for (String[] shape : new String[][] {
                    {"{\"title\":\"抽查" + c + "计划\",\"kind\":\"ANNUAL\",\"planYear\":2027,\"items\":[]}", "title"},
                    {"{\"title\":\"抽查计划\",\"kind\":\"ANNUAL\",\"planYear\":2027,\"legalBasis\":\"法" + c + "\",\"items\":[]}", "legalBasis"},
                    {"{\"title\":\"抽查计划\",\"kind\":\"ANNUAL\",\"planYear\":2027,\"items\":[{\"productCode\":\"PLASTIC_BAG\",\"legalBasis\":\"a"
                            + c + "\"}]}", "items[0].legalBasis"}}) {
                byte[] body = shape[0].getBytes(StandardCharsets.UTF_8);
                cases.add(new Case("control " + label + " " + shape[1], "POST /api/plans HTTP/1.1\r\n" + planner
                        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body, 400, "CONTROL_CHARACTER", shape[1]));
            }
        }
        // ... in query parameters and in form fields
        for (String c : List.of("%00", "%07", "%1B", "%7F", "%C2%85", "%E2%80%AA", "%E2%80%AE", "%E2%81%A6", "%E2%81%A9")) {
            cases.add(new Case("control query " + c, "GET /api/tasks?product=a" + c + "b HTTP/1.1\r\n" + planner, null, 400,
                    "CONTROL_CHARACTER", "product"));
            byte[] form = ("comment=ok" + c + "&x=1").getBytes(StandardCharsets.US_ASCII);
            cases.add(new Case("control form " + c, "POST /api/tasks/1/claim HTTP/1.1\r\n" + planner
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length + "\r\n", form, 400,
                    "CONTROL_CHARACTER", "comment"));
        }
        // a control character in the query of an address without a handler: still the 404 problem, from /error
        cases.add(new Case("control query no handler", "GET /api/nothing?q=a%07b HTTP/1.1\r\n" + planner, null, 404, "NOT_FOUND", null));
        return cases;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    Raw send(Case c, String language) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String request = c.request() + "Host: localhost\r\nConnection: close\r\n" + (language == null ? "" : "Accept-Language: " + language + "\r\n") + "\r\n";
            out.write(request.getBytes(StandardCharsets.UTF_8));
            if (c.body() != null) {
                try {
                    out.write(c.body());
                } catch (IOException closedEarly) {
                    // the server may answer and close before the whole body is sent (413)
                }
            }
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(response);
            assertThat(status.find()).as(c.label() + ": " + response).isTrue();
            Matcher type = Pattern.compile("(?im)^Content-Type:\\s*([^\\r\\n]*)").matcher(response);
            int split = response.indexOf("\r\n\r\n");
            String body = split < 0 ? "" : response.substring(split + 4);
            if (Pattern.compile("(?im)^Transfer-Encoding:\\s*chunked").matcher(split < 0 ? response : response.substring(0, split)).find()) {
                body = dechunk(body);
            }
            return new Raw(Integer.parseInt(status.group(1)), type.find() ? type.group(1) : "", body);
        }
    }

    /** Chunk sizes count bytes; the body here is ASCII JSON with UTF-8 text, so decode chunk by chunk in bytes. */
    static String dechunk(String chunked) {
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length) {
            int lineEnd = i;
            while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(bytes, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    int stored() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM pln_plan) + (SELECT COUNT(*) FROM pln_enterprise)", Integer.class);
    }

    @Test
    void everyBadInputGetsProblemJsonWithARuleInChineseOrEnglishAndStoresNothing() throws IOException {
        List<Case> cases = cases();
        assertThat(cases.size()).isGreaterThanOrEqualTo(200 / 2); // each case runs twice: Chinese and English
        int before = stored();
        List<String> failures = new ArrayList<>();
        int inputs = 0;
        for (Case c : cases) {
            for (String language : new String[] {null, "en"}) {
                inputs++;
                Raw raw = send(c, language);
                String where = c.label() + (language == null ? "" : " [en]") + " → " + raw.status() + " " + raw.contentType() + " " + raw.body();
                if (raw.status() >= 500 || raw.status() < 400) {
                    failures.add("status: " + where);
                    continue;
                }
                if (!raw.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                    failures.add("type: " + where);
                    continue;
                }
                if (!raw.body().matches("(?s).*\"rule\"\\s*:\\s*\"[A-Z_]+\".*")) {
                    failures.add("rule: " + where);
                }
                if (c.status() != 0) {
                    if (raw.status() != c.status() || !raw.body().contains("\"rule\":\"" + c.rule() + "\"")) {
                        failures.add("expected " + c.status() + " " + c.rule() + ": " + where);
                    }
                    if (c.field() != null && !raw.body().contains("\"field\":\"" + c.field() + "\"")) {
                        failures.add("field " + c.field() + ": " + where);
                    }
                    Matcher english = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]*)\"").matcher(raw.body());
                    if (language != null && english.find() && CJK.matcher(english.group(1)).find()) {
                        failures.add("chinese in english: " + where);
                    }
                }
                if (raw.body().contains("java.") || raw.body().contains("Exception")) {
                    failures.add("java types: " + where);
                }
                Matcher detail = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]*)\"").matcher(raw.body());
                if (!detail.find()) {
                    failures.add("detail: " + where);
                } else if (language == null && !CJK.matcher(detail.group(1)).find()) {
                    failures.add("chinese: " + where);
                } else if (language != null && !detail.group(1).matches("(?s).*[A-Za-z]{3,}.*")) {
                    failures.add("english: " + where);
                }
            }
        }
        assertThat(inputs).isGreaterThanOrEqualTo(200);
        assertThat(failures).isEmpty();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aConversionErrorNamesTheParameterNotJavaTypes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/disposal/statistics?from=2027-02-30"))
                .header("Authorization", OFFICER).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"from\"").contains("TYPE_MISMATCH").doesNotContain("java.").doesNotContain("LocalDate");
    }
}
