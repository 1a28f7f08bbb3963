package org.spotcheck.disposal.internal.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.RectificationView;
import org.spotcheck.disposal.internal.persistence.ReferralEvidenceRow;
import org.spotcheck.disposal.internal.persistence.ReferralRow;
import org.spotcheck.shared.Parties;
import org.spotcheck.shared.StatutoryPeriod;
import org.spotcheck.shared.pdf.DocumentSettings;
import org.spotcheck.shared.pdf.OfficialPdf;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The authority's documents of result handling as PDFs in the layout authorities print (ADR 0021): the
 * result notice (检验结果通知书, domain.md stage G) to the sampled enterprise or, when the sample came from a
 * seller, to the producer named on the label; the rectification order (责令整改通知书, Order 18 art. 46); the
 * referral letter (移送函) to enforcement. Each carries its 文号, the parties' full names and addresses, the
 * authority's seal block and date, page numbers, and a QR code to the public verification of the report it
 * rests on. A notice not yet served prints as a preview: marked 预览, without a 文号.
 */
@Component
class NoticePdf {

    private final DocumentSettings documents;
    private final DisposalSettings settings;
    private final Parties parties;

    NoticePdf(DisposalSettings settings, Parties parties, @Value(DocumentSettings.FONTS) List<String> fontPaths,
            @Value(DocumentSettings.PUBLIC_BASE_URL) String publicBaseUrl) {
        this.settings = settings;
        this.parties = parties;
        this.documents = new DocumentSettings(fontPaths, publicBaseUrl);
    }

    /** The window as the law words it (十五日, Product Quality Law art. 15), or as configured when it differs. */
    private String objectionWindow() {
        return settings.objectionWindow.equals(StatutoryPeriod.calendarDays(15)) ? "十五日" : settings.objectionWindow.zh();
    }

