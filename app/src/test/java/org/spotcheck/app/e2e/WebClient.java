package org.spotcheck.app.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A low-level HTTP client for the security tests: any credentials (HTTP Basic, a Bearer token, a
 * page session with its cookies), any headers, redirects not followed, response headers kept.
 */
final class WebClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String authorization;
    private final Map<String, String> headers = new LinkedHashMap<>();

    WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** The same browser (the same cookies, so the same page session) talking to another node (issue 15). */
    WebClient onPort(int port) {
        WebClient other = new WebClient(port);
        copySessionTo(other);
        return other;
    }

    static WebClient basic(int port, String user, String password) {
        WebClient client = new WebClient(port);
        client.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client;
    }

    static WebClient bearer(int port, String token) {
        WebClient client = new WebClient(port);
        client.authorization = "Bearer " + token;
        return client;
    }

    WebClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A response as the server sent it. */
    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        }

        String location() {
            return headers.firstValue("Location").orElse("");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String rule() {
            JsonNode json = json();
            return json != null && json.has("rule") ? json.get("rule").asString() : null;
        }

        String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF token on the page");
            }
            return m.group(1);
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply postJson(String path, Object body) {
        String json = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Reply putJson(String path, Object body) {
        String json = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A form post; {@code csrf} may be null to leave the token out. */
    Reply postForm(String path, Map<String, List<String>> fields, String csrf) {
        String body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        if (csrf != null) {
            body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf);
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    static Map<String, List<String>> form(String... nameValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return fields;
    }

    /** Page login with the login form; returns the response to the login post (302). */
    Reply login(String user, String password) {
        Reply page = get("/login");
        return postForm("/login", form("username", user, "password", password), page.csrf());
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** This client with a page session cookie saved earlier (the cluster test's check that sessions survive). */
    WebClient withSessionCookie(String value) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
        return this;
    }

    /** Sends this client's session cookie with another request (for example to the API). */
    void copySessionTo(WebClient other) {
        cookies.getCookieStore().getCookies().forEach(c -> other.cookies.getCookieStore().add(URI.create(base), c));
    }

    static String path(String location) {
        return location.replaceAll("^https?://[^/]+", "");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
