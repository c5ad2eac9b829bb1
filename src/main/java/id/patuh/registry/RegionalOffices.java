package id.patuh.registry;

import id.patuh.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Ombudsman RI's regional offices (Perwakilan) and the provinces each covers; a province has exactly one. */
@Service
public class RegionalOffices {

    private final JdbcClient jdbc;

    RegionalOffices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegionalOffice> all() {
        Map<String, List<String>> covered = coverage();
        return jdbc.sql("select code, name, city from regional_offices order by code")
                .query((rs, n) -> new RegionalOffice(rs.getString("code"), rs.getString("name"), rs.getString("city"),
                        List.copyOf(covered.getOrDefault(rs.getString("code"), List.of()))))
                .list();
    }

    public Optional<RegionalOffice> find(String code) {
        return all().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public RegionalOffice require(String code) {
        return find(code).orElseThrow(() -> DomainException.notFound("registry.office.notFound", code));
    }

    /** The office that covers a province, if any. */
    public Optional<RegionalOffice> coveringProvince(String provinceCode) {
        if (provinceCode == null) {
            // Ministries and agencies: no office covers them.
            return Optional.empty();
        }
        return all().stream().filter(o -> o.provinceCodes().contains(provinceCode)).findFirst();
    }

    /**
     * Renames an office and sets the provinces it covers. A province moves from its previous office, because each
     * province's providers are assessed by one office only.
     */
    @Transactional
    public RegionalOffice update(String code, String name, String city, Collection<String> provinceCodes) {
        require(code);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw DomainException.invalid("registry.name.required");
        }
        TreeSet<String> provinces = new TreeSet<>(provinceCodes);
        for (String province : provinces) {
            Integer known = jdbc.sql("select count(*) from provinces where code = ?").param(province).query(Integer.class).single();
            if (known == 0) {
                throw DomainException.invalid("registry.province.notFound", province);
            }
        }
        jdbc.sql("update regional_offices set name = ?, city = ? where code = ?")
                .params(cleanName, city == null || city.isBlank() ? null : city.strip(), code).update();
        jdbc.sql("delete from office_provinces where office_code = ?").param(code).update();
        for (String province : provinces) {
            jdbc.sql("""
                    insert into office_provinces (office_code, province_code) values (?, ?)
                    on conflict (province_code) do update set office_code = excluded.office_code""")
                    .params(code, province).update();
        }
        return require(code);
    }

    private Map<String, List<String>> coverage() {
        Map<String, List<String>> covered = new LinkedHashMap<>();
        jdbc.sql("select office_code, province_code from office_provinces order by province_code")
                .query(rs -> {
                    covered.computeIfAbsent(rs.getString("office_code"), k -> new ArrayList<>()).add(rs.getString("province_code"));
                });
        return covered;
    }
}
