package org.spotcheck.app.web.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;

/**
 * Reads every rule code the code base can answer, with its HTTP status, from the sources of all modules
 * ({@code src/main/java}): the throw sites of the shared-kernel exceptions (their class decides the status, as
 * ApiExceptionHandler does), the field rules ({@code InvalidInputException.of}, {@code FieldViolation}, an import
 * row's {@code fail}, a result's {@code ResultRefusedException}: 400), every {@code HttpStatus.X, "RULE"} pair of the
 * handlers and filters, the status → rule switch of ProblemErrorController, and the Bean Validation constraints in
 * use (their simple names are field rules). A rule passed on from a variable is not a new code and is skipped.
 */
final class ProblemRuleScan {

    private static final Pattern THROW = Pattern.compile("(?:new\\s+(?:[\\w.]+\\.)?(InvalidInputException|RuleViolationException|"
            + "ConflictException|AccessRefusedException|ResultRefusedException|FieldViolation|NotFoundException|OutOfScopeException)"
            + "|(InvalidInputException)\\.of|(?:\\.|\\b)(fail))\\s*\\(");
    private static final Pattern STATUS_AND_RULE = Pattern.compile("HttpStatus\\.([A-Z_]+)\\s*,\\s*");
    private static final Pattern CASE = Pattern.compile("case\\s+([A-Z_]+)(?:\\s*,\\s*[A-Z_]+)*\\s*->\\s*");
    private static final Pattern CONSTRAINT = Pattern.compile("import\\s+jakarta\\.validation\\.constraints\\.([A-Z]\\w+);");
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9_]{2,})\"");
    private static final Pattern CONSTANT = Pattern.compile("(?:(\\w+)\\.)?([A-Z][A-Z0-9_]*)");

    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.spotcheck\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");
    private static final Pattern MODULE_API = Pattern.compile("org\\.spotcheck\\.(planning|sampling|testing|disposal)\\.api");

    private final Map<String, String> sources = new TreeMap<>();
    final TreeMap<String, TreeSet<Integer>> rules = new TreeMap<>();
    /** The rule codes thrown in each source file. */
    private final Map<String, TreeSet<String>> byFile = new TreeMap<>();
    private String current;
    final List<String> passedOn = new ArrayList<>();

    ProblemRuleScan(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("src" + java.io.File.separator
                    + "main" + java.io.File.separator + "java")).toList()) {
                sources.put(file.toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sources.forEach(this::scan);
    }

    private void scan(String file, String source) {
        current = file;
        Matcher thrown = THROW.matcher(source);
        while (thrown.find()) {
            String kind = thrown.group(1) != null ? thrown.group(1) : thrown.group(2) != null ? "of" : "fail";
            switch (kind) {
                case "NotFoundException", "OutOfScopeException" -> add("NOT_FOUND", 404);
                case "ConflictException" -> rulesOf(file, source, thrown.end(), 0).forEach(r -> add(r, 409));
                case "AccessRefusedException" -> rulesOf(file, source, thrown.end(), 0).forEach(r -> add(r, 403));
                case "ResultRefusedException" -> rulesOf(file, source, thrown.end(), 0).forEach(r -> add(r, 400));
                case "RuleViolationException" -> rulesOf(file, source, thrown.end(), 1).forEach(r -> add(r, 422));
                default -> rulesOf(file, source, thrown.end(), 1).forEach(r -> add(r, 400)); // field rules
            }
        }
        Matcher status = STATUS_AND_RULE.matcher(source);
        while (status.find()) {
            int code = HttpStatus.valueOf(status.group(1)).value();
            if (code >= 400) {
                rulesOf(file, source, status.end(), -1).forEach(r -> add(r, code));
            }
        }
        if (source.contains("HttpStatus status")) {
            Matcher branch = CASE.matcher(source);
            while (branch.find()) {
                HttpStatus known = Stream.of(HttpStatus.values()).filter(s -> s.name().equals(branch.group(1))).findFirst().orElse(null);
                if (known != null && known.value() >= 400) {
                    rulesOf(file, source, branch.end(), -1).forEach(r -> add(r, known.value()));
                }
            }
        }
        Matcher constraint = CONSTRAINT.matcher(source);
        while (constraint.find()) {
            add(constraint.group(1), 400);
        }
    }

    private void add(String rule, int status) {
        rules.computeIfAbsent(rule, r -> new TreeSet<>()).add(status);
        byFile.computeIfAbsent(current, f -> new TreeSet<>()).add(rule);
    }

    /**
     * The rule codes each REST controller (by the simple name of its file's class) can give: those thrown in the
     * packages it reaches, starting from its own package and following every reference to a package of the code base
     * (imports and qualified names), where a module's {@code api} package stands for the whole module that implements
     * it. Coarser than a call graph (a package counts as a whole), but derived from the code, never written by hand.
     */
    TreeMap<String, TreeSet<String>> byController() {
        Map<String, List<String>> filesByPackage = new TreeMap<>();
        Map<String, TreeSet<String>> references = new TreeMap<>();
        sources.forEach((file, source) -> {
            String pkg = packageOf(source);
            filesByPackage.computeIfAbsent(pkg, p -> new ArrayList<>()).add(file);
            Matcher reference = REFERENCE.matcher(source);
            while (reference.find()) {
                references.computeIfAbsent(pkg, p -> new TreeSet<>()).add("org.spotcheck." + reference.group(1));
            }
        });
        TreeMap<String, TreeSet<String>> out = new TreeMap<>();
        sources.forEach((file, source) -> {
            if (!source.contains("RestController") || !source.contains("\"/api/")) {
                return;
            }
            java.util.Set<String> reached = new java.util.HashSet<>();
            java.util.Deque<String> open = new java.util.ArrayDeque<>(List.of(packageOf(source)));
            while (!open.isEmpty()) {
                String pkg = open.pop();
                if (!reached.add(pkg)) {
                    continue;
                }
                Matcher api = MODULE_API.matcher(pkg);
                if (api.matches()) {
                    filesByPackage.keySet().stream().filter(p -> p.startsWith("org.spotcheck." + api.group(1) + ".")).forEach(open::push);
                }
                references.getOrDefault(pkg, new TreeSet<>()).forEach(open::push);
            }
            TreeSet<String> codes = new TreeSet<>();
            reached.forEach(pkg -> filesByPackage.getOrDefault(pkg, List.of())
                    .forEach(f -> codes.addAll(byFile.getOrDefault(f, new TreeSet<>()))));
            String name = Path.of(file).getFileName().toString().replace(".java", "");
            out.merge(name, codes, (a, b) -> {
                a.addAll(b);
                return a;
            });
        });
        return out;
    }

    private static String packageOf(String source) {
        Matcher pkg = Pattern.compile("(?m)^package\\s+([\\w.]+);").matcher(source);
        return pkg.find() ? pkg.group(1) : "";
    }

    /** The rule codes of the argument at {@code index} of the call whose arguments start at {@code from} (-1: the one there). */
    private List<String> rulesOf(String file, String source, int from, int index) {
        String argument = index < 0 ? expression(source, from) : argument(source, from, index);
        if (argument == null) {
            return List.of();
        }
        argument = argument.strip();
        if (argument.matches("\"[A-Z][A-Za-z0-9_]*\"")) {
            return List.of(argument.substring(1, argument.length() - 1));
        }
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(argument);
        while (code.find()) {
            codes.add(code.group(1));
        }
        if (codes.isEmpty()) {
            Matcher constant = CONSTANT.matcher(argument);
            String value = constant.matches() ? constantValue(file, constant.group(1), constant.group(2)) : null;
            if (value != null) {
                return List.of(value);
            }
            passedOn.add(Path.of(file).getFileName() + ": " + argument);
        }
        return codes;
    }

    private String constantValue(String file, String owner, String name) {
        Pattern declared = Pattern.compile("\\b" + name + "\\s*=\\s*\"([A-Za-z0-9_]+)\"");
        for (Map.Entry<String, String> source : sources.entrySet()) {
            boolean here = owner == null ? source.getKey().equals(file)
                    : source.getKey().endsWith(java.io.File.separator + owner + ".java");
            Matcher m = here ? declared.matcher(source.getValue()) : null;
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The text of the expression at {@code from} up to the next top-level comma, closing bracket or semicolon. */
    private static String expression(String source, int from) {
        String rest = argument(source, from, 0);
        return rest;
    }

    /** The argument at {@code index} (0-based) of a call whose arguments start at {@code from}, or null. */
    private static String argument(String source, int from, int index) {
        int depth = 0;
        int argument = 0;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, Math.min(end + 1, source.length()));
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}' || c == ';' || (c == ',' && depth == 0)) {
                if (depth == 0 || c == ';') {
                    if (argument == index) {
                        return current.toString();
                    }
                    if (c != ',') {
                        return null;
                    }
                    argument++;
                    current.setLength(0);
                    continue;
                }
                depth--;
            }
            current.append(c);
        }
        return null;
    }
}
