package org.spotcheck.testing.internal.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.spotcheck.shared.Parties;
import org.spotcheck.shared.pdf.DocumentSettings;
import org.spotcheck.shared.pdf.OfficialPdf;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.internal.domain.MeasuredValue;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Draws an issued test report (检验报告) as an A4 PDF in the layout labs print (ADR 0021, on
 * {@link OfficialPdf}): the title and report number, the lab with its address and accreditation, the
 * sample and the parties by their full names and addresses, the conclusion (所检项目未发现不合格 /
 * 不合格, never 合格), every item with its Chinese requirement and unit (value_zh, unit_zh), its result
 * and judgment (overridden judgments flagged with their reason), the three signatories by their real
 * names, the lab's seal block, 第 x 页 共 y 页, and a QR code that opens the public verify page for this
 * report number and content hash. No English on the page (issue 17.3).
 *
 * <p>The CJK font comes from the system ({@code spotcheck.report.fonts}, {@link OfficialPdf#DEFAULT_FONTS}),
 * embedded as a subset, so the PDF opens anywhere.
 */
@Component
class ReportPdfRenderer {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DocumentSettings documents;
    private final Parties parties;

    ReportPdfRenderer(Parties parties, @Value(DocumentSettings.FONTS) List<String> fontPaths,
            @Value(DocumentSettings.PUBLIC_BASE_URL) String publicBaseUrl) {
        this.parties = parties;
        this.documents = new DocumentSettings(fontPaths, publicBaseUrl);
    }

    /** The URL the QR code opens: the public verify page for this number and hash. */
    String verifyUrl(String reportNo, String contentHash) {
        return documents.verifyUrl("/public/reports/verify", reportNo, contentHash);
    }

    byte[] render(ReportView r, LabSampleRow s, String previousNo) {
        String labName = s.labName == null ? parties.organisation(s.labCode).name() : s.labName;
        Parties.Organisation enterprise = parties.organisation(s.enterpriseCode);
        Parties.Organisation authority = parties.organisation(s.authorityCode);
        LocalDate issued = r.issuedAt() == null ? null : LocalDate.ofInstant(r.issuedAt(), CHINA);
        // The re-test of the backup portion says so on its face (issue 17's walk), the way labs print it: the title stays
        // 检验报告, the title of the lab's accredited report form (RB/T 214-2017 4.5.20 a), with the kind of test in a
        // bracket after it, as a corrected version is marked; and the cover's 检验类别 line reads 监督抽查复检 instead of
        // 监督抽查 (the re-test is of the backup portion and its conclusion is final: domain.md R8). A separate
        // "复检报告" title would be a form of its own that the lab's accreditation does not name.
        String title = r.retest() ? "检验报告（复检）" : "检验报告";
        try (OfficialPdf pdf = documents.start(title + " " + r.reportNo(), "报告编号 " + r.reportNo())) {
            pdf.centredLine(labName, 14).title(r.retest() ? "检 验 报 告（复检）" : "检 验 报 告")
                    .documentNumber("报告编号：" + r.reportNo() + (r.version() > 1 ? "（第" + r.version() + "版）" : ""));
            if (previousNo != null) {
                pdf.paragraph("本报告为更正版本，替代报告 " + previousNo + "；更正原因：" + r.correctionReason(), OfficialPdf.RED);
            }
            List<String[]> sample = new ArrayList<>();
            sample.add(new String[] {"样品名称", s.productName});
            sample.add(new String[] {"样品编号", s.sampleCode});
            sample.add(new String[] {"检验类别", r.retest() ? "监督抽查复检（备用样品，复检结论为最终结论）" : "监督抽查"});
            sample.add(new String[] {"被抽样单位", s.enterpriseName});
            sample.add(new String[] {"被抽样单位地址", enterprise.address()});
            sample.add(new String[] {"组织抽查机关", authority.name()});
            sample.add(new String[] {"抽查任务编号", s.taskCode});
            sample.add(new String[] {"抽样人员", names(s.samplers)});
            sample.add(new String[] {"检验依据", s.ruleTitle + "（" + s.ruleVersion + "）"});
            sample.add(new String[] {"承检机构", labName});
            sample.add(new String[] {"承检机构地址", s.labAddress});
            sample.add(new String[] {"资质认定证书编号", s.labAccreditationNo});
            sample.add(new String[] {"签发日期", words(issued)});
            pdf.heading("样品信息").fields(sample);
            pdf.heading("检验结论").paragraph(r.conclusionZh(), r.conforming() ? OfficialPdf.BLACK : OfficialPdf.RED);
            if (!r.failedItems().isEmpty()) {
                // the failed items by their Chinese names, not their codes (issue 17.1)
                List<String> failed = r.failedItems().stream().map(code -> r.items().stream().filter(i -> code.equals(i.code()))
                        .map(LabSampleView.Item::nameZh).findFirst().orElse(code)).toList();
                pdf.paragraph("不合格项目：" + String.join("、", failed), OfficialPdf.RED);
            }
            List<String[]> rows = new ArrayList<>();
            List<Boolean> red = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            int n = 0;
            for (LabSampleView.Item i : r.items()) {
                n++;
                rows.add(new String[] {String.valueOf(n), i.nameZh(), i.itemClass() == null ? "" : i.itemClass() + "类", i.limitDisplay(),
                        result(i), zh(i.verdict()) + (i.overridden() ? " ※" : "")});
                red.add("FAIL".equals(i.verdict()));
                if (i.overridden()) {
                    notes.add("※ " + i.nameZh() + "：人工改判，系统判定为" + zh(i.computedVerdict()) + "，改判为" + zh(i.verdict()) + "；理由："
                            + i.overrideReason());
                }
            }
            pdf.heading("检验项目").table(new String[] {"序号", "检验项目", "类别", "标准要求", "检验结果", "单项判定"},
                    new float[] {28, 110, 32, 150, 110, 60}, rows, red);
            for (String note : notes) {
                pdf.note(note, OfficialPdf.RED);
            }
            pdf.signatures("编制：" + names(r.draftedBy()), "审核：" + names(r.reviewedBy()), "批准：" + names(r.approvedBy()))
                    .seal(labName, issued, "（检验检测专用章）")
                    .qr(verifyUrl(r.reportNo(), r.contentHash()), "扫描二维码或访问以下地址，核验本报告的编号与内容摘要是否与签发时一致：");
            return pdf.finish();
        }
    }

    /** Real names for the usernames (comma-separated where several), never the usernames (issue 17.3). */
    private String names(String usernames) {
        if (usernames == null || usernames.isBlank()) {
            return "—";
        }
        List<String> names = new ArrayList<>();
        for (String u : usernames.split(",")) {
            if (!u.isBlank()) {
                names.add(parties.personName(u.strip()));
            }
        }
        return String.join("、", names);
    }

    private static String words(LocalDate d) {
        return d == null ? "—" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /**
     * The result as the lab wrote it, with the Chinese unit (issue 12: no English on the report). A
     * bare 未检出 judged with the rule's detection limit shows that limit in brackets, never a 0.
     */
    static String result(LabSampleView.Item i) {
        boolean numeric = !"QUALITATIVE".equals(i.limitType()) && !"ENUMERATION".equals(i.limitType());
        String unit = i.unitShown();
        String measured = nz(i.measured());
        if (i.detectionLimit() != null && !measured.contains("<") && !measured.contains("＜")
                && MeasuredValue.parse(measured).kind() == MeasuredValue.Kind.NOT_DETECTED) {
            return measured + "（检出限 " + i.detectionLimit().stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit) + "）";
        }
        return measured + (unit == null || !numeric ? "" : " " + unit);
    }

    private static String zh(String verdict) {
        return verdict == null ? "" : "PASS".equals(verdict) ? "符合" : "不符合";
    }

    private static String nz(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
