package org.spotcheck.app.workflow.variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.variable.api.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** The typed process variables, without an engine or Spring. */
class ProcessVariablesTest {

    @Test
    void anIdReadsAsLongWhateverNumberTheEngineStored() {
        assertThat(ProcessVariables.DISPOSAL_CASE_ID.in(Map.of("disposalCaseId", 7))).isEqualTo(7L);
        assertThat(ProcessVariables.DISPOSAL_CASE_ID.in(Map.of("disposalCaseId", 7L))).isEqualTo(7L);
        assertThat(ProcessVariables.COUNTERSIGN_APPROVALS.in(Map.of("countersignApprovals", 2L))).isEqualTo(2);
    }

    @Test
    void anAbsentVariableIsNullOrTheGivenDefault() {
        assertThat(ProcessVariables.CASE_CODE.in(Map.of())).isNull();
        assertThat(ProcessVariables.COUNTERSIGN_REJECTIONS.in(Map.of(), 0)).isZero();
        assertThat(ProcessVariables.COUNTERSIGNERS.in(Map.of(), List.of())).isEmpty();
    }

    @Test
    void aValueOfAnotherTypeIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> ProcessVariables.CASE_CODE.in(Map.of("caseCode", 12)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("caseCode").hasMessageContaining("String");
        assertThatThrownBy(() -> ProcessVariables.SAMPLE_ID.in(Map.of("sampleId", "12")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sampleId");
    }

    @Test
    void anExecutionIsReadAndWrittenUnderTheSameName() {
        Map<String, Object> stored = new HashMap<>();
        VariableScope execution = scope(stored);
        ProcessVariables.FINAL_CONFORMING.set(execution, true);
        ProcessVariables.REPORT_DUE_AT.set(execution, new Date(0));
        ProcessVariables.LAB_SAMPLE_ID.set(execution, 42L);
        assertThat(stored).containsEntry("finalConforming", true).containsEntry("reportDueAt", new Date(0))
                .containsEntry("labSampleId", 42L);
        assertThat(ProcessVariables.LAB_SAMPLE_ID.in(execution)).isEqualTo(42L);
        assertThat(ProcessVariables.REINSPECTION_OUTCOME.in(execution, "NONE")).isEqualTo("NONE");
    }

    @Test
    void everyVariableHasItsOwnName() {
        List<String> names = Arrays.stream(ProcessVariables.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == ProcessVariables.Var.class)
                .map(f -> {
                    try {
                        return ((ProcessVariables.Var<?>) f.get(null)).name();
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertThat(names).hasSizeGreaterThan(40).doesNotHaveDuplicates();
    }

    private static VariableScope scope(Map<String, Object> stored) {
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable" -> stored.get((String) args[0]);
                    case "setVariable" -> stored.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
