package id.patuh.methodology;

/** The assessment years a methodology governs, inclusive; a null {@code lastYear} means it is still in force. */
public record YearRange(int firstYear, Integer lastYear) {

    public YearRange {
        if (lastYear != null && lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
        }
    }

    public boolean isOpenEnded() {
        return lastYear == null;
    }

    public boolean covers(int year) {
        return year >= firstYear && (lastYear == null || year <= lastYear);
    }

    /** Renders the range as it is written in Ombudsman material, e.g. {@code 2022–2024} or {@code 2025–}. */
    @Override
    public String toString() {
        return firstYear + "–" + (lastYear == null ? "" : lastYear.toString());
    }
}
