package id.patuh.results.site;

import java.math.BigDecimal;

/**
 * A province on the map: its provincial government's published score and zone, and the mean of its regency and city
 * governments' published scores with the zone that mean falls in (null where none was assessed).
 */
record ProvinceMapArea(String code, String name, BigDecimal provincialScore, String provincialZone,
                       BigDecimal localMean, String localZone, int localCount) {
}
