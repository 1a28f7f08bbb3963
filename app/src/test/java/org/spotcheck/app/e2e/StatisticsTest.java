package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Statistics (domain.md §5) over real cases, the dashboard, and the CSV and XLSX exports. */
class StatisticsTest extends ResultHandlingE2e {

    /** The application's clock: "today" is {@link AppToday#of} of it, never the JVM's UTC date. */
    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("workflowClock")
    java.time.Clock workflowClock;

    private JsonNode tissue(String dimension) {
        Api.Response stats = api.get("planner", "/api/disposal/statistics?dimension=" + dimension + "&productCode=TISSUE_PAPER");
        assertThat(stats.status()).as(stats.body()).isEqualTo(200);
        return stats.json();
    }

    @Test
    void initialAndFinalBatchRatesCountEachNewBatchAndItsFailingItems() {
        JsonNode before = tissue("TOTAL").get("total");
        JsonNode itemsBefore = tissue("ITEM");
        flow.finalNonConforming(ResultHandlingFlow.failingTissue()); // final: non-conforming
        flow.issued(ResultHandlingFlow.failingTissue()); // initial only: its notice is not even served
        flow.spotCheck().issuedReport("TISSUE_PAPER", ResultHandlingFlow.PASSING_TISSUE); // closed at once

        JsonNode after = tissue("TOTAL").get("total");
        assertThat(after.get("batches").asInt()).isEqualTo(before.get("batches").asInt() + 3);
        assertThat(after.get("initialNonconforming").asInt()).isEqualTo(before.get("initialNonconforming").asInt() + 2);
        assertThat(after.get("finalBatches").asInt()).isEqualTo(before.get("finalBatches").asInt() + 2);
        assertThat(after.get("finalNonconforming").asInt()).isEqualTo(before.get("finalNonconforming").asInt() + 1);
        double rate = 100.0 * after.get("initialNonconforming").asInt() / after.get("batches").asInt();
        assertThat(Api.decimal(after.get("initialNonconformityRate")).doubleValue()).isCloseTo(rate, org.assertj.core.data.Offset.offset(0.05));
        assertThat(Api.decimal(after.get("initialPassRate")).add(Api.decimal(after.get("initialNonconformityRate")))).isEqualByComparingTo("100");

        JsonNode items = tissue("ITEM");
        assertThat(count(items, "TP-07") - count(itemsBefore, "TP-07")).isEqualTo(2);
        for (String dimension : new String[] {"PRODUCT", "INDUSTRY", "REGION", "ENTERPRISE_SIZE", "CHANNEL", "PERIOD", "ENTERPRISE"}) {
            JsonNode view = tissue(dimension);
            assertThat(view.get("rows").valueStream().mapToInt(r -> r.get("batches").asInt()).sum())
                    .as(dimension).isEqualTo(view.get("total").get("batches").asInt());
        }
        assertThat(tissue("INDUSTRY").get("rows").get(0).get("key").asString()).isEqualTo("造纸及纸制品");
        // outsiders: enterprises have no statistics; a lab neither
        assertThat(api.get("enterprise-a", "/api/disposal/statistics").status()).isEqualTo(403);
        assertThat(api.get("lab1-tester", "/api/disposal/statistics").status()).isEqualTo(403);
    }

    @Test
    void theDashboardDrawsItsChartFromDataAttributesAndExportsCsvAndXlsx() throws Exception {
        flow.issued(ResultHandlingFlow.failingTissue());
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page page = planner.get("/disposal/statistics?dimension=PRODUCT");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"statistics-chart\"").contains("data-labels=\"[").contains("纸巾纸")
                .contains("/js/statistics-chart.js").doesNotContain("<script>");

        byte[] csv = api.getBytes("planner", "/api/disposal/statistics.csv?dimension=PRODUCT");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("抽查批次 / batches").contains("纸巾纸");
        byte[] xlsx = api.getBytes("planner", "/api/disposal/statistics.xlsx?dimension=ITEM&from=" + AppToday.of(workflowClock).minusDays(1));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).contains("batches");
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(1);
        }
        assertThat(api.get("planner", "/api/disposal/statistics?dimension=NONSENSE").status()).isEqualTo(400);
    }

    private static int count(JsonNode view, String item) {
        return view.get("rows").valueStream().filter(r -> r.get("key").asString().equals(item))
                .mapToInt(r -> r.get("initialNonconforming").asInt()).findFirst().orElse(0);
    }
}
