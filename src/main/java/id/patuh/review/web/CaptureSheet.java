package id.patuh.review.web;

import id.patuh.methodology.DataSource;
import id.patuh.methodology.Indicator;

import java.util.List;

/** The capture form of a unit, laid out per data source, built from the methodology and the stored answers. */
record CaptureSheet(List<Section> sections) {

    /** One data source: its indicators as rows and its respondents (or observed products) as columns. */
    record Section(DataSource source, List<String> columns, List<Row> rows, Integer target, int answeredRespondents) {
    }

    /** One indicator with a cell per respondent or product; {@code returned} marks an item the office head sent back. */
    record Row(Indicator indicator, boolean returned, List<Cell> cells) {
    }

    /** One answer slot; {@code version} 0 means nothing stored yet. */
    record Cell(String indicator, String product, int respondent, Integer level, int version, String note,
                String savedBy) {
    }
}
