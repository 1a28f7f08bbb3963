package org.spotcheck.app.workflow.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.Artifact;
import org.flowable.bpmn.model.Association;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ErrorEventDefinition;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.EventDefinition;
import org.flowable.bpmn.model.EventGateway;
import org.flowable.bpmn.model.EventSubProcess;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.InclusiveGateway;
import org.flowable.bpmn.model.Lane;
import org.flowable.bpmn.model.MessageEventDefinition;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Pool;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.SignalEventDefinition;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.TerminateEventDefinition;
import org.flowable.bpmn.model.TextAnnotation;
import org.flowable.bpmn.model.ThrowEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link BpmnModel} that carries BPMN DI (diagram interchange) information as a
 * self-contained SVG string, highlighting completed and current activities and taken sequence flows.
 *
 * <p>Pure string building: no AWT, no Flowable image generator, no external resources and no
 * JavaScript in the output. Every text that ends up in the SVG is XML-escaped.
 *
 * <p>Output contract (relied upon by tests and the case page):
 * <ul>
 *   <li>root {@code <svg class="bpmn-diagram" width="100%" role="img" aria-label="..." viewBox="...">},
 *       the view box being the bounding box of all shapes and waypoints plus a 20px margin;</li>
 *   <li>each flow node is drawn in a {@code <g id="el-<elementId>" class="el <state> ..."
 *       data-state="completed|current|pending">};</li>
 *   <li>each sequence flow is drawn in a {@code <g id="el-<flowId>" class="flow [taken]"
 *       data-state="taken|pending">};</li>
 *   <li>a model without DI yields a small SVG reading "no diagram layout".</li>
 * </ul>
 * The state of an activity that is both completed and current (e.g. a loop) is {@code current}.
 */
@Component
public class BpmnSvgRenderer {

    static final double MARGIN = 20;
    static final double FONT_SIZE = 12;
    static final double LINE_HEIGHT = 14;
    /** Approximate advance of a CJK / full-width glyph at 12px (about width/13 characters per line). */
    static final double WIDE_CHAR_WIDTH = 13;
    /** Approximate advance of a Latin glyph at 12px. */
    static final double NARROW_CHAR_WIDTH = 7;
    static final String NO_LAYOUT_TEXT = "no diagram layout";

    private static final String STATE_COMPLETED = "completed";
    private static final String STATE_CURRENT = "current";
    private static final String STATE_PENDING = "pending";

    private static final String STYLE = String.join("",
            ".bpmn-diagram text{font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',",
            "'Noto Sans CJK SC',sans-serif;font-size:12px;fill:#212529}",
            ".bpmn-diagram .shape{fill:#fff;stroke:#6c757d;stroke-width:1.5}",
            ".bpmn-diagram .container-shape{fill:#fff;fill-opacity:0.6}",
            ".bpmn-diagram .el.completed .shape{fill:#d1e7dd;stroke:#198754}",
            ".bpmn-diagram .el.current .shape{fill:#fff3cd;stroke:#fd7e14;stroke-width:3}",
            ".bpmn-diagram .el .shape.call{stroke-width:3}",
            ".bpmn-diagram .el .shape.thick{stroke-width:4}",
            ".bpmn-diagram .el .shape.dashed{stroke-dasharray:5 3}",
            ".bpmn-diagram .el .shape.inner{fill:none;stroke-width:1.2}",
            ".bpmn-diagram .marker{fill:none;stroke:#495057;stroke-width:1.2;stroke-linecap:round}",
            ".bpmn-diagram .marker.bold{stroke-width:3}",
            ".bpmn-diagram .marker-fill{fill:#495057;stroke:none}",
            ".bpmn-diagram .gear{fill:none;stroke:#495057;stroke-width:3;stroke-dasharray:2.2 1.7}",
            ".bpmn-diagram .flow path{fill:none;stroke:#6c757d;stroke-width:1.5;stroke-linejoin:round}",
            ".bpmn-diagram .flow.taken path{stroke:#198754;stroke-width:2.5}",
            ".bpmn-diagram .flow-label{font-size:10px;fill:#495057;paint-order:stroke;stroke:#fff;",
            "stroke-width:3px;stroke-linejoin:round}",
            ".bpmn-diagram .association path{fill:none;stroke:#adb5bd;stroke-width:1;stroke-dasharray:3 3}",
            ".bpmn-diagram .annotation path{fill:none;stroke:#adb5bd;stroke-width:1.2}",
            ".bpmn-diagram .pool rect,.bpmn-diagram .lane rect{fill:none;stroke:#ced4da;stroke-width:1}",
            ".bpmn-diagram .arrowhead{fill:#6c757d}",
            ".bpmn-diagram .arrowhead.taken{fill:#198754}",
            ".bpmn-diagram .no-layout rect{fill:#f8f9fa;stroke:#dee2e6}",
            ".bpmn-diagram .no-layout text{fill:#6c757d}");

