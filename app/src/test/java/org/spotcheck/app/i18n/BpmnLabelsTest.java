package org.spotcheck.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 17: the case page's diagram and timeline name every BPMN element in the reader's language. Each named
 * element of each process has its label in both bundles ({@code bpmn.<process>.<id>} for a gateway's question or a
 * flow's answer, else {@code step.<id>}, which the timeline uses too); the Chinese label is the BPMN's own name, so a
 * Chinese page reads what it read before, and the English one has no Chinese character.
 */
class BpmnLabelsTest {

    private static final Path PROCESSES = Path.of("src/main/resources/processes");
    private static final Set<String> NOT_LABELLED = Set.of("process", "message");

    @Test
    void everyNamedElementHasItsLabelInBothBundlesTheChineseOneTheBpmnsOwnName() throws Exception {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn20.xml")).sorted().toList()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                try (InputStream in = Files.newInputStream(file)) {
                    NodeList processes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "process");
                    for (int p = 0; p < processes.getLength(); p++) {
                        Element process = (Element) processes.item(p);
                        NodeList all = process.getElementsByTagNameNS("*", "*");
                        for (int i = 0; i < all.getLength(); i++) {
                            Element element = (Element) all.item(i);
                            String name = element.getAttribute("name").strip().replaceAll("\\s+", " ");
                            if (name.isEmpty() || NOT_LABELLED.contains(element.getLocalName())) {
                                continue;
                            }
                            checked++;
                            String id = element.getAttribute("id");
                            String key = zh.containsKey("bpmn." + process.getAttribute("id") + "." + id)
                                    ? "bpmn." + process.getAttribute("id") + "." + id : "step." + id;
                            String where = file.getFileName() + " " + element.getLocalName() + " " + id + " (" + name + ")";
                            if (!name.equals(zh.getProperty(key))) {
                                problems.add(where + ": zh " + key + "=" + zh.getProperty(key));
                            }
                            String english = en.getProperty(key);
                            if (english == null || english.isBlank() || english.codePoints()
                                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                                problems.add(where + ": en " + key + "=" + english);
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).as("named BPMN elements found").isGreaterThan(150);
        assertThat(problems).isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources").resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
