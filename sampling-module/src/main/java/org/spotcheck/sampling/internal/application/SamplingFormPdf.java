package org.spotcheck.sampling.internal.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.shared.Parties;
import org.spotcheck.shared.pdf.DocumentSettings;
import org.spotcheck.shared.pdf.OfficialPdf;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sampling form (抽样单) as a PDF whose Chinese text is real, extractable text: a CJK TrueType
 * font from the system (default WenQuanYi Micro Hei, Debian {@code fonts-wqy-microhei}, which
 * {@code .ci/run} installs) is embedded as a subset.
 */
@Component
class SamplingFormPdf {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Times as a Chinese form writes them, in Beijing time: 2026年12月8日 03:06 (the form printed 2026-12-08 03:06). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(CHINA);

    private final Parties parties;
    private final DocumentSettings documents;

    SamplingFormPdf(Parties parties, @Value(DocumentSettings.FONTS) List<String> fontPaths,
            @Value(DocumentSettings.PUBLIC_BASE_URL) String publicBaseUrl) {
        this.parties = parties;
        this.documents = new DocumentSettings(fontPaths, publicBaseUrl);
    }

    /**
     * The form's fingerprint in its QR code (issue 17.3): SHA-256 over the facts that identify the sample as recorded,
     * which the enterprise's later confirmation does not change, so every download of the form carries the same one.
     */
    static String fingerprint(SampleView s) {
        String facts = String.join("|", "抽样单", s.sampleCode(), s.taskCode(), String.valueOf(s.enterpriseCreditCode()),
                String.valueOf(s.productName()), String.valueOf(s.testSealNumber()), String.valueOf(s.backupSealNumber()),
                String.valueOf(s.testQuantity()), String.valueOf(s.backupQuantity()),
                s.recordedAt() == null ? "" : String.valueOf(s.recordedAt().toEpochMilli()));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(facts.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String verifyUrl(SampleView s) {
        return documents.verifyUrl("/public/sampling-forms/verify", s.sampleCode(), fingerprint(s));
    }

    byte[] render(SampleView s) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("抽查任务编号", s.taskCode()));
        rows.add(row("样品编号", s.sampleCode() + (s.attempt() > 1 ? "（第" + s.attempt() + "次抽样）" : "")));
        rows.add(row("被抽样单位", s.enterpriseName()));
        rows.add(row("统一社会信用代码", s.enterpriseCreditCode()));
        rows.add(row("地址", s.enterpriseAddress()));
        rows.add(row("抽样环节", switch (s.channel()) {
            case "PRODUCTION" -> "生产";
            case "DISTRIBUTION" -> "流通";
            default -> "电子商务";
        }));
        if (s.online() != null) {
            rows.add(row("网络抽样", s.online().platform() + " / " + s.online().shop() + "，账号 " + s.online().buyerAccount()
                    + "，订单号 " + s.online().orderNumber()));
        }
        rows.add(row("样品名称", s.productName()));
        rows.add(row("商标", s.trademark()));
        rows.add(row("规格型号", s.specification()));
        rows.add(row("执行标准", s.productStandard()));
        rows.add(row("批号 / 生产日期", (s.batchNumber() == null ? "—" : s.batchNumber()) + " / "
                + (s.productionDate() == null ? "—" : s.productionDate().toString())));
        rows.add(row("抽样基数", s.stockOnHand()));
        rows.add(row("检验样品", s.testQuantity() + " " + s.quantityUnit() + "，封条 " + s.testSealNumber()));
        rows.add(row("备用样品", s.backupQuantity() + " " + s.quantityUnit() + "，封条 " + s.backupSealNumber() + "，"
                + ("LAB".equals(s.backupLocation()) ? "带回承检机构" : "封存于被抽样单位")));
        rows.add(row("样品单价 / 支付金额", s.unitPrice() + " 元 / " + s.amountPaid() + " 元" + (s.freeSample() ? "（复查样品，无偿提供）" : "")));
        if (s.handoverMethod() != null || s.handoverTemperature() != null) {
            rows.add(row("样品交接", (s.handoverMethod() == null ? "" : s.handoverMethod())
                    + (s.handoverTemperature() == null ? "" : "，温度 " + s.handoverTemperature())));
        }
        rows.add(row("抽样人员", names(s.samplers())));
        rows.add(row("抽样时间", TIME.format(s.recordedAt())));
        rows.add(row("企业确认", s.confirmation() == null ? "尚未确认"
                : ("ONLINE".equals(s.confirmation().method()) ? "在线确认（" : "纸质签字（") + parties.personName(s.confirmation().confirmedBy()) + "，"
                        + TIME.format(s.confirmation().confirmedAt()) + "）：" + statement(s.confirmation().statement())));

        Parties.Organisation authority = parties.organisation(s.authorityCode());
        Parties.Organisation lab = parties.organisation(s.labCode());
        rows.add(1, row("组织抽查机关", authority.name()));
        rows.add(2, row("承检机构", lab.name()));
        LocalDate day = s.recordedAt() == null ? null : LocalDate.ofInstant(s.recordedAt(), CHINA);
        try (OfficialPdf pdf = documents.start("抽样单 " + s.sampleCode(), "抽样单编号 " + s.sampleCode())) {
            pdf.title("产品质量监督抽查抽样单").centredLine(authority.name(), 12).rightLine("抽样单编号：" + s.sampleCode(), 10)
                    // the verification code sits beside the title, so the form stays on one page with its signatures
                    .cornerQr(verifyUrl(s), "扫码核验本抽样单")
                    .gap(4).fields(rows)
                    // both sides sign the sampling form: Order 133 arts. 20-21 (domain.md stage C, S3, S9)
                    .note("抽样人员与被抽样单位核对本抽样单记录及样品封存情况无误后，双方签字或者盖章确认。", OfficialPdf.GREY)
                    .parties(List.of("抽样单位（盖章）", authority.name(), "抽样人员（签字）：" + names(s.samplers()), "日期：" + words(day)),
                            List.of("被抽样单位（签字、盖章）", s.enterpriseName(), "负责人或经办人（签字）：", "日期：" + words(day)));
            return pdf.finish();
        }
    }

    /**
     * The confirmation as the form prints it: a paper signature's statement was stored with the system's id of the photo of
     * the signed page (CustodyService: 照片 #10); the form names the photo on file, never an internal id (issue 17.3).
     */
    static String statement(String statement) {
        return statement == null ? "" : statement.replaceAll("（照片 ?#\\d+）", "（签字照片已存档）");
    }

    private String names(List<String> usernames) {
        return usernames == null ? "" : String.join("、", usernames.stream().map(parties::personName).toList());
    }

    private static String words(LocalDate d) {
        return d == null ? "　　年　　月　　日" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value == null ? "—" : value};
    }
}