    /**
     * Renders the diagram.
     *
     * @param model                 the parsed BPMN model (with DI); {@code null} or a model without DI gives the
     *                              "no diagram layout" SVG
     * @param completedActivityIds  ids of finished flow nodes (may be {@code null})
     * @param currentActivityIds    ids of active flow nodes (may be {@code null}); wins over completed
     * @param takenFlowIds          ids of sequence flows already traversed (may be {@code null})
     * @param labels                optional label override per element id (may be {@code null} or return
     *                              {@code null}); otherwise the element's name is used
     * @return a standalone {@code <svg>} document fragment
     */
    public String render(BpmnModel model, Set<String> completedActivityIds, Set<String> currentActivityIds,
                         Set<String> takenFlowIds, Function<String, String> labels) {
        Set<String> completed = completedActivityIds == null ? Set.of() : completedActivityIds;
        Set<String> current = currentActivityIds == null ? Set.of() : currentActivityIds;
        Set<String> taken = takenFlowIds == null ? Set.of() : takenFlowIds;

        if (model == null || !hasLayout(model)) {
            return noLayoutSvg();
        }

        Map<String, FlowElement> elements = new LinkedHashMap<>();
        Map<String, Artifact> artifacts = new LinkedHashMap<>();
        for (Process process : model.getProcesses()) {
            collect(process, elements, artifacts);
        }

        Bounds bounds = bounds(model);
        double vx = bounds.minX - MARGIN;
        double vy = bounds.minY - MARGIN;
        double vw = bounds.maxX - bounds.minX + 2 * MARGIN;
        double vh = bounds.maxY - bounds.minY + 2 * MARGIN;

        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bpmn-diagram\"")
                .append(" viewBox=\"").append(fmt(vx)).append(' ').append(fmt(vy)).append(' ')
                .append(fmt(vw)).append(' ').append(fmt(vh)).append('"')
                .append(" width=\"100%\" preserveAspectRatio=\"xMidYMin meet\"")
                .append(" style=\"max-width:").append(fmt(vw)).append("px\"")
                .append(" role=\"img\" aria-label=\"").append(escape(ariaLabel(model))).append("\">\n");
        svg.append("<style>").append(STYLE).append("</style>\n");
        svg.append("<defs>")
                .append(arrowMarker("bpmn-arrow", "arrowhead"))
                .append(arrowMarker("bpmn-arrow-taken", "arrowhead taken"))
                .append("</defs>\n");

        // 1. pools and lanes (background)
        for (Pool pool : model.getPools()) {
            GraphicInfo gi = model.getGraphicInfo(pool.getId());
            if (gi != null) {
                drawSwimlane(svg, "pool", pool.getId(), gi, label(pool.getId(), pool.getName(), labels));
            }
        }
        for (Process process : model.getProcesses()) {
            for (Lane lane : process.getLanes()) {
                GraphicInfo gi = model.getGraphicInfo(lane.getId());
                if (gi != null) {
                    drawSwimlane(svg, "lane", lane.getId(), gi, label(lane.getId(), lane.getName(), labels));
                }
            }
        }

        // 2. expanded sub-processes (containers, outer before inner)
        List<FlowElement> nodes = new ArrayList<>();
        List<BoundaryEvent> boundaryEvents = new ArrayList<>();
        List<SequenceFlow> flows = new ArrayList<>();
        for (FlowElement element : elements.values()) {
            if (element instanceof SequenceFlow flow) {
                flows.add(flow);
            } else if (element instanceof BoundaryEvent boundary) {
                boundaryEvents.add(boundary);
            } else if (element instanceof SubProcess sub && isExpanded(model, sub)) {
                GraphicInfo gi = model.getGraphicInfo(sub.getId());
                if (gi != null) {
                    drawExpandedSubProcess(svg, sub, gi, state(sub.getId(), completed, current),
                            label(sub.getId(), sub.getName(), labels));
                }
            } else {
                nodes.add(element);
            }
        }

        // 3. connections
        for (Artifact artifact : artifacts.values()) {
            if (artifact instanceof Association) {
                List<GraphicInfo> waypoints = model.getFlowLocationGraphicInfo(artifact.getId());
                if (waypoints != null && waypoints.size() >= 2) {
                    svg.append("<g id=\"el-").append(escape(artifact.getId())).append("\" class=\"association\">")
                            .append("<path d=\"").append(polyline(waypoints)).append("\"/></g>\n");
                }
            }
        }
        for (SequenceFlow flow : flows) {
            List<GraphicInfo> waypoints = model.getFlowLocationGraphicInfo(flow.getId());
            if (waypoints != null && waypoints.size() >= 2) {
                drawSequenceFlow(svg, flow, waypoints, taken.contains(flow.getId()),
                        label(flow.getId(), flow.getName(), labels));
            }
        }

        // 4. flow nodes and annotations
        for (FlowElement element : nodes) {
            GraphicInfo gi = model.getGraphicInfo(element.getId());
            if (gi != null) {
                drawNode(svg, model, element, gi, state(element.getId(), completed, current),
                        label(element.getId(), element.getName(), labels));
            }
        }
        for (Artifact artifact : artifacts.values()) {
            if (artifact instanceof TextAnnotation annotation) {
                GraphicInfo gi = model.getGraphicInfo(annotation.getId());
                if (gi != null) {
                    drawAnnotation(svg, annotation, gi, label(annotation.getId(), annotation.getText(), labels));
                }
            }
        }

