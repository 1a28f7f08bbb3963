package org.spotcheck.disposal.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotcheck.disposal.api.ReferralFacts;
import org.spotcheck.shared.StoredMessage;

/**
 * The facts of a referral letter worded by disposal from the data the process hands over (brief arch18): the letter's
 * Chinese text exactly as the process glue wrote it before (no spaces around names, the letter's own date format), and
 * the message kept with the referral, its arguments in both languages for an English page.
 */
class ReferralFactsTextsTest {

    private final ReferralFactsTexts texts = new ReferralFactsTexts(StatisticsExportTest.texts());

    @Test
    void aSeriousQualityProblemNamesTheReportsTheGradeAndEachFailedItemWithItsClass() {
        ReferralFactsTexts.Worded facts = texts.word(new ReferralFacts.QualityProblem("ENT1", "某纸业有限公司", "TISSUE", "纸巾纸",
                "YP-1", "LAB1-1", "LAB2-1", "SERIOUS", List.of(new ReferralFacts.Item("吸水性", "Water absorption", "A"),
                        new ReferralFacts.Item("白度", null, "B"))));

        assertThat(facts.zh()).isEqualTo("严重质量问题：被抽样单位某纸业有限公司的纸巾纸（样品 YP-1）经检验报告 LAB1-1、复检报告 LAB2-1确定为不合格"
                + "（严重不合格），不合格项目：吸水性（A类）、白度（B类）。已责令停止生产、销售。");
        StoredMessage m = facts.message();
        assertThat(m.key()).isEqualTo("stored.referral.qualityProblem");
        assertThat(m.args().get(0)).isEqualTo(StoredMessage.Arg.org("ENT1", "某纸业有限公司"));
        assertThat(m.args().get(1)).isEqualTo(StoredMessage.Arg.product("TISSUE", "纸巾纸"));
        assertThat(m.args().get(4)).isEqualTo(StoredMessage.Arg.zhEn("、复检报告 LAB2-1", ", re-test report LAB2-1"));
        assertThat(m.args().get(5)).isEqualTo(new StoredMessage.Arg(StoredMessage.Kind.KEY, "disposal.publication.gradeSerious", "严重不合格"));
        // an item the rule does not name in English keeps its Chinese name
        assertThat(m.args().get(6)).isEqualTo(StoredMessage.Arg.zhEn("吸水性（A类）、白度（B类）", "Water absorption (class A), 白度 (class B)"));
    }

    @Test
    void aRevocationRestsOnTheLastRoundWithTheDatesAsTheLetterWritesThem() {
        ReferralFacts.Round last = new ReferralFacts.Round(3, "LAB1-3", "LAB1", "某检测院", "YP-3", "200抽", "B1",
                LocalDate.of(2027, 1, 2), "SERIOUS", "吸水性", List.of(new ReferralFacts.Item("吸水性", "Water absorption", null)));
        ReferralFactsTexts.Worded facts = texts.word(new ReferralFacts.LicenceRevocation("ENT1", "某纸业有限公司", "TISSUE", "纸巾纸",
                LocalDate.of(2027, 3, 8), LocalDate.of(2026, 12, 1), last, List.of(new ReferralFacts.Report("SPOT_CHECK", 0, "LAB1-1", "某检测院"),
                        new ReferralFacts.Report("REINSPECTION", 1, "LAB1-2", "某检测院"), new ReferralFacts.Report("REINSPECTION", 2, null, null))));

        assertThat(facts.zh()).isEqualTo("吊销营业执照建议（《中华人民共和国产品质量法》第十七条）：某纸业有限公司的纸巾纸停业整顿至2027年3月8日，"
                + "整顿期满复查仍不合格。依据：第3次复查检验报告 LAB1-3（承检机构：某检测院；样品 YP-3，规格型号 200抽，批号 B1，生产日期 2027-01-02；"
                + "严重不合格；不合格项目：吸水性）。此前经过：监督抽查检验报告 LAB1-1（某检测院）；第1次复查检验报告 LAB1-2（某检测院）；"
                + "第2次复查（企业拒绝抽样），均不合格；公告日期2026年12月1日。");
        StoredMessage m = facts.message();
        assertThat(m.key()).isEqualTo("stored.referral.revocationFinal");
        assertThat(m.args().get(2)).isEqualTo(StoredMessage.Arg.zhEn("2027年3月8日", "2027-03-08"));
        assertThat(m.args().get(5)).isEqualTo(StoredMessage.Arg.org("LAB1", "某检测院"));
        assertThat(m.args().get(9)).isEqualTo(StoredMessage.Arg.zhEn("吸水性", "Water absorption"));
        assertThat(m.args().get(10).value()).isEqualTo("spot-check report LAB1-1 (某检测院); re-inspection 1 report LAB1-2 (某检测院); "
                + "re-inspection 2 (sampling refused)");
    }

    @Test
    void aRefusedLastRoundIsTheRefusedRevocationAndItemsKeptOnlyAsTextReadAsKept() {
        ReferralFacts.Round refused = new ReferralFacts.Round(3, null, null, null, null, null, null, null, null, null, List.of());
        ReferralFactsTexts.Worded facts = texts.word(new ReferralFacts.LicenceRevocation("ENT1", "某纸业有限公司", "TISSUE", "纸巾纸",
                null, LocalDate.of(2026, 12, 1), refused, List.of(new ReferralFacts.Report("SPOT_CHECK", 0, "LAB1-1", "某检测院"))));
        assertThat(facts.zh()).isEqualTo("吊销营业执照建议（《中华人民共和国产品质量法》第十七条）：某纸业有限公司的纸巾纸停业整顿至—，整顿期满后拒绝第3次"
                + "复查抽样，按复查不合格处理。此前经过：监督抽查检验报告 LAB1-1（某检测院），均不合格；公告日期2026年12月1日。");

        ReferralFacts.Round textOnly = new ReferralFacts.Round(3, "LAB1-3", null, null, null, null, null, null, "GENERAL", "吸水性、白度", List.of());
        StoredMessage m = texts.word(new ReferralFacts.LicenceRevocation("ENT1", "某纸业有限公司", "TISSUE", "纸巾纸", null, null,
                textOnly, List.of())).message();
        assertThat(m.args().get(5)).isEqualTo(StoredMessage.Arg.text("—"));
        assertThat(m.args().get(7)).isEqualTo(StoredMessage.Arg.zhEn("—", "—"));
        assertThat(m.args().get(9)).isEqualTo(StoredMessage.Arg.text("吸水性、白度"));
    }

    @Test
    void aRefusedSamplingNamesWhoRefusedHisPositionAndTheSamplersByName() {
        ReferralFactsTexts.Worded facts = texts.word(new ReferralFacts.RefusedSampling(false, "张三", "经理", List.of("王芳", "李强"), "现场拒签"));
        assertThat(facts.zh()).isEqualTo("拒检：张三（经理）拒绝抽样；抽样人员王芳、李强已告知法律后果。现场拒签");
        assertThat(facts.message().args().get(1)).isEqualTo(StoredMessage.Arg.zhEn("（经理）", " (经理)"));
        assertThat(facts.message().args().get(2)).isEqualTo(StoredMessage.Arg.zhEn("王芳、李强", "王芳, 李强"));

        ReferralFactsTexts.Worded again = texts.word(new ReferralFacts.RefusedSampling(true, "张三", null, List.of("王芳"), null));
        assertThat(again.message().key()).isEqualTo("stored.referral.reinspectionRefused");
        assertThat(again.zh()).isEqualTo("拒绝复查抽样：张三拒绝复查抽样；抽样人员王芳已告知法律后果。");
    }
}
