package org.spotcheck.disposal.internal.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.spotcheck.disposal.api.StatisticsQuery;
import org.spotcheck.disposal.api.StatisticsView;
import org.spotcheck.disposal.internal.domain.BatchStatistics;
import org.spotcheck.disposal.internal.domain.CsvCell;
import org.spotcheck.disposal.internal.persistence.CaseItemRow;
import org.spotcheck.disposal.internal.persistence.DisposalCaseRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Statistics over the cases of the caller's authority and of the authorities in its region (a
 * province sees its cities), and their export to CSV and XLSX with cells that a spreadsheet never
 * reads as formulas ({@link CsvCell}).
 */
@Component
class StatisticsCalculator {

    /** The export's columns: {@code disposal.statistics.column.<name>}, headed in both languages. */
    private static final List<String> COLUMNS = List.of("key", "label", "batches", "initialNonconforming",
            "initialNonconformityRate", "initialPassRate", "finalBatches", "finalNonconforming", "finalNonconformityRate",
            "finalPassRate", "enterprises", "initialNonconformingEnterprises", "initialEnterpriseRate", "finalEnterprises",
            "finalNonconformingEnterprises", "finalEnterpriseRate");

    private final CaseStore store;
    private final DisposalTexts texts;

    StatisticsCalculator(CaseStore store, DisposalTexts texts) {
        this.store = store;
        this.texts = texts;
    }

    StatisticsView compute(Actor actor, StatisticsQuery query) {
        if (!actor.isAuthority()) {
            throw new AccessRefusedException("AUTHORITY_ONLY", "statistics are for authorities");
        }
        LocalDate to = query.to() == null ? store.today() : query.to();
        LocalDate from = query.from() == null ? to.minusYears(1).plusDays(1) : query.from();
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", "FROM_AFTER_TO", "from is after to");
        }
        BatchStatistics.Dimension dimension = parse(BatchStatistics.Dimension.class, query.dimension(), BatchStatistics.Dimension.PRODUCT, "dimension");
        BatchStatistics.RegionLevel level = parse(BatchStatistics.RegionLevel.class, query.regionLevel(), BatchStatistics.RegionLevel.CITY, "regionLevel");
        BatchStatistics.PeriodUnit unit = parse(BatchStatistics.PeriodUnit.class, query.period(), BatchStatistics.PeriodUnit.MONTH, "period");
        List<BatchStatistics.Batch> batches = batches(actor, from, to).stream()
                .filter(b -> query.productCode() == null || query.productCode().isBlank() || query.productCode().equals(b.productCode()))
                .toList();
        List<StatisticsView.Row> rows = BatchStatistics.breakdown(batches, dimension, level, unit).stream().map(StatisticsCalculator::view).toList();
        StatisticsView.Row total = view(BatchStatistics.row("ALL", texts.both("disposal.statistics.total"), batches));
        return new StatisticsView(dimension.name(), from, to, rows, total);
    }

    /** The batches of the actor's scope tested in [from, to] (China dates). */
    List<BatchStatistics.Batch> batches(Actor actor, LocalDate from, LocalDate to) {
        Instant start = CaseStore.startOf(from);
        Instant end = CaseStore.startOf(to.plusDays(1));
        Map<Long, List<CaseItemRow>> items = store.cases.itemsOfCasesOpenedBetween(start, end).stream()
                .collect(Collectors.groupingBy(i -> i.caseId));
        List<BatchStatistics.Batch> batches = new ArrayList<>();
        for (DisposalCaseRow c : store.cases.openedBetween(start, end)) {
            if (!inScope(actor, c)) {
                continue;
            }
            batches.add(batch(c, items.getOrDefault(c.id, List.of())));
        }
        return batches;
    }

    static boolean inScope(Actor actor, DisposalCaseRow c) {
        return actor.isSystem() || actor.belongsTo(c.authorityCode)
                || c.regionCode != null && RegionCode.contains(actor.regionCode(), c.regionCode);
    }

    static BatchStatistics.Batch batch(DisposalCaseRow c, List<CaseItemRow> items) {
        return new BatchStatistics.Batch(c.id, c.enterpriseCode, c.enterpriseName, c.productCode, c.productName, c.industry, c.regionCode,
                c.enterpriseSize, c.channel, LocalDate.ofInstant(c.openedAt, DisposalSettings.CHINA), c.conclusion,
                c.finalConclusion, items.stream().map(i -> new BatchStatistics.Item(i.code, i.nameZh, i.itemClass,
                        "FAIL".equals(i.finalVerdict))).toList());
    }

    private static StatisticsView.Row view(BatchStatistics.Row r) {
        return new StatisticsView.Row(r.key(), r.label(), r.batches(), r.initialNonconforming(), r.initialNonconformityRate(),
                r.initialPassRate(), r.finalBatches(), r.finalNonconforming(), r.finalNonconformityRate(), r.finalPassRate(),
                r.enterprises(), r.initialNonconformingEnterprises(), r.initialEnterpriseNonconformityRate(), r.finalEnterprises(),
                r.finalNonconformingEnterprises(), r.finalEnterpriseNonconformityRate());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "UNKNOWN_VALUE", "unknown value: " + value, value);
        }
    }

    // ---------------------------------------------------------------- export

    private static List<Object> cells(StatisticsView.Row r) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.key());
        cells.add(r.label());
        cells.add(r.batches());
        cells.add(r.initialNonconforming());
        cells.add(r.initialNonconformityRate());
        cells.add(r.initialPassRate());
        cells.add(r.finalBatches());
        cells.add(r.finalNonconforming());
        cells.add(r.finalNonconformityRate());
        cells.add(r.finalPassRate());
        cells.add(r.enterprises());
        cells.add(r.initialNonconformingEnterprises());
        cells.add(r.initialEnterpriseNonconformityRate());
        cells.add(r.finalEnterprises());
        cells.add(r.finalNonconformingEnterprises());
        cells.add(r.finalEnterpriseNonconformityRate());
        return cells;
    }

    private List<List<Object>> table(StatisticsView view) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(COLUMNS.stream().map(c -> texts.both("disposal.statistics.column." + c)).toList()));
        view.rows().forEach(r -> rows.add(cells(r)));
        rows.add(cells(view.total()));
        return rows;
    }

    /** UTF-8 CSV with a byte-order mark (so that spreadsheets read the Chinese text), formula-safe cells. */
    byte[] csv(StatisticsView view) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<Object> row : table(view)) {
            out.append(row.stream().map(v -> v == null ? "" : v instanceof String s ? CsvCell.field(s) : v.toString())
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** XLSX: numbers as numeric cells, text as formula-safe string cells. */
    byte[] xlsx(StatisticsView view) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("statistics " + view.dimension());
            int r = 0;
            for (List<Object> values : table(view)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(CsvCell.safe(v.toString()));
                    }
                }
            }
            Row period = sheet.createRow(r + 1);
            period.createCell(0).setCellValue(view.from() + " ~ " + view.to());
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
