package id.patuh.results;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Entity scores known only as published figures (the legacy zone years 2018–2021, where no unit or answer is on
 * record), by entity code. Implemented by the module that brings them in (exchange's import of entity scores), so
 * results depends on nothing for them; an entity with units in the cycle's locus is scored from those instead.
 */
public interface EntityScoresOnRecord {

    Map<String, BigDecimal> of(int year);
}
