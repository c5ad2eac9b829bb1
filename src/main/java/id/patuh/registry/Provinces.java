package id.patuh.registry;

import id.patuh.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** Indonesia's 38 provinces as Kemendagri codes them. */
@Service
public class Provinces {

    private final JdbcClient jdbc;

    Provinces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Province> all() {
        return jdbc.sql("select code, name from provinces order by code")
                .query((rs, n) -> new Province(rs.getString("code"), rs.getString("name"))).list();
    }

    public Optional<Province> find(String code) {
        return jdbc.sql("select code, name from provinces where code = ?").param(code)
                .query((rs, n) -> new Province(rs.getString("code"), rs.getString("name"))).optional();
    }

    public Province require(String code) {
        return find(code).orElseThrow(() -> DomainException.notFound("registry.province.notFound", code));
    }
}
