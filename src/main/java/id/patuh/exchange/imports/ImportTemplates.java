package id.patuh.exchange.imports;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.methodology.Dimension;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.LocalizedText;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The empty file of each kind to fill in: its header row (as the import reads it) and, in the XLSX, a second sheet
 * saying what each column holds. Kinds whose columns follow the methodology (dimension points, user-interview
 * indicators) take them from the cycle of {@code year}, or from the newest cycle when none is named.
 */
@Service
public class ImportTemplates {

    /** A column of a template and what it holds. */
    public record Column(String name, boolean required, String meaning) {
    }

    private final Cycles cycles;
    private final Methodologies methodologies;
    private final MessageSource messages;

    ImportTemplates(Cycles cycles, Methodologies methodologies, MessageSource messages) {
        this.cycles = cycles;
        this.methodologies = methodologies;
        this.messages = messages;
    }

    public List<Column> columns(ImportKind kind, Integer year, Locale locale) {
        List<Column> columns = new ArrayList<>();
        switch (kind) {
            case UNIT_SCORES -> {
                UnitScoreImport.columns().forEach(c -> columns.add(fixed(c, true, locale)));
                for (Dimension dimension : methodology(year).dimensions()) {
                    columns.add(new Column(dimension.code().toLowerCase(Locale.ROOT), false, message(
                            "exchange.template.dimension", locale, text(dimension.name(), locale),
                            dimension.weight().stripTrailingZeros().toPlainString())));
                }
            }
            case ENTITY_SCORES -> EntityScoreImport.columns().forEach(c -> columns.add(fixed(c, true, locale)));
            case ANSWERS -> {
                AnswerImport.columns().forEach(c -> columns.add(fixed(c, true, locale)));
                columns.add(fixed("product", false, locale));
            }
            case USER_INTERVIEWS -> {
                UserInterviewImport.fixedColumns().forEach(c -> columns.add(fixed(c, true, locale)));
                for (Indicator indicator : methodology(year).indicators()) {
                    if (indicator.source() == id.patuh.methodology.DataSource.USER_INTERVIEW) {
                        columns.add(new Column(indicator.code(), true, message(
                                "exchange.template.indicator", locale, text(indicator.text(), locale),
                                indicator.scale().maxLevel())));
                    }
                }
            }
            case REGISTRY -> {
                RegistryImport.columns().forEach(c -> columns.add(fixed(c, true, locale)));
                RegistryImport.optionalColumns().forEach(c -> columns.add(fixed(c, false, locale)));
            }
        }
        return columns;
    }

    public void csv(ImportKind kind, Integer year, Locale locale, OutputStream out) throws IOException {
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(String.join(",", columns(kind, year, locale).stream().map(Column::name).toList()));
        writer.write("\r\n");
        writer.flush();
    }

    public void xlsx(ImportKind kind, Integer year, Locale locale, OutputStream out) throws IOException {
        List<Column> columns = columns(kind, year, locale);
        Workbook workbook = new Workbook(out, "Patuh", "1.0");
        Worksheet data = workbook.newWorksheet(kind.slug());
        for (int i = 0; i < columns.size(); i++) {
            data.value(0, i, columns.get(i).name());
            data.style(0, i).bold().set();
            data.width(i, Math.max(12, columns.get(i).name().length() + 4));
        }
        Worksheet notes = workbook.newWorksheet(message("exchange.template.notesSheet", locale));
        notes.value(0, 0, message("exchange.template.column", locale));
        notes.value(0, 1, message("exchange.template.requiredHeader", locale));
        notes.value(0, 2, message("exchange.template.meaning", locale));
        notes.style(0, 0).bold().set();
        notes.style(0, 1).bold().set();
        notes.style(0, 2).bold().set();
        for (int i = 0; i < columns.size(); i++) {
            notes.value(i + 1, 0, columns.get(i).name());
            notes.value(i + 1, 1, message(columns.get(i).required() ? "exchange.template.yes" : "exchange.template.no", locale));
            notes.value(i + 1, 2, columns.get(i).meaning());
        }
        notes.value(columns.size() + 2, 0, message("exchange.template.firstSheetOnly", locale));
        notes.width(0, 22);
        notes.width(2, 90);
        workbook.finish();
    }

    private Methodology methodology(Integer year) {
        Cycle cycle = year != null ? cycles.require(year)
                : cycles.all().stream().max(Comparator.comparingInt(Cycle::year))
                .orElseThrow(() -> DomainException.notFound("exchange.template.noCycle"));
        return methodologies.require(cycle.methodologyId());
    }

    private Column fixed(String name, boolean required, Locale locale) {
        return new Column(name, required, message("exchange.template.column." + name, locale));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static String text(LocalizedText text, Locale locale) {
        return "en".equals(locale.getLanguage()) && text.en() != null ? text.en() : text.id();
    }
}
