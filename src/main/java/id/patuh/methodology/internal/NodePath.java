package id.patuh.methodology.internal;

import java.util.regex.Pattern;

/**
 * Where a value sits in the document, kept in two spellings: the dotted one shown to people
 * ({@code dimensions[1].weight}) and a JSON pointer ({@code /dimensions/1/weight}) to look up its source position.
 */
record NodePath(String dotted, String pointer) {

    static final NodePath ROOT = new NodePath("", "");

    // Keys that would make the dotted form ambiguous (dots, brackets, spaces) are written in brackets and quotes.
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    NodePath field(String name) {
        String dottedName;
        if (PLAIN_KEY.matcher(name).matches()) {
            dottedName = dotted.isEmpty() ? name : dotted + "." + name;
        } else {
            dottedName = dotted + "[\"" + name.replace("\"", "\\\"") + "\"]";
        }
        return new NodePath(dottedName, pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
    }

    NodePath index(int index) {
        return new NodePath(dotted + "[" + index + "]", pointer + "/" + index);
    }

    @Override
    public String toString() {
        return dotted;
    }
}
