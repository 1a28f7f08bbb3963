package org.spotcheck.app.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the end-to-end tests: real server, real HTTP Basic login, JSON in and out. */
public final class Api {

    public static final String PASSWORD = "Spotcheck-Demo-1";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private java.util.function.Consumer<Exchange> recorder = exchange -> {
    };

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** The server's address, e.g. http://localhost:4711. */
    public String base() {
        return base;
    }

    /**
     * A request and the server's answer, as sent and received (for ApiContractTest).
     *
     * @param requestBody the JSON sent, or null
     * @param contentType the answer's Content-Type header, or null
     */
    public record Exchange(String method, String path, String requestBody, int status, String contentType, String body) {
    }

    /** Passes every request made through this client, and its answer, to {@code recorder}. */
    public Api recordingTo(java.util.function.Consumer<Exchange> recorder) {
        this.recorder = recorder;
        return this;
    }

    /**
     * Any request with the given headers (e.g. {@code Authorization: Bearer ...}, {@code Idempotency-Key}) and
     * a JSON body (or none); recorded like the others.
     */
    public HttpResponse<String> exchange(String method, String path, Map<String, String> headers, Object body) {
        String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return sendRecorded(request.timeout(Duration.ofSeconds(60)).build(), json);
    }

    private HttpResponse<String> sendRecorded(HttpRequest request, String json) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            recorder.accept(new Exchange(request.method(), request.uri().getRawPath(), json, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body()));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, body as JSON (or null), and the raw body. */
    public record Response(int status, JsonNode json, String body) {
        public JsonNode get(String field) {
            return json.get(field);
        }

        /** The field names of the RFC 9457 problem's {@code errors}. */
        public List<String> errorFields() {
            return json.has("errors") ? json.get("errors").valueStream().map(e -> e.get("field").asString()).toList() : List.of();
        }

        public String rule() {
            return json != null && json.has("rule") ? json.get("rule").asString() : null;
        }
    }

    /** A tiny valid PNG (1×1 pixel). */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /** Uploads a file as multipart/form-data, the way a browser does. */
    public Response upload(String user, String caseCode, String kind, String filename, String contentType, byte[] content) {
        Multipart form = new Multipart().part("kind", null, kind.getBytes(StandardCharsets.UTF_8))
                .file("file", filename, contentType, content);
        return send(user, form.post(URI.create(base + "/api/cases/" + caseCode + "/attachments")));
    }

    /** A multipart/form-data body built part by part, as a browser or the offline app sends a form with files. */
    public static final class Multipart {
        private final String boundary = "----spotcheck" + System.nanoTime();
        private final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();

        /** A part without a file name; {@code contentType} may be null. */
        public Multipart part(String name, String contentType, byte[] content) {
            return write("form-data; name=\"" + name + "\"", contentType, content);
        }

        public Multipart file(String name, String filename, String contentType, byte[] content) {
            return write("form-data; name=\"" + name + "\"; filename=\"" + filename + "\"", contentType, content);
        }

        private Multipart write(String disposition, String contentType, byte[] content) {
            String head = "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        HttpRequest.Builder post(URI uri) {
            byte[] bytes = body.toByteArray();
            byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + end.length);
            System.arraycopy(end, 0, all, bytes.length, end.length);
            return HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(all));
        }
    }

    /** Posts a multipart form with extra request headers (e.g. Idempotency-Key); the response headers come back too. */
    public HttpResponse<String> postMultipart(String user, String path, Multipart form, Map<String, String> headers) {
        HttpRequest.Builder request = form.post(URI.create(base + path));
        headers.forEach(request::header);
        authorize(user, request);
        return sendRecorded(request.timeout(Duration.ofSeconds(60)).build(), null);
    }

    /** The raw body of a GET that must succeed (PDFs, files). */
    public byte[] getBytes(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " as " + user + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String user, String path, Object body) {
        String json = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), json.isEmpty() ? null : json);
    }

    /** Posts JSON with extra request headers (e.g. Idempotency-Key); the response headers come back too. */
    public HttpResponse<String> postWithHeaders(String user, String path, Object body, Map<String, String> headers) {
        String json = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        authorize(user, request);
        return sendRecorded(request.timeout(Duration.ofSeconds(60)).build(), json);
    }

    /** A binary GET (a PDF): the raw response. */
    public HttpResponse<byte[]> bytes(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        authorize(user, request);
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    /** A decimal of an answer: always a JSON string keeping its scale (issue 18.3, ADR 0017 decision 12), never a number. */
    public static java.math.BigDecimal decimal(JsonNode value) {
        if (value == null || !value.isString()) {
            throw new AssertionError("a decimal is a JSON string, not " + value);
        }
        return new java.math.BigDecimal(value.asString());
    }

    private static void authorize(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
    }

    public Response put(String user, String path, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), json);
    }

    public Response delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Uploads one file as multipart/form-data field {@code file}. */
    public Response upload(String user, String path, String filename, byte[] content) {
        return send(user, new Multipart().file("file", filename, "application/octet-stream", content).post(URI.create(base + path)));
    }

    private Response send(String user, HttpRequest.Builder request) {
        return send(user, request, null);
    }

    private Response send(String user, HttpRequest.Builder request, String sentJson) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        request.timeout(Duration.ofSeconds(60));
        HttpResponse<String> response = sendRecorded(request.build(), sentJson);
        String body = response.body();
        JsonNode json = body == null || body.isBlank() || !(body.startsWith("{") || body.startsWith("[")) ? null : JSON.readTree(body);
        return new Response(response.statusCode(), json, body);
    }

    // ------------------------------------------------------------------ domain helpers

    /**
     * A one-item annual plan. The item is an emergency check (R3): the suite checks the same few
     * demo enterprises many times a day, which the 6-month duplicate rule (Order 18 art. 8) would
     * refuse; DuplicateRuleTest covers that rule.
     */
    public static Map<String, Object> planCommand(String title, String product, String region, String lab) {
        return Map.of("title", title, "kind", "ANNUAL", "planYear", 2027, "legalBasis", "《产品质量法》第十五条",
                "items", List.of(Map.of("productCode", product, "regionCode", region, "labCode", lab, "batches", 1,
                        "quarter", 2, "budget", "6000", "reason", "HEALTH_SAFETY_RISK", "emergency", true)));
    }

    /** The id of the task with this key on this business key in the user's inbox, or null. */
    public String taskId(String user, String businessKey, String taskKey) {
        Response inbox = get(user, "/api/tasks");
        if (inbox.status() != 200) {
            throw new AssertionError("inbox of " + user + ": " + inbox.status() + " " + inbox.body());
        }
        for (JsonNode task : inbox.json()) {
            if (businessKey.equals(task.get("businessKey").asString()) && taskKey.equals(task.get("taskKey").asString())) {
                return task.get("id").asString();
            }
        }
        return null;
    }

    public Response complete(String user, String taskId, Object form) {
        return post(user, "/api/tasks/" + taskId + "/complete", form);
    }
}
