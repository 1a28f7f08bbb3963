package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 "done means" (ADR 0017): openapi-generator 7.25.0 generates a Java client (native library, Jakarta
 * annotations, no JsonNullable) from the running app's /v3/api-docs; javax.tools compiles it together with
 * src/test/resources/generated-client/SpotCheckDriver.java, a driver written only against the generated classes;
 * the driver then takes a spot-check from a drafted plan to an issued report over HTTP. Everything generated and
 * compiled lives in app/target/generated-client. The client runs in its own class loader (it needs Jackson 2; the
 * app is on Jackson 3).
 *
 * <p>Runs in the profile {@code generated-client} only (its tools are copied there by maven-dependency-plugin):
 * {@code ./mvnw -B -pl app -am verify -Pgenerated-client}. Generation plus compilation take well over a minute on
 * a busy 2-core machine. The child processes are bounded by generous limits that only catch a hang; nothing waits
 * on a clock for the app.
 */
@Tag("generated-client")
class GeneratedClientTest extends SpotCheckE2e {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path TOOLS = TARGET.resolve("generated-client-tools");
    private static final Path WORK = TARGET.resolve("generated-client");
    private static final String BASE_PACKAGE = "org.spotcheck.generated";

    @Test
    void aGeneratedClientDrivesASpotCheckFromPlanToIssuedReport() throws Exception {
        Path generator = TOOLS.resolve("openapi-generator-cli.jar");
        assertThat(generator).as("openapi-generator-cli is copied by the profile: ./mvnw -pl app -am verify -Pgenerated-client").exists();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);

        // 1. the document the running app serves
        Path document = WORK.resolve("openapi.json");
        HttpResponse<Path> docs = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofFile(document));
        assertThat(docs.statusCode()).isEqualTo(200);

        // 2. openapi-generator, as an integrator runs it
        Path out = WORK.resolve("client");
        List<String> command = List.of(javaBinary(), "-Xmx512m", "-jar", generator.toString(), "generate",
                "-i", document.toString(), "-g", "java", "--library", "native", "-o", out.toString(),
                "--additional-properties=useJakartaEe=true,openApiNullable=false,hideGenerationTimestamp=true,"
                        + "invokerPackage=" + BASE_PACKAGE + ",apiPackage=" + BASE_PACKAGE + ".api,modelPackage=" + BASE_PACKAGE + ".model",
                "--global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false");
        Process generate = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("generator.log").toFile()).start();
        assertThat(generate.waitFor(10, TimeUnit.MINUTES)).as("the generator finishes").isTrue();
        assertThat(generate.exitValue()).as(Files.readString(WORK.resolve("generator.log"))).isZero();

        // 3. the generated sources and the driver compile together
        List<Path> sources;
        try (Stream<Path> files = Files.walk(out.resolve("src/main/java"))) {
            sources = new ArrayList<>(files.filter(f -> f.toString().endsWith(".java")).toList());
        }
        Path driver = WORK.resolve("SpotCheckDriver.java");
        try (var in = getClass().getResourceAsStream("/generated-client/SpotCheckDriver.java")) {
            Files.write(driver, in.readAllBytes());
        }
        sources.add(driver);
        // no key written by hand: the steps and the kinds of uploads are enums of the contract (issue 18 "done means")
        tools.jackson.databind.JsonNode schemas = Api.parse(Files.readString(document)).get("components").get("schemas");
        String driverSource = Files.readString(driver);
        for (String closedSet : List.of("TaskKey", "AttachmentKind")) {
            assertThat(schemas.get(closedSet)).as(closedSet + " is a named enum of the document").isNotNull();
            schemas.get(closedSet).get("enum").forEach(name ->
                    assertThat(driverSource).as(closedSet + " written by hand").doesNotContain("\"" + name.asString() + "\""));
        }
        List<Path> runtime = List.of("jackson-databind", "jackson-core", "jackson-annotations", "jackson-datatype-jsr310",
                "jakarta.annotation-api", "httpmime", "httpclient", "httpcore").stream().map(name -> TOOLS.resolve(name + ".jar")).toList();
        Path classes = WORK.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            compiled = javac.getTask(null, files, diagnostics,
                    List.of("-nowarn", "-encoding", "UTF-8", "-proc:none", "-d", classes.toString(), "-classpath",
                            String.join(File.pathSeparator, runtime.stream().map(Path::toString).toList())),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        assertThat(compiled).as(diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).map(Object::toString).toList().toString()).isTrue();

        // 4. a lab token for the LIMS steps, issued as the security administrator does
        Api.Response issued = api.post("secadmin", "/api/security/tokens", Map.of("labCode", "LAB1", "name", "generated client", "validDays", 1));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        Path signature = WORK.resolve("signed.png");
        Files.write(signature, Api.PNG);

        // 5. the driver, in a class loader of its own (generated client + Jackson 2; the JDK as parent)
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (Path jar : runtime) {
            urls.add(jar.toUri().toURL());
        }
        List<String> steps;
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> type = loader.loadClass(BASE_PACKAGE + ".driver.SpotCheckDriver");
            @SuppressWarnings("unchecked")
            List<String> result = (List<String>) type.getMethod("run", String.class, String.class, String.class, String.class,
                    String.class, String.class, Map.class, File.class).invoke(null, "http://localhost:" + port, Api.PASSWORD,
                    issued.get("token").asString(), "PLASTIC_BAG", "320100", "LAB1", SpotCheckFlow.PASSING_BAG, signature.toFile());
            steps = result;
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new AssertionError("the driver stopped: " + e.getCause().getMessage(), e.getCause());
        }

        assertThat(steps).as(steps.toString()).contains("reviewPlan by plan-reviewer", "approvePlan by plan-approver",
                "recordSampling", "confirmSampling", "receiveSample", "reviewReport by lab1-reviewer",
                "approveReport by lab1-approver", "report ISSUED");
        String caseCode = steps.stream().filter(s -> s.startsWith("case ")).findFirst().orElseThrow().split(" ")[1];
        // the server's own view agrees: a conforming batch closes the case
        assertThat(api.get("planner", "/api/cases/" + caseCode).get("ended").asBoolean()).as(steps.toString()).isTrue();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
