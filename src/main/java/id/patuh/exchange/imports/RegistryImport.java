package id.patuh.exchange.imports;

import id.patuh.registry.Entities;
import id.patuh.registry.EntitySummary;
import id.patuh.registry.UnitKind;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Service units and their products: one row per unit, or per unit and product (the unit's name and kind repeated on
 * each). Units are created or renamed and re-kinded; products created or renamed; nothing is removed.
 */
final class RegistryImport extends KindImport {

    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}";

    private record Unit(String entityCode, String code, String name, UnitKind kind, Map<String, String> products) {
    }

    private final ImportContext context;
    private final Entities entities;
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private int rows;

    RegistryImport(ImportContext context, Entities entities) {
        this.context = context;
        this.entities = entities;
    }

    static List<String> columns() {
        return List.of("entity_code", "unit_code", "unit_name", "unit_kind");
    }

    static List<String> optionalColumns() {
        return List.of("product_code", "product_name");
    }

    @Override
    List<String> required() {
        return columns();
    }

    @Override
    List<String> optional() {
        return optionalColumns();
    }

    @Override
    void row(ImportRowCells row) {
        EntitySummary entity = context.entity(row);
        String unitCode = row.required("unit_code");
        String name = row.required("unit_name");
        String kindText = row.required("unit_kind");
        String productCode = row.text("product_code");
        String productName = row.text("product_name");
        if (unitCode != null && !unitCode.matches(CODE)) {
            row.error("unit_code", "exchange.import.row.unitCodeFormat", unitCode);
        }
        if (name != null && name.length() > 200) {
            row.error("unit_name", "exchange.import.row.nameTooLong", 200);
        }
        UnitKind kind = null;
        if (kindText != null) {
            try {
                kind = UnitKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                row.error("unit_kind", "exchange.import.row.unknownUnitKind", kindText,
                        String.join(", ", java.util.Arrays.stream(UnitKind.values()).map(Enum::name).toList()));
            }
        }
        if (productCode != null && !productCode.matches(CODE)) {
            row.error("product_code", "exchange.import.row.unitCodeFormat", productCode);
        }
        if (productCode != null && productName == null) {
            row.error("product_name", "exchange.import.row.required");
        }
        if (productCode == null && productName != null) {
            row.error("product_code", "exchange.import.row.required");
        }
        if (productName != null && productName.length() > 200) {
            row.error("product_name", "exchange.import.row.nameTooLong", 200);
        }
        if (row.failed() || entity == null) {
            return;
        }
        String key = entity.code() + "|" + unitCode;
        if (!seen.add(key + "|" + (productCode == null ? "" : productCode))) {
            row.error(productCode == null ? "unit_code" : "product_code", "exchange.import.row.duplicateRow");
            return;
        }
        Unit unit = units.get(key);
        if (unit == null) {
            unit = new Unit(entity.code(), unitCode, name, kind, new LinkedHashMap<>());
            units.put(key, unit);
        } else if (!unit.name().equals(name) || unit.kind() != kind) {
            row.error("unit_name", "exchange.import.registry.unitDiffers", unitCode);
            return;
        }
        if (productCode != null) {
            unit.products().put(productCode, productName);
        }
        rows++;
    }

    @Override
    int write() {
        for (Unit unit : units.values()) {
            entities.saveUnit(unit.entityCode(), unit.code(), unit.name(), unit.kind());
            unit.products().forEach((code, name) -> entities.saveProduct(unit.entityCode(), unit.code(), code, name));
        }
        return rows;
    }
}