    /**
     * The result notice.
     *
     * @param docNo the notice's 文号, null on a preview
     */
    byte[] render(CaseView c, String enterpriseAddress, boolean toProducer, String docNo) {
        boolean preview = docNo == null;
        Parties.Organisation authority = parties.organisation(c.authorityCode());
        Parties.Organisation lab = parties.organisation(c.labCode());
        String addressee = toProducer ? c.producerName() : c.enterpriseName();
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"被抽样单位", c.enterpriseName()});
        fields.add(new String[] {"地址", enterpriseAddress});
        if (c.producerName() != null) {
            fields.add(new String[] {"标称生产者", c.producerName()});
        }
        fields.add(new String[] {"样品名称", c.productName()});
        fields.add(new String[] {"样品编号", c.sampleCode()});
        fields.add(new String[] {"检验报告编号", c.reportNo()});
        fields.add(new String[] {"承检机构", lab.name() + (lab.address() == null ? "" : "（" + lab.address() + "）")});
        fields.add(new String[] {"检验结论", conclusion(c)});
        if (!c.items().isEmpty()) {
            StringBuilder items = new StringBuilder();
            for (CaseView.Item i : c.items()) {
                items.append(items.isEmpty() ? "" : "；").append(i.nameZh()).append("（").append("A".equals(i.itemClass()) ? "A类" : "B类").append("）");
            }
            fields.add(new String[] {"不合格项目", items.toString()});
        }
        LocalDate deadline = c.objectionDeadline();
        try (OfficialPdf pdf = documents.start("检验结果通知书 " + (preview ? "预览" : docNo), preview ? "预览" : docNo)) {
            pdf.centredLine(authority.name(), 16).title("检验结果通知书").documentNumber(preview ? "（文号于送达时编定）" : docNo)
                    .addressee(addressee + "：")
                    .paragraph("本机关组织的产品质量监督抽查中，" + (toProducer ? "从销售者" + c.enterpriseName() + "处" : "在你单位")
                            + "抽取的样品，经承检机构检验，检验结论为：" + conclusion(c) + "。现将有关情况通知如下：")
                    .fields(fields)
                    .paragraph("对检验结论有异议的，可以自收到本通知书之日起" + objectionWindow() + "内，向本机关或者其上级市场监督管理部门提出书面异议，"
                            + "申请复检；复检利用备用样品进行，复检结论为最终结论。复检费用由申请人先行支付，复检结论与原检验结论一致的，"
                            + "复检费用由申请人承担；不一致的，由本机关承担。逾期未提出异议的，视为认可检验结论。"
                            + (deadline == null ? "" : "按送达日计算，异议期至" + words(deadline) + "（含当日）。"))
                    .paragraph("检验结论为不合格的，被抽样生产者、销售者应当立即停止生产、销售同一产品，并按照责令整改通知进行整改。")
                    .note("依据：《中华人民共和国产品质量法》第十五条、第十七条；《产品质量监督抽查管理暂行办法》第六章。", OfficialPdf.GREY)
                    .note("送达方式：" + method(c.serviceMethod()) + (c.serviceMethod() != null && c.servedAt() == null ? "（待企业在线签收）" : ""),
                            OfficialPdf.GREY)
                    .seal(authority.name(), day(c.noticeSentAt()), "（印章）")
                    .qr(reportVerifyUrl(c.reportNo()), "扫描二维码，可核验本通知书所依据的检验报告（报告编号 " + c.reportNo() + "）：");
            if (authority.address() != null) {
                pdf.note("本机关地址：" + authority.address(), OfficialPdf.GREY);
            }
            if (preview) {
                pdf.watermark("预览 未送达");
            }
            return pdf.finish();
        }
    }

    /** 责令整改通知书 (R13, Order 18 art. 46): what to correct, the last day of the period and of the re-inspection (R14). */
    byte[] renderRectification(CaseView c, String enterpriseAddress, String docNo) {
        RectificationView r = c.rectification();
        Parties.Organisation authority = parties.organisation(c.authorityCode());
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"被责令单位", c.enterpriseName()});
        fields.add(new String[] {"地址", enterpriseAddress});
        fields.add(new String[] {"产品名称", c.productName()});
        fields.add(new String[] {"样品编号", c.sampleCode()});
        fields.add(new String[] {"检验报告编号", c.reportNo()});
        fields.add(new String[] {"检验结论", conclusion(c)});
        fields.add(new String[] {"整改期限", words(r.orderedOn()) + "至" + words(r.dueOn()) + "（含当日）"});
        fields.add(new String[] {"复查期限", words(r.reinspectionDueOn()) + "前（含当日）"});
        String number = docNo == null ? "（文号未编定）" : docNo;
        try (OfficialPdf pdf = documents.start("责令整改通知书 " + number, number)) {
            pdf.centredLine(authority.name(), 16).title("责令整改通知书").documentNumber(number)
                    .addressee(c.enterpriseName() + "：")
                    .paragraph("本机关组织的产品质量监督抽查中，你单位被抽样产品经检验，结论为" + conclusion(c) + "。根据《产品质量监督抽查管理暂行办法》"
                            + "第四十六条的规定，现责令你单位对不合格产品进行整改。")
                    .fields(fields)
                    .paragraph("整改要求：" + r.requirements())
                    .paragraph("整改期限至" + words(r.dueOn()) + "（含当日），请在此前完成整改，并向本机关提交整改报告及证明材料。本机关将于" + words(r.reinspectionDueOn())
                            + "（含当日）前组织复查；复查样品由你单位无偿提供。整改期间，应当停止生产、销售同一产品。")
                    .note("依据：《中华人民共和国产品质量法》第十七条；《产品质量监督抽查管理暂行办法》第四十五条至第四十九条。", OfficialPdf.GREY)
                    .signatures("承办人：" + parties.personName(r.orderedBy()))
                    .seal(authority.name(), r.orderedOn(), "（印章）")
                    .qr(reportVerifyUrl(c.reportNo()), "扫描二维码，可核验本通知书所依据的检验报告（报告编号 " + c.reportNo() + "）：");
            if (authority.address() != null) {
                pdf.note("本机关地址：" + authority.address(), OfficialPdf.GREY);
            }
            return pdf.finish();
        }
    }

    /**
     * 移送函: the authority hands a case to enforcement (执法稽查), with the facts and the evidence on file.
     *
     * @param evidence the letter's attachments as stored when the referral was opened (none for one opened before V4_190)
     */
    byte[] renderReferral(ReferralRow r, String enterpriseAddress, List<ReferralEvidenceRow> evidence) {
        List<String> attachments = attachments(r.evidenceIds, evidence);
        Parties.Organisation authority = parties.organisation(r.authorityCode);
        String number = r.docNo == null ? "（文号未编定）" : r.docNo;
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"当事人", r.enterpriseName});
        fields.add(new String[] {"地址", enterpriseAddress});
        fields.add(new String[] {"抽查任务编号", r.taskCode});
        fields.add(new String[] {"移送事由", reason(r.reason)});
        // a referral opened by the workflow carries no files of its own: the evidence is the case's file, which the
        // facts name (walk 17h: 证据材料 read 无, which a lawyer for the enterprise would read as "no evidence")
        fields.add(new String[] {"证据材料", attachments.isEmpty() ? "基本事实所列检验报告及本案抽样单、检验结果通知书、送达记录（本机关存档，可调阅）"
                : "见附件（共" + attachments.size() + "件）"});
        try (OfficialPdf pdf = documents.start("移送函 " + number, number)) {
            pdf.centredLine(authority.name(), 16).title("案件移送函").documentNumber(number)
                    .addressee("本局执法稽查机构：")
                    // grounds: Product Quality Law art. 17 para 2 (serious quality problem) and art. 56 (refusal); domain.md S1, R18, R27
                    .paragraph("本机关在产品质量监督抽查工作中发现下列情况，涉嫌违反《中华人民共和国产品质量法》的规定，现移送你部门依法处理。")
                    .fields(fields)
                    .paragraph("基本事实：" + r.facts)
                    .paragraph("请依法查处，并将处理结果函告本机关。")
                    .attachments(attachments)
                    .seal(authority.name(), day(r.openedAt), "（印章）");
            if (r.docNo != null) {
                pdf.qr(documents.verifyUrl("/public/referrals/verify", r.docNo, fingerprint(r)), "扫描二维码，可核验本移送函（" + r.docNo + "）是否由本机关出具：");
            }
            if (authority.address() != null) {
                pdf.note("本机关地址：" + authority.address(), OfficialPdf.GREY);
            }
            return pdf.finish();
        }
    }

    /** The title of a file handed over without a name of its own, and of the evidence of a referral opened before V4_190. */
    static final String UNTITLED_EVIDENCE = "证据材料";

    /**
     * The letter's attachments as an official letter lists them (GB/T 9704-2012 7.3.5, 附件说明): each by its title with
     * its extent, 现场.png（1 份）, 检验报告.pdf（3 页）; never the system's ids (issue 17's walk). A referral opened before
     * the titles were kept (V4_190) lists each file as 证据材料.
     */
    static List<String> attachments(String evidenceIds, List<ReferralEvidenceRow> evidence) {
        List<String> lines = new ArrayList<>();
        if (evidence != null && !evidence.isEmpty()) {
            for (ReferralEvidenceRow e : evidence) {
                lines.add(e.title + "（" + (e.pages == null ? "1 份" : e.pages + " 页") + "）");
            }
            return lines;
        }
        int files = evidenceIds == null || evidenceIds.isBlank() ? 0 : evidenceIds.split(",").length;
        for (int i = 0; i < files; i++) {
            lines.add(UNTITLED_EVIDENCE + "（1 份）");
        }
        return lines;
    }

    /**
     * The referral letter's fingerprint in its QR code (issue 17.3): SHA-256 over its 文号 and what it states (case,
     * party, ground, facts, date), so a letter whose text was changed does not verify.
     */
    static String fingerprint(ReferralRow r) {
        String facts = String.join("|", "移送函", String.valueOf(r.docNo), String.valueOf(r.taskCode), String.valueOf(r.enterpriseName),
                String.valueOf(r.reason), String.valueOf(r.facts), r.openedAt == null ? "" : String.valueOf(r.openedAt.toEpochMilli()));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(facts.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String reportVerifyUrl(String reportNo) {
        return documents.verifyUrl("/public/reports/verify", reportNo == null ? "" : reportNo);
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, DisposalSettings.CHINA);
    }

    /** A date as documents write it: 2026年12月6日. */
    static String words(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String conclusion(CaseView c) {
        return "NO_NONCONFORMITY_FOUND".equals(c.conclusion()) ? "所检项目未发现不合格"
                : "不合格" + ("SERIOUS".equals(c.grade()) ? "（严重不合格）" : "（一般不合格）");
    }

    private static String reason(String reason) {
        return switch (reason) {
            case "REFUSED_SAMPLING" -> "无正当理由拒绝监督抽查（《中华人民共和国产品质量法》第五十六条）";
            case "SERIOUS_QUALITY_PROBLEM" -> "产品存在严重质量问题";
            case "LICENCE_REVOCATION" -> "建议吊销许可证照";
            default -> "其他";
        };
    }

    private static String method(String method) {
        if (method == null) {
            return "待定";
        }
        return switch (method) {
            case "IN_PERSON" -> "直接送达";
            case "POST" -> "邮寄送达";
            case "EMAIL" -> "电子邮件送达";
            case "IN_APP" -> "系统送达";
            default -> "网上送达";
        };
    }
}
