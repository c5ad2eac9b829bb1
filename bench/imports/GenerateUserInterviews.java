import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes the bench's files: registry.csv (the units), user-interviews.xlsx (one row per respondent, the import's
 * format) and the same rows as user-interviews.csv (for PostgreSQL's COPY), plus answers-long.csv (the same data as
 * answer rows, one per respondent and indicator, as the import stores them). Seeded, so every run has the same data.
 * Arguments: rows, units, seed, file prefix, then the user-interview indicator codes.
 */
public class GenerateUserInterviews {
    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        int units = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        String prefix = args[3];
        List<String> indicators = List.of(args).subList(4, args.length);
        String[] entities = {"36.01", "36.02", "36.03", "36.04", "36.71"};
        Random random = new Random(seed);
        try (BufferedWriter registry = Files.newBufferedWriter(Path.of("registry.csv"), StandardCharsets.UTF_8)) {
            registry.write("entity_code,unit_code,unit_name,unit_kind\n");
            for (int u = 0; u < units; u++) {
                registry.write(entities[u % entities.length] + ",BENCH-" + u + ",Unit bench " + u + ",OTHER\n");
            }
        }
        int perUnit = (rows + units - 1) / units;
        try (OutputStream xlsxOut = new FileOutputStream(prefix + ".xlsx");
             BufferedWriter csv = Files.newBufferedWriter(Path.of(prefix + ".csv"), StandardCharsets.UTF_8);
             BufferedWriter longCsv = Files.newBufferedWriter(Path.of(prefix + "-answers.csv"), StandardCharsets.UTF_8)) {
            Workbook workbook = new Workbook(xlsxOut, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("user-interviews");
            sheet.value(0, 0, "entity_code");
            sheet.value(0, 1, "unit_code");
            sheet.value(0, 2, "respondent");
            for (int i = 0; i < indicators.size(); i++) {
                sheet.value(0, 3 + i, indicators.get(i));
            }
            for (int r = 0; r < rows; r++) {
                int u = r / perUnit;
                String entity = entities[u % entities.length];
                String unit = "BENCH-" + u;
                int respondent = r % perUnit + 1;
                sheet.value(r + 1, 0, entity);
                sheet.value(r + 1, 1, unit);
                sheet.value(r + 1, 2, respondent);
                StringBuilder line = new StringBuilder(entity).append(',').append(unit).append(',').append(respondent);
                for (int i = 0; i < indicators.size(); i++) {
                    int level = random.nextInt(2); // the 2022 user-interview scale is 0–1
                    sheet.value(r + 1, 3 + i, level);
                    line.append(',').append(level);
                    longCsv.write("2024," + entity + "," + unit + "," + indicators.get(i) + "," + respondent + "," + level + ",bench\n");
                }
                csv.write(line.append('\n').toString());
                if (r % 10000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }
}
