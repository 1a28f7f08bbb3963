package org.spotcheck.planning.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotcheck.planning.api.RegisterKind;
import org.spotcheck.planning.api.UploadedFile;
import org.spotcheck.planning.internal.persistence.RegisterMapper;
import org.spotcheck.planning.internal.persistence.RegisterRows.AuthorityRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.ProductRow;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;

/** The row checks of the register import, against an in-memory register. */
class RegisterServiceTest {

    private final List<Object> inserted = new ArrayList<>();
    private final RegisterService service = new RegisterService(fakeRegisters());
    private final Actor planner = new Actor("planner", EnumSet.of(Role.PLANNER), "AUTH-320100", OrgType.AUTHORITY, "320100");

    @Test
    void everyBadCellOfEveryRowIsReportedAndNothingIsInserted() {
        String csv = String.join("\n",
                "code,name,credit_code,address,region_code,industry,size,products",
                "E1,甲,91320102MA1X7A1B2U,南京,320102,塑料,SMALL,PLASTIC_BAG",
                "E2,乙,91320102MA1X7A1B2X,南京,320102,塑料,SMALL,PLASTIC_BAG",
                "E3,丙,91320104MA1Y8B2C34,南京,32011,塑料,HUGE,PLASTIC_BAG|NO_SUCH",
                "E4,丁,91320106MA1W9C3D4L,,320505,塑料,大型,PLASTIC_BAG");
        assertThatThrownBy(() -> service.importFile(planner, RegisterKind.ENTERPRISES,
                new UploadedFile("e.csv", csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder(
                                "row 3 / credit_code", "row 4 / region_code", "row 4 / size", "row 4 / products",
                                "row 5 / address", "row 5 / region_code"));
        assertThat(inserted).isEmpty();
    }

    @Test
    void aCleanFileIsInsertedWhole() {
        String csv = "统一社会信用代码,名称,地址,行政区划代码,行业,规模,产品\n"
                + "91320102MA1X7A1B2U,甲,南京,320102,塑料,小型,PLASTIC_BAG;TISSUE_PAPER\n";
        var result = service.importFile(planner, RegisterKind.ENTERPRISES, new UploadedFile("e.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.codes()).containsExactly("91320102MA1X7A1B2U"); // the code defaults to the credit code
        assertThat(inserted).hasSize(1);
    }

    @Test
    void theColumnsOfEachRegisterMatchItsImport() {
        for (RegisterKind kind : RegisterKind.values()) {
            assertThat(RegisterService.columns(kind).keys()).as(kind.name()).containsExactlyElementsOf(kind.columns());
        }
    }

    private RegisterMapper fakeRegisters() {
        return (RegisterMapper) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RegisterMapper.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findAuthority" -> {
                        AuthorityRow a = new AuthorityRow();
                        a.code = "AUTH-320100";
                        a.regionCode = "320100";
                        yield a;
                    }
                    case "products" -> {
                        List<ProductRow> products = new ArrayList<>();
                        for (String code : List.of("PLASTIC_BAG", "TISSUE_PAPER")) {
                            ProductRow p = new ProductRow();
                            p.code = code;
                            products.add(p);
                        }
                        yield products;
                    }
                    case "enterprises", "inspectors", "labs" -> List.of();
                    case "insertEnterprise", "insertInspector", "insertLab", "insertProduct" -> {
                        inserted.add(args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
