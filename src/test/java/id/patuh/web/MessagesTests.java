package id.patuh.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI string exists in Bahasa Indonesia and in English, including those named in templates and code. */
class MessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");
    private static final Pattern DYNAMIC_TEMPLATE_KEY = Pattern.compile("#\\{'([A-Za-z][A-Za-z0-9_.]*\\.)' \\+ \\$\\{[^}]+}}");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:registry|identity|web|methodology|scoring|cycle|results|fieldwork|review|audit|exchange|reports|improvement|publicsite)\\.[a-zA-Z]+(?:\\.[a-zA-Z0-9]+)+)\"");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        Set<String> indonesian = load("messages_id.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(indonesian)).as("keys missing in English").isSubsetOf(english);
        assertThat(new TreeSet<>(english)).as("keys missing in Bahasa Indonesia").isSubsetOf(indonesian);
        assertThat(load("messages_id.properties").values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void aMessageWithArgumentsDoublesItsApostrophes() throws IOException {
        // MessageFormat swallows a lone apostrophe in messages that take arguments ("office's" would print "offices").
        for (String file : new String[]{"messages_id.properties", "messages_en.properties"}) {
            load(file).forEach((key, value) -> {
                String text = value.toString();
                if (text.matches("(?s).*\\{\\d}.*")) {
                    assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties indonesian = load("messages_id.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(template);
                Matcher keys = TEMPLATE_KEY.matcher(text);
                while (keys.find()) {
                    if (!indonesian.containsKey(keys.group(1))) {
                        missing.add(template.getFileName() + ": " + keys.group(1));
                    }
                }
                Matcher prefixes = DYNAMIC_TEMPLATE_KEY.matcher(text);
                while (prefixes.find()) {
                    String prefix = prefixes.group(1);
                    if (indonesian.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix))) {
                        missing.add(template.getFileName() + ": " + prefix + "*");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageKeyTheCodeUsesExists() throws IOException {
        Properties indonesian = load("messages_id.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher keys = CODE_KEY.matcher(Files.readString(source));
                while (keys.find()) {
                    if (!indonesian.containsKey(keys.group(1))) {
                        missing.add(source.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(stream).as(name).isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
