package id.patuh.registry.internal;

import id.patuh.identity.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Answers identity's scope questions from the registry's tables. */
@Component
class RegistryJurisdictions implements Jurisdictions {

    private final JdbcClient jdbc;

    RegistryJurisdictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> provincesOfOffice(String officeCode) {
        return new HashSet<>(jdbc.sql("select province_code from office_provinces where office_code = ?")
                .param(officeCode).query(String.class).list());
    }

    @Override
    public boolean officeExists(String officeCode) {
        return exists("select exists (select 1 from regional_offices where code = ?)", officeCode);
    }

    @Override
    public boolean unitExists(String entityCode, String unitCode) {
        return jdbc.sql("select exists (select 1 from service_units where entity_code = ? and code = ?)")
                .params(entityCode, unitCode).query(Boolean.class).single();
    }

    @Override
    public Optional<String> provinceOfEntity(String entityCode) {
        return jdbc.sql("select province_code from entities where code = ?").param(entityCode)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(p -> p);
    }

    @Override
    public boolean entityExists(String entityCode) {
        return exists("select exists (select 1 from entities where code = ?)", entityCode);
    }

    private boolean exists(String sql, String code) {
        return jdbc.sql(sql).param(code).query(Boolean.class).single();
    }
}
