package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** A cycle's full score sheet as CSV: one row per entity followed by one row per unit, all figures rounded. */
final class ScoreSheet {

    static final String HEADER = "record,entity_code,entity_type,province,unit_key,unit_kind,"
            + "input,proses,output,pengaduan,score,category,zone,national_rank,province_rank,status,issues";

    private ScoreSheet() {
    }

    static String csv(CycleResult cycle) {
        StringBuilder sheet = new StringBuilder(HEADER).append('\n');
        for (EntityResult entity : cycle.entities()) {
            if (entity instanceof ScoredEntity scored) {
                row(sheet, "entity", entity, "", "", List.of(), scored.roundedScore(), scored.grade(),
                        cycle.rankings().nationalRank(entity.entityCode()),
                        cycle.rankings().provinceRank(entity.entityCode()), "SCORED", "");
                scored.units().forEach(unit -> unitRow(sheet, entity, unit));
            } else {
                IncompleteEntity incomplete = (IncompleteEntity) entity;
                row(sheet, "entity", entity, "", "", List.of(), null, null, OptionalInt.empty(), OptionalInt.empty(),
                        "INCOMPLETE", incomplete.incompleteUnits().stream().map(IncompleteUnit::unitKey)
                                .collect(Collectors.joining(" ")));
                incomplete.scoredUnits().forEach(unit -> unitRow(sheet, entity, unit));
                for (IncompleteUnit unit : incomplete.incompleteUnits()) {
                    row(sheet, "unit", entity, unit.unitKey(), unit.unitKind(), List.of(), null, null,
                            OptionalInt.empty(), OptionalInt.empty(), "INCOMPLETE", unit.issues().stream()
                                    .map(issue -> issue.problem() + ":" + issue.indicatorCode())
                                    .collect(Collectors.joining(" ")));
                }
            }
        }
        return sheet.toString();
    }

    private static void unitRow(StringBuilder sheet, EntityResult entity, ScoredUnit unit) {
        row(sheet, "unit", entity, unit.unitKey(), unit.unitKind() == null ? "" : unit.unitKind(), unit.dimensions(),
                unit.roundedScore(), unit.grade(), OptionalInt.empty(), OptionalInt.empty(), unit.source().name(), "");
    }

    private static void row(StringBuilder sheet, String record, EntityResult entity, String unitKey, String unitKind,
                            List<DimensionPoints> dimensions, BigDecimal score, GradeBand grade,
                            OptionalInt nationalRank, OptionalInt provinceRank, String status, String issues) {
        StringJoiner row = new StringJoiner(",");
        row.add(record).add(entity.entityCode()).add(entity.entityType())
                .add(entity.province() == null ? "" : entity.province()).add(unitKey).add(unitKind);
        for (int d = 0; d < 4; d++) {
            row.add(dimensions.isEmpty() ? "" : dimensions.get(d).roundedPoints().toPlainString());
        }
        row.add(score == null ? "" : score.toPlainString())
                .add(grade == null || grade.category() == null ? "" : grade.category())
                .add(grade == null ? "" : grade.zone().name())
                .add(nationalRank.isPresent() ? String.valueOf(nationalRank.getAsInt()) : "")
                .add(provinceRank.isPresent() ? String.valueOf(provinceRank.getAsInt()) : "")
                .add(status).add(issues);
        sheet.append(row).append('\n');
    }
}
