package org.spotcheck.app.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test data for the registers: valid credit codes, CSV and XLSX files. */
final class Registers {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final SecureRandom RANDOM = new SecureRandom();

    private Registers() {
    }

    /** A fresh unified social credit code with a correct GB 32100-2015 check character. */
    static String creditCode() {
        StringBuilder code = new StringBuilder("91320");
        while (code.length() < 17) {
            code.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(CHARS.charAt((31 - sum % 31) % 31)).toString();
    }

    /** The same code with a wrong check character. */
    static String badCheckCharacter(String valid) {
        char last = valid.charAt(17);
        char wrong = CHARS.charAt((CHARS.indexOf(last) + 1) % CHARS.length());
        return valid.substring(0, 17) + wrong;
    }

    /** A short unique code for register entries. */
    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    static byte[] csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(Registers::quote).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名录");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final List<String> ENTERPRISE_HEADER = List.of("code", "name", "credit_code", "address", "region_code", "industry", "size", "products");

    static List<String> enterprise(String code, String region, String size, String products) {
        return List.of(code, "测试企业 " + code, creditCode(), "测试地址 " + code, region, "测试行业", size, products);
    }

    /** The header of the 2027 implementation rule of a test cup product (no items yet), as the planner drafts it. */
    static Map<String, Object> ruleDraft(String productCode) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("productCode", productCode);
        draft.put("version", "2027");
        draft.put("title", "测试杯产品质量监督抽查实施细则");
        draft.put("testPortion", 6);
        draft.put("backupPortion", 4);
        draft.put("unit", "个");
        draft.put("samplingBase", "不少于 100 个");
        draft.put("judgmentText", "任一项目不合格即判定为不合格。");
        return draft;
    }
}
