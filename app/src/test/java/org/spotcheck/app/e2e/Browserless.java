package org.spotcheck.app.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A logged-in page session without a browser: form login, session cookie, CSRF tokens from the pages. */
final class Browserless {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    /** A visitor who has not logged in (public pages). */
    static Browserless anonymous(int port) {
        return new Browserless(port, null);
    }

    /** Logs in as {@code user}; a null user browses anonymously. */
    Browserless(int port, String user) {
        this.base = "http://localhost:" + port;
        if (user == null) {
            return;
        }
        Page login = get("/login");
        Page result = post("/login", Map.of("username", List.of(user), "password", List.of(Api.PASSWORD)), login.csrf());
        if (result.status() != 302 || result.location().contains("error")) {
            throw new AssertionError("login of " + user + " failed: " + result.status() + " " + result.location());
        }
    }

    /** A page as the server sent it. */
    record Page(int status, String body, String location) {
        String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF token on the page");
            }
            return m.group(1);
        }
    }

    /**
     * A form's fields as a browser posts them, one value each, in this order: a name, its value, the next name...
     * The map may be changed (a test corrects a field and posts again).
     */
    static Map<String, List<String>> form(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a name without its value");
        }
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return fields;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form the way a browser does, with the page's CSRF token. */
    Page post(String path, Map<String, List<String>> fields, String csrf) {
        String body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts one file as multipart/form-data, with the page's CSRF token as a form field. */
    Page upload(String path, String filename, byte[] content, String csrf) {
        String boundary = "----spotcheck" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Opens the task page and submits its form with these fields. */
    Page completeTask(String taskId, Map<String, List<String>> fields) {
        Page page = get("/tasks/" + taskId);
        if (page.status() != 200) {
            throw new AssertionError("task page " + taskId + ": " + page.status());
        }
        return post("/tasks/" + taskId + "/complete", fields, page.csrf());
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
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