        // 5. boundary events on top of their hosts
        for (BoundaryEvent boundary : boundaryEvents) {
            GraphicInfo gi = model.getGraphicInfo(boundary.getId());
            if (gi != null) {
                drawNode(svg, model, boundary, gi, state(boundary.getId(), completed, current),
                        label(boundary.getId(), boundary.getName(), labels));
            }
        }

        svg.append("</svg>\n");
        return svg.toString();
    }

    // ------------------------------------------------------------------ model helpers

    private static boolean hasLayout(BpmnModel model) {
        return model.getLocationMap() != null && !model.getLocationMap().isEmpty();
    }

    private static void collect(FlowElementsContainer container, Map<String, FlowElement> elements,
                                Map<String, Artifact> artifacts) {
        for (FlowElement element : container.getFlowElements()) {
            if (element == null || element.getId() == null) {
                continue;
            }
            elements.putIfAbsent(element.getId(), element);
            if (element instanceof SubProcess sub) {
                collect(sub, elements, artifacts);
            }
        }
        Collection<Artifact> containerArtifacts = container.getArtifacts();
        if (containerArtifacts != null) {
            for (Artifact artifact : containerArtifacts) {
                if (artifact != null && artifact.getId() != null) {
                    artifacts.putIfAbsent(artifact.getId(), artifact);
                }
            }
        }
    }

    private static boolean isExpanded(BpmnModel model, SubProcess sub) {
        GraphicInfo gi = model.getGraphicInfo(sub.getId());
        return gi != null && !Boolean.FALSE.equals(gi.getExpanded());
    }

    private static String state(String id, Set<String> completed, Set<String> current) {
        if (current.contains(id)) {
            return STATE_CURRENT;
        }
        if (completed.contains(id)) {
            return STATE_COMPLETED;
        }
        return STATE_PENDING;
    }

    private static String label(String id, String name, Function<String, String> labels) {
        String override = labels == null || id == null ? null : labels.apply(id);
        if (override != null) {
            return override;
        }
        return name == null ? "" : name;
    }

    private static String ariaLabel(BpmnModel model) {
        Process main = model.getMainProcess();
        String name = main == null ? null : (main.getName() != null && !main.getName().isBlank()
                ? main.getName() : main.getId());
        return name == null || name.isBlank() ? "Process diagram" : "Process diagram: " + name;
    }

    private static Bounds bounds(BpmnModel model) {
        Bounds b = new Bounds();
        for (GraphicInfo gi : model.getLocationMap().values()) {
            if (gi != null) {
                b.add(gi.getX(), gi.getY());
                b.add(gi.getX() + gi.getWidth(), gi.getY() + gi.getHeight());
            }
        }
        for (List<GraphicInfo> waypoints : model.getFlowLocationMap().values()) {
            if (waypoints != null) {
                for (GraphicInfo wp : waypoints) {
                    if (wp != null) {
                        b.add(wp.getX(), wp.getY());
                    }
                }
            }
        }
        if (!b.valid()) {
            b.add(0, 0);
        }
        return b;
    }

    private static final class Bounds {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;

        void add(double x, double y) {
            if (Double.isFinite(x) && Double.isFinite(y)) {
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
        }

        boolean valid() {
            return minX <= maxX && minY <= maxY;
        }
    }

    // ------------------------------------------------------------------ drawing

    private static String noLayoutSvg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bpmn-diagram bpmn-diagram-empty\""
                + " viewBox=\"0 0 240 48\" width=\"100%\" style=\"max-width:240px\" role=\"img\" aria-label=\""
                + NO_LAYOUT_TEXT + "\">\n<style>" + STYLE + "</style>\n"
                + "<g class=\"no-layout\"><rect x=\"0.5\" y=\"0.5\" width=\"239\" height=\"47\" rx=\"6\"/>"
                + "<text x=\"120\" y=\"28\" text-anchor=\"middle\">" + NO_LAYOUT_TEXT + "</text></g>\n</svg>\n";
    }

    private static String arrowMarker(String id, String cssClass) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">"
                + "<path class=\"" + cssClass + "\" d=\"M0,0 L10,5 L0,10 z\"/></marker>";
    }

    private static void openGroup(StringBuilder svg, String id, String state, String kind, String title) {
        svg.append("<g id=\"el-").append(escape(id)).append("\" class=\"el ").append(state).append(' ')
                .append(kind).append("\" data-state=\"").append(state).append("\">");
        if (!title.isEmpty()) {
            svg.append("<title>").append(escape(title)).append("</title>");
        }
    }

    private static void drawSwimlane(StringBuilder svg, String kind, String id, GraphicInfo gi, String label) {
        double x = gi.getX();
        double y = gi.getY();
        double w = gi.getWidth();
        double h = gi.getHeight();
        svg.append("<g id=\"el-").append(escape(id)).append("\" class=\"").append(kind).append("\">")
                .append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                .append(fmt(w)).append("\" height=\"").append(fmt(h)).append("\"/>");
        if (!label.isEmpty()) {
            double cx = x + 15;
            double cy = y + h / 2;
            svg.append("<g transform=\"rotate(-90 ").append(fmt(cx)).append(' ').append(fmt(cy)).append(")\">");
            appendText(svg, wrap(label, Math.max(h - 10, 20), 1), cx, cy, "middle", FONT_SIZE);
            svg.append("</g>");
        }
        svg.append("</g>\n");
    }

    private static void drawExpandedSubProcess(StringBuilder svg, SubProcess sub, GraphicInfo gi, String state,
                                               String label) {
        openGroup(svg, sub.getId(), state, "subprocess", label);
        String extra = sub instanceof EventSubProcess ? " dashed" : "";
        svg.append("<rect class=\"shape container-shape").append(extra).append("\" x=\"").append(fmt(gi.getX()))
                .append("\" y=\"").append(fmt(gi.getY())).append("\" width=\"").append(fmt(gi.getWidth()))
                .append("\" height=\"").append(fmt(gi.getHeight())).append("\" rx=\"10\" ry=\"10\"/>");
        if (!label.isEmpty()) {
            List<String> lines = wrap(label, Math.max(gi.getWidth() - 16, 20), 2);
            double baseline = gi.getY() + 16;
            svg.append("<text text-anchor=\"start\">");
            for (String line : lines) {
                svg.append("<tspan x=\"").append(fmt(gi.getX() + 8)).append("\" y=\"").append(fmt(baseline))
                        .append("\">").append(escape(line)).append("</tspan>");
                baseline += LINE_HEIGHT;
            }
            svg.append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void drawSequenceFlow(StringBuilder svg, SequenceFlow flow, List<GraphicInfo> waypoints,
                                         boolean taken, String label) {
        String state = taken ? "taken" : STATE_PENDING;
        svg.append("<g id=\"el-").append(escape(flow.getId())).append("\" class=\"flow").append(taken ? " taken" : "")
                .append("\" data-state=\"").append(state).append("\">");
        if (!label.isEmpty()) {
            svg.append("<title>").append(escape(label)).append("</title>");
        }
        svg.append("<path d=\"").append(polyline(waypoints)).append("\" marker-end=\"url(#")
                .append(taken ? "bpmn-arrow-taken" : "bpmn-arrow").append(")\"/>");
        if (!label.isEmpty()) {
            double[] mid = midpoint(waypoints);
            String anchor = mid[2] > 0.5 ? "start" : "middle"; // vertical segment: put label to the right
            double lx = mid[2] > 0.5 ? mid[0] + 5 : mid[0];
            double ly = mid[2] > 0.5 ? mid[1] + 4 : mid[1] - 5;
            svg.append("<text class=\"flow-label\" x=\"").append(fmt(lx)).append("\" y=\"").append(fmt(ly))
                    .append("\" text-anchor=\"").append(anchor).append("\">")
                    .append(escape(truncate(label, 160))).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static String polyline(List<GraphicInfo> waypoints) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < waypoints.size(); i++) {
            GraphicInfo wp = waypoints.get(i);
            d.append(i == 0 ? "M" : " L").append(fmt(wp.getX())).append(',').append(fmt(wp.getY()));
        }
        return d.toString();
    }

    /** Returns {x, y, verticalFlag} of the point halfway along the polyline. */
    private static double[] midpoint(List<GraphicInfo> waypoints) {
        double total = 0;
        for (int i = 1; i < waypoints.size(); i++) {
            total += distance(waypoints.get(i - 1), waypoints.get(i));
        }
        double half = total / 2;
        double walked = 0;
        for (int i = 1; i < waypoints.size(); i++) {
            GraphicInfo a = waypoints.get(i - 1);
            GraphicInfo b = waypoints.get(i);
            double len = distance(a, b);
            if (len > 0 && walked + len >= half) {
                double t = (half - walked) / len;
                boolean vertical = Math.abs(b.getX() - a.getX()) < Math.abs(b.getY() - a.getY());
                return new double[] {a.getX() + t * (b.getX() - a.getX()), a.getY() + t * (b.getY() - a.getY()),
                        vertical ? 1 : 0};
            }
            walked += len;
        }
        GraphicInfo first = waypoints.get(0);
        return new double[] {first.getX(), first.getY(), 0};
    }

    private static double distance(GraphicInfo a, GraphicInfo b) {
        return Math.hypot(b.getX() - a.getX(), b.getY() - a.getY());
    }

    private static void drawNode(StringBuilder svg, BpmnModel model, FlowElement element, GraphicInfo gi,
                                 String state, String label) {
        if (element instanceof Event event) {
            drawEvent(svg, model, event, gi, state, label);
        } else if (element instanceof Gateway gateway) {
            drawGateway(svg, model, gateway, gi, state, label);
        } else if (element instanceof Activity activity) {
            drawActivity(svg, activity, gi, state, label);
        } else {
            // unknown node type that still has a shape: draw a plain box
            openGroup(svg, element.getId(), state, "node", label);
            rect(svg, gi, "shape");
            boxText(svg, new Box(gi.getX() + 4, gi.getY() + 4, gi.getWidth() - 8, gi.getHeight() - 8), label);
            svg.append("</g>\n");
        }
    }

    private static void drawActivity(StringBuilder svg, Activity activity, GraphicInfo gi, String state,
                                     String label) {
        String kind;
        if (activity instanceof UserTask) {
            kind = "user-task";
        } else if (activity instanceof ServiceTask) {
            kind = "service-task";
        } else if (activity instanceof CallActivity) {
            kind = "call-activity";
        } else if (activity instanceof SubProcess) {
            kind = "subprocess collapsed";
        } else {
            kind = "task";
        }
        openGroup(svg, activity.getId(), state, kind, label);
        String shapeClass = activity instanceof CallActivity ? "shape call"
                : activity instanceof EventSubProcess ? "shape dashed" : "shape";
        rect(svg, gi, shapeClass);

        double x = gi.getX();
        double y = gi.getY();
        if (activity instanceof UserTask) {
            // tiny person: head + shoulders
            double hx = x + 12;
            double hy = y + 8;
            svg.append("<g class=\"marker-glyph\"><circle class=\"marker\" cx=\"").append(fmt(hx)).append("\" cy=\"")
                    .append(fmt(hy)).append("\" r=\"3.2\"/><path class=\"marker\" d=\"M").append(fmt(hx - 6))
                    .append(',').append(fmt(hy + 9)).append(" Q").append(fmt(hx - 6)).append(',')
                    .append(fmt(hy + 3.5)).append(' ').append(fmt(hx)).append(',').append(fmt(hy + 3.5)).append(' ')
                    .append(fmt(hx + 6)).append(',').append(fmt(hy + 3.5)).append(' ').append(fmt(hx + 6))
                    .append(',').append(fmt(hy + 9)).append(" Z\"/></g>");
        } else if (activity instanceof ServiceTask) {
            // gear: dashed thick ring (teeth) around a small hub
            double gx = x + 12;
            double gy = y + 11;
            svg.append("<g class=\"marker-glyph\"><circle class=\"gear\" cx=\"").append(fmt(gx)).append("\" cy=\"")
                    .append(fmt(gy)).append("\" r=\"5.5\"/><circle class=\"marker\" cx=\"").append(fmt(gx))
                    .append("\" cy=\"").append(fmt(gy)).append("\" r=\"2\"/></g>");
        }
        if (activity instanceof CallActivity || activity instanceof SubProcess) {
            // collapsed marker: small [+] box at bottom centre
            double bx = x + gi.getWidth() / 2 - 6;
            double by = y + gi.getHeight() - 14;
            svg.append("<g class=\"marker-glyph\"><rect class=\"marker\" x=\"").append(fmt(bx)).append("\" y=\"")
                    .append(fmt(by)).append("\" width=\"12\" height=\"12\"/><path class=\"marker\" d=\"M")
                    .append(fmt(bx + 6)).append(',').append(fmt(by + 3)).append(" L").append(fmt(bx + 6)).append(',')
                    .append(fmt(by + 9)).append(" M").append(fmt(bx + 3)).append(',').append(fmt(by + 6))
                    .append(" L").append(fmt(bx + 9)).append(',').append(fmt(by + 6)).append("\"/></g>");
        }
        // keep the label clear of the task-type glyph (top left) and the [+] marker (bottom centre)
        boolean topGlyph = activity instanceof UserTask || activity instanceof ServiceTask;
        boolean bottomMarker = activity instanceof CallActivity || activity instanceof SubProcess;
        double insetTop = topGlyph ? 12 : 4;
        double insetBottom = topGlyph ? 12 : bottomMarker ? 16 : 4;
        boxText(svg, new Box(x + 4, y + insetTop, gi.getWidth() - 8, gi.getHeight() - insetTop - insetBottom),
                label);
        svg.append("</g>\n");
    }

    private static void drawGateway(StringBuilder svg, BpmnModel model, Gateway gateway, GraphicInfo gi,
                                    String state, String label) {
        String kind = gateway instanceof ExclusiveGateway ? "exclusive-gateway"
                : gateway instanceof ParallelGateway ? "parallel-gateway"
                : gateway instanceof InclusiveGateway ? "inclusive-gateway"
                : gateway instanceof EventGateway ? "event-gateway" : "gateway";
        openGroup(svg, gateway.getId(), state, kind, label);
        double x = gi.getX();
        double y = gi.getY();
        double w = gi.getWidth();
        double h = gi.getHeight();
        double cx = x + w / 2;
        double cy = y + h / 2;
        svg.append("<polygon class=\"shape\" points=\"").append(fmt(cx)).append(',').append(fmt(y)).append(' ')
                .append(fmt(x + w)).append(',').append(fmt(cy)).append(' ').append(fmt(cx)).append(',')
                .append(fmt(y + h)).append(' ').append(fmt(x)).append(',').append(fmt(cy)).append("\"/>");
        double s = Math.min(w, h) * 0.22;
        if (gateway instanceof ExclusiveGateway) {
            svg.append("<path class=\"marker bold\" d=\"M").append(fmt(cx - s * 0.8)).append(',')
                    .append(fmt(cy - s * 0.8)).append(" L").append(fmt(cx + s * 0.8)).append(',')
                    .append(fmt(cy + s * 0.8)).append(" M").append(fmt(cx + s * 0.8)).append(',')
                    .append(fmt(cy - s * 0.8)).append(" L").append(fmt(cx - s * 0.8)).append(',')
                    .append(fmt(cy + s * 0.8)).append("\"/>");
        } else if (gateway instanceof ParallelGateway) {
            svg.append("<path class=\"marker bold\" d=\"M").append(fmt(cx)).append(',').append(fmt(cy - s))
                    .append(" L").append(fmt(cx)).append(',').append(fmt(cy + s)).append(" M").append(fmt(cx - s))
                    .append(',').append(fmt(cy)).append(" L").append(fmt(cx + s)).append(',').append(fmt(cy))
                    .append("\"/>");
        } else if (gateway instanceof InclusiveGateway) {
            svg.append("<circle class=\"marker bold\" cx=\"").append(fmt(cx)).append("\" cy=\"").append(fmt(cy))
                    .append("\" r=\"").append(fmt(s)).append("\"/>");
        } else if (gateway instanceof EventGateway) {
            svg.append("<circle class=\"marker\" cx=\"").append(fmt(cx)).append("\" cy=\"").append(fmt(cy))
                    .append("\" r=\"").append(fmt(s * 1.2)).append("\"/><circle class=\"marker\" cx=\"")
                    .append(fmt(cx)).append("\" cy=\"").append(fmt(cy)).append("\" r=\"").append(fmt(s))
                    .append("\"/>");
        }
        externalLabel(svg, model, gateway.getId(), gi, label);
        svg.append("</g>\n");
    }

    private static void drawEvent(StringBuilder svg, BpmnModel model, Event event, GraphicInfo gi, String state,
                                  String label) {
        boolean isStart = event instanceof StartEvent;
        boolean isEnd = event instanceof EndEvent;
        boolean isBoundary = event instanceof BoundaryEvent;
        String kind = isStart ? "start-event" : isEnd ? "end-event" : isBoundary ? "boundary-event"
                : "intermediate-event";
        openGroup(svg, event.getId(), state, kind, label);
        double cx = gi.getX() + gi.getWidth() / 2;
        double cy = gi.getY() + gi.getHeight() / 2;
        double r = Math.min(gi.getWidth(), gi.getHeight()) / 2;
        boolean nonInterrupting = (isBoundary && !((BoundaryEvent) event).isCancelActivity())
                || (isStart && !((StartEvent) event).isInterrupting());
        String shapeClass = "shape" + (isEnd ? " thick" : "") + (nonInterrupting ? " dashed" : "");
        circle(svg, shapeClass, cx, cy, r);
        if (!isStart && !isEnd) {
            circle(svg, "shape inner" + (nonInterrupting ? " dashed" : ""), cx, cy, Math.max(r - 3, 1));
        }
        boolean filled = isEnd || event instanceof ThrowEvent;
        EventDefinition definition = event.getEventDefinitions() == null || event.getEventDefinitions().isEmpty()
                ? null : event.getEventDefinitions().get(0);
        double m = Math.max(r - 6, 3);
        if (definition instanceof TimerEventDefinition) {
            double face = m * 0.95;
            circle(svg, "marker", cx, cy, face);
            svg.append("<path class=\"marker\" d=\"M").append(fmt(cx)).append(',').append(fmt(cy)).append(" L")
                    .append(fmt(cx)).append(',').append(fmt(cy - face * 0.75)).append(" M").append(fmt(cx))
                    .append(',').append(fmt(cy)).append(" L").append(fmt(cx + face * 0.55)).append(',')
                    .append(fmt(cy + face * 0.2)).append("\"/>");
        } else if (definition instanceof TerminateEventDefinition) {
            circle(svg, "marker-fill", cx, cy, m * 0.8);
        } else if (definition instanceof MessageEventDefinition) {
            double ew = m * 1.3;
            double eh = m * 0.9;
            svg.append("<rect class=\"").append(filled ? "marker-fill" : "marker").append("\" x=\"")
                    .append(fmt(cx - ew / 2)).append("\" y=\"").append(fmt(cy - eh / 2)).append("\" width=\"")
                    .append(fmt(ew)).append("\" height=\"").append(fmt(eh)).append("\"/>");
            if (!filled) {
                svg.append("<path class=\"marker\" d=\"M").append(fmt(cx - ew / 2)).append(',')
                        .append(fmt(cy - eh / 2)).append(" L").append(fmt(cx)).append(',').append(fmt(cy + eh * 0.1))
                        .append(" L").append(fmt(cx + ew / 2)).append(',').append(fmt(cy - eh / 2)).append("\"/>");
            }
        } else if (definition instanceof SignalEventDefinition) {
            svg.append("<path class=\"").append(filled ? "marker-fill" : "marker").append("\" d=\"M").append(fmt(cx))
                    .append(',').append(fmt(cy - m * 0.8)).append(" L").append(fmt(cx + m * 0.75)).append(',')
                    .append(fmt(cy + m * 0.55)).append(" L").append(fmt(cx - m * 0.75)).append(',')
                    .append(fmt(cy + m * 0.55)).append(" Z\"/>");
        } else if (definition instanceof ErrorEventDefinition) {
            svg.append("<path class=\"").append(filled ? "marker-fill" : "marker").append("\" d=\"M")
                    .append(fmt(cx - m * 0.7)).append(',').append(fmt(cy + m * 0.7)).append(" L")
                    .append(fmt(cx - m * 0.3)).append(',').append(fmt(cy - m * 0.6)).append(" L")
                    .append(fmt(cx + m * 0.15)).append(',').append(fmt(cy + m * 0.15)).append(" L")
                    .append(fmt(cx + m * 0.7)).append(',').append(fmt(cy - m * 0.7)).append(" L")
                    .append(fmt(cx + m * 0.3)).append(',').append(fmt(cy + m * 0.6)).append(" L")
                    .append(fmt(cx - m * 0.15)).append(',').append(fmt(cy - m * 0.15)).append(" Z\"/>");
        }
        // a boundary event on the top edge of its task is labelled above it, not over the task's own name
        GraphicInfo host = isBoundary ? model.getGraphicInfo(((BoundaryEvent) event).getAttachedToRefId()) : null;
        boolean above = host != null && cy < host.getY() + host.getHeight() / 2;
        externalLabel(svg, model, event.getId(), gi, label, above);
        svg.append("</g>\n");
    }

    private static void drawAnnotation(StringBuilder svg, TextAnnotation annotation, GraphicInfo gi, String label) {
        double x = gi.getX();
        double y = gi.getY();
        double h = gi.getHeight();
        svg.append("<g id=\"el-").append(escape(annotation.getId())).append("\" class=\"annotation\">")
                .append("<path d=\"M").append(fmt(x + 10)).append(',').append(fmt(y)).append(" L").append(fmt(x))
                .append(',').append(fmt(y)).append(" L").append(fmt(x)).append(',').append(fmt(y + h)).append(" L")
                .append(fmt(x + 10)).append(',').append(fmt(y + h)).append("\"/>");
        if (!label.isEmpty()) {
            List<String> lines = wrap(label, Math.max(gi.getWidth() - 10, 20), maxLines(h));
            double baseline = y + h / 2 - (lines.size() - 1) * LINE_HEIGHT / 2 + 4;
            svg.append("<text text-anchor=\"start\">");
            for (String line : lines) {
                svg.append("<tspan x=\"").append(fmt(x + 6)).append("\" y=\"").append(fmt(baseline)).append("\">")
                        .append(escape(line)).append("</tspan>");
                baseline += LINE_HEIGHT;
            }
            svg.append("</text>");
        }
        svg.append("</g>\n");
    }

    /** Label of an event or gateway: in its DI label bounds if present, else centred below the shape. */
    private static void externalLabel(StringBuilder svg, BpmnModel model, String id, GraphicInfo gi, String label) {
        externalLabel(svg, model, id, gi, label, false);
    }

    private static void externalLabel(StringBuilder svg, BpmnModel model, String id, GraphicInfo gi, String label,
            boolean above) {
        if (label.isEmpty()) {
            return;
        }
        GraphicInfo labelInfo = model.getLabelGraphicInfo(id);
        double width;
        double cx;
        double top;
        if (labelInfo != null && labelInfo.getWidth() > 0) {
            width = Math.max(labelInfo.getWidth(), 60);
            cx = labelInfo.getX() + labelInfo.getWidth() / 2;
            top = labelInfo.getY();
        } else {
            width = Math.max(gi.getWidth() * 3, 100);
            cx = gi.getX() + gi.getWidth() / 2;
            top = gi.getY() + gi.getHeight() + 4;
        }
        List<String> lines = wrap(label, width, 3);
        if (above && (labelInfo == null || labelInfo.getWidth() <= 0)) {
            top = gi.getY() - 4 - lines.size() * LINE_HEIGHT;
        }
        double baseline = top + FONT_SIZE - 1;
        svg.append("<text class=\"label\" text-anchor=\"middle\">");
        for (String line : lines) {
            svg.append("<tspan x=\"").append(fmt(cx)).append("\" y=\"").append(fmt(baseline)).append("\">")
                    .append(escape(line)).append("</tspan>");
            baseline += LINE_HEIGHT;
        }
        svg.append("</text>");
    }

    /** Label centred inside a box, wrapped to its width and clipped (with an ellipsis) to its height. */
    private static void boxText(StringBuilder svg, Box box, String label) {
        if (label.isEmpty()) {
            return;
        }
        List<String> lines = wrap(label, Math.max(box.width() - 4, WIDE_CHAR_WIDTH), maxLines(box.height()));
        appendText(svg, lines, box.x() + box.width() / 2, box.y() + box.height() / 2, "middle", FONT_SIZE);
    }

    /** A text layout box (GraphicInfo's 4-arg constructor takes height before width, so avoid it). */
    private record Box(double x, double y, double width, double height) {
    }

    private static int maxLines(double height) {
        return Math.max(1, (int) Math.floor((height - 4) / LINE_HEIGHT));
    }

    /** Multi-line text vertically centred on cy. */
    private static void appendText(StringBuilder svg, List<String> lines, double x, double cy, String anchor,
                                   double fontSize) {
        double baseline = cy - (lines.size() - 1) * LINE_HEIGHT / 2 + fontSize * 0.35;
        svg.append("<text class=\"label\" text-anchor=\"").append(anchor).append("\">");
        for (String line : lines) {
            svg.append("<tspan x=\"").append(fmt(x)).append("\" y=\"").append(fmt(baseline)).append("\">")
                    .append(escape(line)).append("</tspan>");
            baseline += LINE_HEIGHT;
        }
        svg.append("</text>");
    }

    private static void rect(StringBuilder svg, GraphicInfo gi, String cssClass) {
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(fmt(gi.getX())).append("\" y=\"")
                .append(fmt(gi.getY())).append("\" width=\"").append(fmt(gi.getWidth())).append("\" height=\"")
                .append(fmt(gi.getHeight())).append("\" rx=\"10\" ry=\"10\"/>");
    }

    private static void circle(StringBuilder svg, String cssClass, double cx, double cy, double r) {
        svg.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(fmt(cx)).append("\" cy=\"")
                .append(fmt(cy)).append("\" r=\"").append(fmt(r)).append("\"/>");
    }

    // ------------------------------------------------------------------ text utilities

    /**
     * Greedy word wrap. CJK / full-width characters are breakable anywhere and count as
     * {@value #WIDE_CHAR_WIDTH}px; other characters count as {@value #NARROW_CHAR_WIDTH}px and are
     * wrapped at spaces (over-long words are broken). Explicit newlines are honoured. When the text
     * needs more than {@code maxLines} lines, the last line ends with an ellipsis.
     */
    static List<String> wrap(String text, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        double limit = Math.max(maxWidth, WIDE_CHAR_WIDTH);
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            wrapParagraph(paragraph.strip(), limit, lines);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, Math.max(maxLines, 1)));
            int last = kept.size() - 1;
            kept.set(last, withEllipsis(kept.get(last), limit));
            return kept;
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, double limit, List<String> lines) {
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        int i = 0;
        int n = paragraph.length();
        while (i < n) {
            int cp = paragraph.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean spaceBefore = i > 0 && Character.isWhitespace(paragraph.codePointBefore(i));
            // next token: a single wide character, or a run of narrow non-space characters
            int end;
            if (isWide(cp)) {
                end = i + Character.charCount(cp);
            } else {
                end = i;
                while (end < n) {
                    int c = paragraph.codePointAt(end);
                    if (Character.isWhitespace(c) || isWide(c)) {
                        break;
                    }
                    end += Character.charCount(c);
                }
            }
            String token = paragraph.substring(i, end);
            double tokenWidth = width(token);
            double sep = line.length() > 0 && spaceBefore ? NARROW_CHAR_WIDTH : 0;
            if (lineWidth + sep + tokenWidth <= limit) {
                if (sep > 0) {
                    line.append(' ');
                }
                line.append(token);
                lineWidth += sep + tokenWidth;
            } else if (tokenWidth <= limit) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(token);
                lineWidth = tokenWidth;
            } else {
                // over-long word: break it character by character
                if (sep > 0 && lineWidth + sep + NARROW_CHAR_WIDTH <= limit) {
                    line.append(' ');
                    lineWidth += sep;
                }
                int j = 0;
                while (j < token.length()) {
                    int c = token.codePointAt(j);
                    double cw = charWidth(c);
                    if (lineWidth + cw > limit && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.appendCodePoint(c);
                    lineWidth += cw;
                    j += Character.charCount(c);
                }
            }
            i = end;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
    }

    private static String withEllipsis(String line, double limit) {
        String ellipsis = "\u2026";
        double ellipsisWidth = NARROW_CHAR_WIDTH * 1.5;
        String result = line;
        while (!result.isEmpty() && width(result) + ellipsisWidth > limit) {
            result = result.substring(0, result.offsetByCodePoints(result.length(), -1));
        }
        return result.stripTrailing() + ellipsis;
    }

    private static String truncate(String text, int maxChars) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= maxChars) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, maxChars)) + "\u2026";
    }

    private static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += charWidth(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private static double charWidth(int cp) {
        return isWide(cp) ? WIDE_CHAR_WIDTH : NARROW_CHAR_WIDTH;
    }

    /** CJK ideographs, kana, hangul, CJK punctuation and full-width forms. */
    static boolean isWide(int cp) {
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.of(cp);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || (cp >= 0x3000 && cp <= 0x303F)   // CJK symbols and punctuation
                || (cp >= 0xFF00 && cp <= 0xFF60)   // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    /**
     * Escapes the five XML special characters and drops characters that are not allowed in XML 1.0,
     * so that any label (including user-provided text) yields well-formed markup.
     */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD
                            || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD)
                            || (cp >= 0x10000 && cp <= 0x10FFFF);
                    if (legal) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Compact, locale-independent number formatting (at most two decimals, no trailing zeros). */
    static String fmt(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        double rounded = Math.round(value * 100.0) / 100.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return Long.toString((long) rounded);
        }
        String s = String.format(Locale.ROOT, "%.2f", rounded);
        while (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
