package id.patuh.methodology.internal;

import id.patuh.methodology.InvalidMethodologyException;
import id.patuh.methodology.LocalizedText;
import id.patuh.methodology.MethodologyError;
import id.patuh.methodology.MethodologyError.Kind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A parsed YAML document with the source position of every key and value, so that errors found on the tree can point
 * at a line. A document that does not parse is rejected here with a single syntax error.
 */
final class YamlDocument {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            // Weights must sum to exactly 100, which binary floating point cannot promise.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // A repeated key would otherwise silently replace the first, hiding an editing mistake.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    record Position(int line, int column) {
    }

    private final JsonNode root;
    private final Map<String, Position> positions;

    private YamlDocument(JsonNode root, Map<String, Position> positions) {
        this.root = root;
        this.positions = positions;
    }

    static YamlDocument parse(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw syntaxError(new Position(1, 1),
                    "The file is not valid UTF-8 text.", "Berkas bukan teks UTF-8 yang sah.");
        }
    }

    static YamlDocument parse(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw syntaxError(e);
        }
        if (root == null || root.isMissingNode()) {
            throw syntaxError(new Position(1, 1), "The document is empty.", "Dokumen kosong.");
        }
        return new YamlDocument(root, positionsOf(text));
    }

    JsonNode root() {
        return root;
    }

    /** The position of the value at {@code path}, or of its nearest ancestor present in the text. */
    Position positionOf(NodePath path) {
        String pointer = path.pointer();
        while (true) {
            Position position = positions.get(pointer);
            if (position != null) {
                return position;
            }
            if (pointer.isEmpty()) {
                return new Position(1, 1);
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
    }

    // A second, streaming pass: the tree does not keep locations. The first token seen at a path is the key of a
    // mapping entry (or the start of a list item), which is where an editor should jump to.
    private static Map<String, Position> positionsOf(String text) {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                TokenStreamLocation location = parser.currentTokenLocation();
                positions.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                        new Position(location.getLineNr(), location.getColumnNr()));
            }
        }
        return positions;
    }

    private static InvalidMethodologyException syntaxError(JacksonException e) {
        // SnakeYAML's own marks are exact; Jackson's location for a YAML error can point at the start of the scalar.
        if (e.getCause() instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
            Mark mark = marked.getProblemMark().get();
            String context = marked.getContextMark()
                    .map(contextMark -> " (" + marked.getContext() + " at line " + (contextMark.getLine() + 1)
                            + ", column " + (contextMark.getColumn() + 1) + ")")
                    .orElse("");
            String problem = marked.getProblem() + context;
            Position position = new Position(mark.getLine() + 1, mark.getColumn() + 1);
            return syntaxError(position, syntaxMessageEn(position, problem), syntaxMessageId(position, problem));
        }
        TokenStreamLocation location = e.getLocation();
        Position position = location == null || location.getLineNr() < 1
                ? new Position(1, 1)
                : new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
        String problem = e.getOriginalMessage();
        return syntaxError(position, syntaxMessageEn(position, problem), syntaxMessageId(position, problem));
    }

    // The parser's own description is only available in English; the Indonesian message quotes it.
    private static String syntaxMessageEn(Position position, String problem) {
        return "YAML syntax error at line " + position.line() + ", column " + position.column() + ": " + problem;
    }

    private static String syntaxMessageId(Position position, String problem) {
        return "Kesalahan sintaks YAML pada baris " + position.line() + ", kolom " + position.column() + ": " + problem;
    }

    private static InvalidMethodologyException syntaxError(Position position, String en, String id) {
        return new InvalidMethodologyException(List.of(new MethodologyError(
                "", Kind.SYNTAX, new LocalizedText(id, en), position.line(), position.column())));
    }
}
