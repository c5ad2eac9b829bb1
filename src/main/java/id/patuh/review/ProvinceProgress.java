package id.patuh.review;

import java.util.Map;

/** How far a province's units are in a cycle, by status, and the office that covers it. */
public record ProvinceProgress(String provinceCode, String provinceName, String officeCode, Map<UnitStatus, Long> units) {

    public long total() {
        return units.values().stream().mapToLong(Long::longValue).sum();
    }
}
