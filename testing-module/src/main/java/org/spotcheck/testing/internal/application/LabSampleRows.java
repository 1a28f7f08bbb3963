package org.spotcheck.testing.internal.application;

import org.spotcheck.testing.api.RegisterLabSampleCommand;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.spotcheck.testing.internal.persistence.TestItemRow;

/**
 * A registered lab sample's snapshot as sent: every component of {@link RegisterLabSampleCommand} (and of its item) in
 * its column, written out. The samplers are joined, the items go to their own rows, an item without a method stores
 * none (""). LabSampleRowsTest fails for a component added to the command and not written here.
 */
final class LabSampleRows {

    private LabSampleRows() {
    }

    /** The sample's row; status, time and id are the registration's. */
    static LabSampleRow sample(RegisterLabSampleCommand c) {
        LabSampleRow row = new LabSampleRow();
        row.sampleCode = c.sampleCode();
        row.sampleId = c.sampleId();
        row.taskCode = c.taskCode();
        row.labCode = c.labCode();
        row.labName = c.labName();
        row.labAddress = c.labAddress();
        row.labAccreditationNo = c.labAccreditationNo();
        row.authorityCode = c.authorityCode();
        row.enterpriseCode = c.enterpriseCode();
        row.enterpriseName = c.enterpriseName();
        row.productCode = c.productCode();
        row.productName = c.productName();
        row.ruleId = c.ruleId();
        row.ruleTitle = c.ruleTitle();
        row.ruleVersion = c.ruleVersion();
        row.testSealNumber = c.testSealNumber();
        row.samplers = String.join(",", c.samplers());
        row.retest = c.retest();
        return row;
    }

    /** A test item's row at its place in the sample; its results come later. */
    static TestItemRow item(RegisterLabSampleCommand.ItemSpec spec, long labSampleId, int seq) {
        TestItemRow item = new TestItemRow();
        item.labSampleId = labSampleId;
        item.seq = seq;
        item.code = spec.code();
        item.nameZh = spec.nameZh();
        item.method = spec.method() == null ? "" : spec.method();
        item.limitType = spec.limitType();
        item.limitValue = spec.limitValue();
        item.limitMin = spec.limitMin();
        item.limitMax = spec.limitMax();
        item.limitText = spec.limitText();
        item.unit = spec.unit();
        item.decimals = spec.decimals();
        item.display = spec.display();
        item.itemClass = spec.itemClass();
        item.detectionLimit = spec.detectionLimit();
        item.ndRequired = spec.ndRequired();
        item.valueZh = spec.valueZh();
        item.unitZh = spec.unitZh();
        item.nameEn = spec.nameEn();
        item.methodEn = spec.methodEn();
        item.displayEn = spec.displayEn();
        item.unitEn = spec.unitEn();
        return item;
    }
}
