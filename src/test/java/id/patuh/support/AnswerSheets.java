package id.patuh.support;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Answer sets for tests, built from a methodology as the API serves it. */
public final class AnswerSheets {

    private AnswerSheets() {
    }

    /** Every indicator at the top of its scale, one respondent each, except the indicators named — as the JSON list body. */
    public static String fullMarks(HttpCalls admin, String methodologyId, String... except) {
        JsonNode tree = HttpCalls.JSON.readTree(admin.get("/api/v1/methodologies/" + methodologyId).body());
        Set<String> left = Set.of(except);
        List<String> answers = new ArrayList<>();
        for (JsonNode dimension : tree.get("dimensions")) {
            for (JsonNode variable : dimension.get("variables")) {
                for (JsonNode indicator : variable.get("indicators")) {
                    String code = indicator.get("code").asString();
                    if (!left.contains(code)) {
                        answers.add("{\"indicator\":\"" + code + "\",\"respondent\":1,\"level\":"
                                + (indicator.get("scale").get("levels").size() - 1) + "}");
                    }
                }
            }
        }
        return String.join(",", answers);
    }
}
