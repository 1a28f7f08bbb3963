package org.spotcheck.sampling.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The enterprise's confirmation of the sampling form: online by the enterprise, who enters the
 * password again and accepts the statement, or on paper, recorded by a sampler with a photo.
 *
 * @param method            ONLINE or PAPER
 * @param password          ONLINE: the enterprise user's password again (re-authentication)
 * @param acceptStatement   ONLINE: accepts {@link #STATEMENT}
 * @param signaturePhotoId  PAPER: photo of the signed paper form
 * @param signedByName      PAPER: who signed for the enterprise
 */
public record ConfirmSamplingForm(
        @NotNull Method method,
        @Size(max = 200) String password,
        Boolean acceptStatement,
        Long signaturePhotoId,
        @Size(max = 100) String signedByName) {

    /**
     * What the enterprise's online signature means; stored with the confirmation and printed on the 抽样单, in Chinese
     * only (issue 17: the form and the page showed a "中文 / English" pair). An English page shows the bundle's
     * translation ({@code confirm.statement}) beside it, never in the record.
     */
    public static final String STATEMENT = "本单位已核对本抽样单所列内容，确认样品系从本单位待销产品中随机抽取并当场封样，所填信息属实。";

    /** How the enterprise signed. */
    public enum Method {
        ONLINE,
        PAPER
    }
}
