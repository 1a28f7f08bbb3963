package org.spotcheck.app.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BpmnSvgRendererTest {

    private static final String SAMPLE = "/diagram/sample-with-di.bpmn20.xml";

    private final BpmnSvgRenderer renderer = new BpmnSvgRenderer();

    @Test
    void rendersDiagramWithStatesAndTakenFlows() throws Exception {
        BpmnModel model = loadSample();

        String svg = renderer.render(model, Set.of("start", "reviewPlan"), Set.of("decide"), Set.of("f1", "f2"),
                id -> null);

        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isNotBlank();
        // bounding box x 30..558, y 80..220 (incl. waypoints) plus a 20px margin
        assertThat(root.getAttribute("viewBox")).isEqualTo("10 60 568 180");
        assertThat(doc.getElementsByTagNameNS("*", "style").getLength()).isEqualTo(1);

        assertThat(svg).contains("审核计划");
        assertThat(textOf(doc, "el-reviewPlan")).contains("审核计划");

        assertThat(byId(doc, "el-reviewPlan").getAttribute("data-state")).isEqualTo("completed");
        assertThat(classes(byId(doc, "el-reviewPlan"))).contains("completed");
        assertThat(byId(doc, "el-start").getAttribute("data-state")).isEqualTo("completed");
        assertThat(byId(doc, "el-decide").getAttribute("data-state")).isEqualTo("current");
        assertThat(classes(byId(doc, "el-decide"))).contains("current");
        assertThat(byId(doc, "el-notify").getAttribute("data-state")).isEqualTo("pending");
        assertThat(byId(doc, "el-end").getAttribute("data-state")).isEqualTo("pending");

        assertThat(classes(byId(doc, "el-f1"))).contains("taken");
        assertThat(classes(byId(doc, "el-f2"))).contains("taken");
        assertThat(classes(byId(doc, "el-f3"))).doesNotContain("taken");
        assertThat(classes(byId(doc, "el-f5"))).doesNotContain("taken");
        assertThat(textOf(doc, "el-f5")).contains("驳回");

        // self-contained: no scripts, no external references
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(svg).doesNotContain("href").doesNotContain("<image").doesNotContain("@import");
    }

    @Test
    void wrapsLongCjkLabelsByCharacterCount() throws Exception {
        String longLabel = "对抽样计划进行全面的审核与确认";
        String svg = renderer.render(loadSample(), Set.of(), Set.of(), Set.of(),
                id -> "reviewPlan".equals(id) ? longLabel : null);

        Document doc = parse(svg);
        NodeList tspans = byId(doc, "el-reviewPlan").getElementsByTagNameNS("*", "tspan");
        assertThat(tspans.getLength()).isGreaterThanOrEqualTo(2);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < tspans.getLength(); i++) {
            String line = tspans.item(i).getTextContent();
            assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(120 / 13);
            joined.append(line);
        }
        assertThat(joined.toString()).isEqualTo(longLabel);
    }

    @Test
    void labelFunctionOverridesNameAndFallsBackToName() throws Exception {
        Function<String, String> labels = id -> "notify".equals(id) ? "通知抽样组" : null;
        Document doc = parse(renderer.render(loadSample(), null, null, null, labels));

        assertThat(textOf(doc, "el-notify")).contains("通知抽样组").doesNotContain("Notify");
        assertThat(textOf(doc, "el-reviewPlan")).contains("审核计划");
        assertThat(byId(doc, "el-reviewPlan").getAttribute("data-state")).isEqualTo("pending");
    }

    @Test
    void modelWithoutDiagramInterchangeGivesFallbackSvg() throws Exception {
        BpmnModel model = new BpmnModel();
        Process process = new Process();
        process.setId("noDi");
        StartEvent start = new StartEvent();
        start.setId("start");
        process.addFlowElement(start);
        model.addProcess(process);

        String svg = renderer.render(model, Set.of("start"), Set.of(), Set.of(), id -> null);

        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg).contains("no diagram layout");
        assertThat(svg).doesNotContain("el-start");

        assertThat(renderer.render(null, null, null, null, null)).contains("no diagram layout");
    }

    @Test
    void escapesMarkupInLabels() throws Exception {
        String evil = "<script>alert('x')</script> & \"q\"";
        String svg = renderer.render(loadSample(), Set.of(), Set.of("reviewPlan"), Set.of(),
                id -> "reviewPlan".equals(id) || "f3".equals(id) ? evil : null);

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;").contains("&amp;")
                .contains("&apos;").contains("&quot;");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(textOf(doc, "el-f3")).contains("<script>alert('x')</script>");
        assertThat(byId(doc, "el-reviewPlan").getAttribute("data-state")).isEqualTo("current");
    }

    // ------------------------------------------------------------------ helpers

    private static BpmnModel loadSample() throws Exception {
        try (InputStream in = BpmnSvgRendererTest.class.getResourceAsStream(SAMPLE)) {
            assertThat(in).as("test resource %s", SAMPLE).isNotNull();
            BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), false, false);
            assertThat(model.getLocationMap()).containsKeys("start", "reviewPlan", "decide", "notify", "end");
            return model;
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    private static List<String> classes(Element element) {
        return new ArrayList<>(List.of(element.getAttribute("class").trim().split("\\s+")));
    }

    /** Visible text of a group (tspans / text), excluding the tooltip title. */
    private static String textOf(Document doc, String id) {
        NodeList texts = byId(doc, id).getElementsByTagNameNS("*", "text");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            out.append(texts.item(i).getTextContent());
        }
        return out.toString();
    }
}
