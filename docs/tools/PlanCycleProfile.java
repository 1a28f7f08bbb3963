// Plan-cycle profile (issue 14; docs/benchmark.md "Plan cycle and start-up memory, profiled (perf14d)"): reads a JFR
// recording of the server and its Tomcat access log and breaks the time down by request and by area.
// Single-file program, JDK 17 or later:  java docs/tools/PlanCycleProfile.java REC.jfr ACCESS.log [fromEpochMs toEpochMs]
// The server runs with -XX:FlightRecorderOptions:stackdepth=1024, a copy of profile.jfc with jdk.SocketRead/SocketWrite at
// threshold 0 ms and ThreadPark/JavaMonitorWait/JavaMonitorEnter at 1 ms, and
//   --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.pattern='%{begin:msec}t %I %m %U %s %D %{ms}T'
// so that every sample and socket read can be put in the request (thread and time) it belongs to.
// Areas: the innermost frame outside java.*, jdk.*, sun.*, com.sun.* decides (so HashMap.get called by MyBatis is MyBatis).
import jdk.jfr.consumer.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;


public class PlanCycleProfile {
  record Req(String thread, long start, long end, String type) {}
  static Map<String, List<Req>> byThread = new HashMap<>();
  static String type(String m, String u) {
    if (u.startsWith("/api/plans") && u.endsWith("/submit")) return "submit";
    if (u.equals("/api/plans") && m.equals("POST")) return "draft";
    if (u.startsWith("/api/tasks") && m.equals("GET")) return "inbox GET";
    if (u.endsWith("/complete")) return "complete";
    return "other " + m + " " + u;
  }
  static Req find(String thread, long t) {
    List<Req> l = byThread.get(thread);
    if (l == null) return null;
    for (Req r : l) if (t >= r.start && t <= r.end) return r;
    return null;
  }
  static String area(RecordedStackTrace st) {
    if (st == null) return "no stack";
    List<RecordedFrame> fs = st.getFrames();
    for (RecordedFrame f : fs) {
      String c = f.getMethod().getType().getName();
      if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.") || c.startsWith("com.sun.")) continue;
      return classify(c);
    }
    return "JDK only (" + (fs.isEmpty() ? "?" : fs.get(0).getMethod().getType().getName()) + ")";
  }
  static String classify(String c) {
    if (c.startsWith("org.flowable")) return "Flowable engine";
    if (c.startsWith("org.apache.ibatis") || c.startsWith("org.mybatis")) return "MyBatis (+OGNL)";
    if (c.startsWith("org.apache.ibatis.ognl") || c.startsWith("ognl")) return "MyBatis (+OGNL)";
    if (c.startsWith("com.mysql")) return "Connector/J";
    if (c.startsWith("com.zaxxer")) return "HikariCP";
    if (c.startsWith("org.springframework.security.crypto")) return "password hashing";
    if (c.startsWith("org.springframework.security")) return "Spring Security";
    if (c.startsWith("org.springframework.web") || c.startsWith("org.springframework.http")) return "Spring MVC";
    if (c.startsWith("org.thymeleaf") || c.startsWith("ognl")) return "Thymeleaf";
    if (c.startsWith("tools.jackson") || c.startsWith("com.fasterxml")) return "Jackson";
    if (c.startsWith("org.springframework.transaction") || c.startsWith("org.springframework.jdbc")) return "Spring tx/JDBC";
    if (c.startsWith("org.springframework")) return "Spring other (AOP, beans, core)";
    if (c.startsWith("org.apache.catalina") || c.startsWith("org.apache.coyote") || c.startsWith("org.apache.tomcat")) return "Tomcat";
    if (c.startsWith("org.spotcheck.app.audit.AuditLog")) return "audit chain (ours)";
    if (c.startsWith("org.spotcheck")) return "our code";
    if (c.startsWith("ch.qos.logback") || c.startsWith("org.slf4j") || c.startsWith("org.apache.logging")) return "logging";
    if (c.startsWith("io.micrometer")) return "Micrometer";
    if (c.startsWith("org.h2")) return "H2";
    if (c.startsWith("org.flywaydb")) return "Flyway";
    return "other: " + c.substring(0, Math.min(c.length(), 40));
  }
  static boolean has(RecordedStackTrace st, String cls, String m) {
    if (st == null) return false;
    for (RecordedFrame f : st.getFrames()) {
      if (f.getMethod().getType().getName().contains(cls) && (m == null || f.getMethod().getName().equals(m))) return true;
    }
    return false;
  }
  static void inc(Map<String, double[]> m, String k, double v) { m.computeIfAbsent(k, x -> new double[2]); m.get(k)[0] += v; m.get(k)[1]++; }
  static void print(String title, Map<String, double[]> m, double total, String unit) {
    System.out.println("== " + title + " (total " + String.format("%.1f", total) + " " + unit + ")");
    m.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
      .forEach(e -> System.out.printf("  %6.1f %%  %10.1f %s  n=%6.0f  %s%n", 100 * e.getValue()[0] / total, e.getValue()[0], unit, e.getValue()[1], e.getKey()));
  }
  public static void main(String[] a) throws Exception {
    long from = a.length > 2 ? Long.parseLong(a[2]) : 0, to = a.length > 3 ? Long.parseLong(a[3]) : Long.MAX_VALUE;
    // access log: "%{begin:msec}t %I %m %U %s %D %{ms}T" ; %D in Tomcat 11 is microseconds
    Map<String, double[]> reqTime = new TreeMap<>();
    int nreq = 0;
    for (String line : Files.readAllLines(Path.of(a[1]))) {
      String[] p = line.trim().split(" ");
      if (p.length < 7) continue;
      long start = Long.parseLong(p[0]);
      if (start < from || start > to) continue;
      double ms = Double.parseDouble(p[6]);
      String t = type(p[2], p[3]);
      long end = start + (long) Math.ceil(ms) + 1;
      byThread.computeIfAbsent(p[1], k -> new ArrayList<>()).add(new Req(p[1], start, end, t));
      inc(reqTime, t, ms); nreq++;
    }
    double totalReq = reqTime.values().stream().mapToDouble(v -> v[0]).sum();
    print("server time per request type, access log (" + nreq + " requests)", reqTime, totalReq, "ms");
    reqTime.forEach((k, v) -> System.out.printf("  mean %-12s %.1f ms%n", k, v[0] / v[1]));

    Map<String, double[]> cpuAreaByType = new HashMap<>(), cpuArea = new HashMap<>(), cpuReq = new HashMap<>(), cpuAreaInReq = new HashMap<>(), incl = new HashMap<>();
    Map<String, double[]> sockReq = new HashMap<>(), sockKind = new HashMap<>(), parks = new HashMap<>(), gc = new HashMap<>();
    Set<Req> approves = new HashSet<>(); Map<Req, Double> perReqJdbc = new HashMap<>(), perReqCommit = new HashMap<>(); Map<String, double[]> hot = new HashMap<>(), sockPerType = new TreeMap<>();
    double samples = 0, inReqSamples = 0, sockTotal = 0;
    long first = Long.MAX_VALUE, last = 0;
    try (RecordingFile rf = new RecordingFile(Path.of(a[0]))) {
      while (rf.hasMoreEvents()) {
        RecordedEvent e = rf.readEvent();
        long t = e.getStartTime().toEpochMilli();
        if (t < from || t > to) continue;
        String n = e.getEventType().getName();
        RecordedThread th = null;
        try { th = n.equals("jdk.ExecutionSample") ? e.getThread("sampledThread") : e.getThread(); } catch (Exception ignore) {}
        String tn = th == null ? "?" : th.getJavaName();
        if (n.equals("jdk.ExecutionSample")) {
          first = Math.min(first, t); last = Math.max(last, t);
          samples++;
          RecordedStackTrace st = e.getStackTrace();
          String ar = area(st);
          inc(cpuArea, ar, 1);
          if (ar.startsWith("MyBatis") || ar.equals("Connector/J")) inc(incl, ar + " under org.flowable: " + has(st, "org.flowable", null), 1);
          Req r = find(tn, t);
          inc(cpuReq, r == null ? "not in a request (" + (tn.startsWith("http-nio") ? "http thread" : tn.replaceAll("\\d+", "N")) + ")" : r.type, 1);
          if (r != null) { inReqSamples++; inc(cpuAreaInReq, ar, 1); inc(cpuAreaByType, r.type + " / " + ar, 1); }
          if (st != null && !st.getFrames().isEmpty()) { var f = st.getFrames().get(0); inc(hot, f.getMethod().getType().getName() + "." + f.getMethod().getName(), 1); }
          if (has(st, "org.flowable", null)) inc(incl, "stack contains org.flowable", 1);
          if (has(st, "org.apache.ibatis", null)) inc(incl, "stack contains MyBatis", 1);
          if (has(st, "com.mysql", null)) inc(incl, "stack contains Connector/J", 1);
          if (has(st, "org.springframework.security", null)) inc(incl, "stack contains Spring Security", 1);
          if (has(st, "org.springframework.security.crypto", null)) inc(incl, "stack contains password encoding", 1);
          if (has(st, "org.spotcheck.app.audit.AuditLog", null)) inc(incl, "stack contains AuditLog (audit write)", 1);
          if (has(st, "tools.jackson", null) || has(st, "com.fasterxml", null)) inc(incl, "stack contains Jackson", 1);
          if (has(st, "org.thymeleaf", null)) inc(incl, "stack contains Thymeleaf", 1);
          if (has(st, "ch.qos.logback", null)) inc(incl, "stack contains logback", 1);
        } else if (n.equals("jdk.SocketRead")) {
          double ms = e.getDuration().toNanos() / 1e6;
          RecordedStackTrace st = e.getStackTrace();
          if (!has(st, "com.mysql", null)) { inc(sockKind, "non-JDBC socket read (" + tn.replaceAll("\\d+", "N") + ")", ms); continue; }
          sockTotal += ms;
          Req r = find(tn, t);
          String kind = has(st, "ConnectionImpl", "commit") ? "COMMIT" : has(st, "ConnectionImpl", "rollback") ? "ROLLBACK"
                 : has(st, "ConnectionImpl", "setAutoCommit") ? "setAutoCommit" : has(st, "org.spotcheck.app.audit.AuditLog", null) ? "audit statement" : has(st, "org.flowable", null) ? "statement (engine)" : "statement (app)";
          inc(sockKind, "JDBC " + kind, ms);
          inc(sockReq, (r == null ? "no request" : r.type) + " / " + kind, ms);
          inc(sockPerType, r == null ? "no request" : r.type, ms);
          if (r != null) { perReqJdbc.merge(r, ms, Double::sum); if (kind.equals("COMMIT")) perReqCommit.merge(r, ms, Double::sum);
            if (r.type.equals("complete") && (has(st, "PlanIssuing", null) || has(st, "DrawService", null))) approves.add(r); }
        } else if (n.equals("jdk.ThreadPark") || n.equals("jdk.JavaMonitorWait") || n.equals("jdk.JavaMonitorEnter")) {
          if (!tn.startsWith("http-nio")) continue;
          RecordedStackTrace st = e.getStackTrace();
          if (has(st, "TaskQueue", null) || has(st, "ThreadPoolExecutor", "getTask")) continue; // idle pool thread
          double ms = e.getDuration().toNanos() / 1e6;
          String where = "?";
          if (st != null) for (RecordedFrame f : st.getFrames()) { String c = f.getMethod().getType().getName();
            if (!(c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun."))) { where = c + "." + f.getMethod().getName(); break; } }
          inc(parks, n + " @ " + where, ms);
        } else if (n.equals("jdk.GarbageCollection")) {
          inc(gc, e.getString("name") + " " + e.getString("cause"), e.getDuration().toNanos() / 1e6);
        }
      }
    }
    System.out.printf("execution samples %.0f over %.1f s (%.0f in a request)%n", samples, (last - first) / 1000.0, inReqSamples);
    print("CPU samples by area (innermost non-JDK frame)", cpuArea, samples, "samples");
    print("CPU samples in requests by area", cpuAreaInReq, inReqSamples, "samples");
    print("CPU samples by request type / area", cpuAreaByType, inReqSamples, "samples");
    print("CPU samples by request type", cpuReq, samples, "samples");
    print("CPU samples, inclusive (overlapping)", incl, samples, "samples");
    Map<String, double[]> top = new LinkedHashMap<>();
    hot.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0])).limit(25).forEach(e -> top.put(e.getKey(), e.getValue()));
    print("hot methods (top frame)", top, samples, "samples");
    print("JDBC socket read time by kind", sockKind, sockTotal, "ms");
    print("JDBC socket read time by request type / kind", sockReq, sockTotal, "ms");
    sockPerType.forEach((k, v) -> { double[] rt = reqTime.get(k); if (rt != null) System.out.printf("  %-12s JDBC wait %.1f ms per request of %.1f ms = %.0f %%%n", k, v[0] / rt[1], rt[0] / rt[1], 100 * v[0] / rt[0]); });
    Map<String, double[]> split = new TreeMap<>();
    for (List<Req> l : byThread.values()) for (Req r : l) {
      String k = r.type.equals("complete") ? (approves.contains(r) ? "complete: approve" : "complete: review") : r.type;
      double[] v = split.computeIfAbsent(k, x -> new double[4]);
      v[0] += r.end - r.start - 1; v[1] += perReqJdbc.getOrDefault(r, 0.0); v[2] += perReqCommit.getOrDefault(r, 0.0); v[3]++;
    }
    split.forEach((k, v) -> System.out.printf("  %-18s n=%5.0f  server %.1f ms, JDBC wait %.1f ms (%.0f %%), of it COMMIT %.1f ms%n", k, v[3], v[0] / v[3], v[1] / v[3], 100 * v[1] / v[0], v[2] / v[3]));
    print("park/wait/enter >= 1 ms on http threads (not idle)", parks, totalReq, "ms of total request ms");
    print("GC", gc, gc.values().stream().mapToDouble(v -> v[0]).sum(), "ms");
  }
}
