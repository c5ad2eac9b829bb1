package id.patuh.registry;

import id.patuh.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The assessed providers and their service units and products: lookup, search and the edits admins make. */
@Service
public class Entities {

    private static final Pattern CENTRAL_CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,29}");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final int MAX_NAME = 200;

    // Central providers first (ministries, then agencies, by name); then by official code, which keeps each
    // province's PEMPROV ahead of its regencies and cities.
    private static final String ORDER = """
            order by case e.type when 'KEMENTERIAN' then 0 when 'LEMBAGA' then 1 else 2 end,
                     case when e.province_code is null then e.name else e.code end""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Entities(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<EntitySummary> search(EntitySearch search) {
        StringBuilder sql = new StringBuilder("select e.code, e.name, e.type, e.province_code from entities e where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.type() != null) {
            sql.append(" and e.type = :type");
            params.put("type", search.type().name());
        }
        if (search.provinceCode() != null && !search.provinceCode().isBlank()) {
            sql.append(" and e.province_code = :province");
            params.put("province", search.provinceCode().trim());
        }
        if (search.query() != null && !search.query().isBlank()) {
            sql.append(" and (lower(e.name) like :q escape '\\' or lower(e.code) like :q escape '\\')");
            params.put("q", "%" + likeEscaped(search.query().trim().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        sql.append(" ").append(ORDER);
        return jdbc.sql(sql.toString()).params(params).query(Entities::summary).list();
    }

    public Optional<Entity> find(String code) {
        Optional<EntitySummary> summary = jdbc.sql("select e.code, e.name, e.type, e.province_code from entities e where e.code = ?")
                .param(code).query(Entities::summary).optional();
        return summary.map(s -> new Entity(s.code(), s.name(), s.type(), province(s.provinceCode()), units(s.code())));
    }

    public Entity require(String code) {
        return find(code).orElseThrow(() -> DomainException.notFound("registry.entity.notFound", code));
    }

    /** The entity's list entry alone — cheap, for scope checks on hot paths. */
    public EntitySummary requireSummary(String code) {
        return jdbc.sql("select e.code, e.name, e.type, e.province_code from entities e where e.code = ?")
                .param(code).query(Entities::summary).optional()
                .orElseThrow(() -> DomainException.notFound("registry.entity.notFound", code));
    }

    /** Whether the entity has this unit, without loading its units and products. */
    public boolean hasUnit(String entityCode, String unitCode) {
        return jdbc.sql("select exists (select 1 from service_units where entity_code = ? and code = ?)")
                .params(entityCode, unitCode).query(Boolean.class).single();
    }

    public Optional<ServiceUnit> findUnit(String entityCode, String unitCode) {
        return units(entityCode).stream().filter(u -> u.code().equals(unitCode)).findFirst();
    }

    public ServiceUnit requireUnit(String entityCode, String unitCode) {
        require(entityCode);
        return findUnit(entityCode, unitCode)
                .orElseThrow(() -> DomainException.notFound("registry.unit.notFound", unitCode, entityCode));
    }

    /** Counts per type, for overviews; a type with no entity is absent. */
    public Map<EntityType, Long> countByType() {
        Map<EntityType, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select type, count(*) n from entities group by type order by type")
                .query(rs -> {
                    counts.put(EntityType.valueOf(rs.getString("type")), rs.getLong("n"));
                });
        return counts;
    }

    /** Adds a ministry or agency; regional governments come only from the Kemendagri area data. */
    @Transactional
    public EntitySummary addCentralEntity(String code, String name, EntityType type) {
        String trimmedCode = code == null ? "" : code.trim();
        if (type == null || type.regional()) {
            throw DomainException.invalid("registry.entity.centralTypeOnly");
        }
        if (!CENTRAL_CODE.matcher(trimmedCode).matches()) {
            throw DomainException.invalid("registry.entity.codeFormat", trimmedCode);
        }
        String cleanName = requireName(name);
        int inserted = jdbc.sql("insert into entities (code, name, type) values (?, ?, ?) on conflict (code) do nothing")
                .params(trimmedCode, cleanName, type.name()).update();
        if (inserted == 0) {
            throw DomainException.conflict("registry.entity.exists", trimmedCode);
        }
        return new EntitySummary(trimmedCode, cleanName, type, null);
    }

    @Transactional
    public EntitySummary rename(String code, String name) {
        String cleanName = requireName(name);
        Entity entity = require(code);
        jdbc.sql("update entities set name = ?, updated_at = now() where code = ?").params(cleanName, code).update();
        return new EntitySummary(entity.code(), cleanName, entity.type(), entity.province() == null ? null : entity.province().code());
    }

    /** Creates the unit, or renames and re-kinds it when it exists; the answer says which. */
    @Transactional
    public ServiceUnitSaved saveUnit(String entityCode, String unitCode, String name, UnitKind kind) {
        require(entityCode);
        if (unitCode == null || !UNIT_CODE.matcher(unitCode).matches()) {
            throw DomainException.invalid("registry.unit.codeFormat", unitCode);
        }
        if (kind == null) {
            throw DomainException.invalid("registry.unit.kindRequired");
        }
        String cleanName = requireName(name);
        boolean created = jdbc.sql("""
                        insert into service_units (entity_code, code, name, kind) values (?, ?, ?, ?)
                        on conflict (entity_code, code) do update set name = excluded.name, kind = excluded.kind, updated_at = now()
                        returning (xmax = 0) as created""")
                .params(entityCode, unitCode, cleanName, kind.name())
                .query((rs, n) -> rs.getBoolean("created")).single();
        ServiceUnitSaved saved = new ServiceUnitSaved(entityCode, unitCode, cleanName, kind, created);
        events.publishEvent(saved);
        return saved;
    }

    @Transactional
    public void removeUnit(String entityCode, String unitCode) {
        requireUnit(entityCode, unitCode);
        jdbc.sql("delete from service_units where entity_code = ? and code = ?").params(entityCode, unitCode).update();
    }

    @Transactional
    public ServiceProduct saveProduct(String entityCode, String unitCode, String productCode, String name) {
        requireUnit(entityCode, unitCode);
        if (productCode == null || !UNIT_CODE.matcher(productCode).matches()) {
            throw DomainException.invalid("registry.product.codeFormat", productCode);
        }
        String cleanName = requireName(name);
        jdbc.sql("""
                        insert into service_products (entity_code, unit_code, code, name) values (?, ?, ?, ?)
                        on conflict (entity_code, unit_code, code) do update set name = excluded.name""")
                .params(entityCode, unitCode, productCode, cleanName).update();
        return new ServiceProduct(productCode, cleanName);
    }

    @Transactional
    public void removeProduct(String entityCode, String unitCode, String productCode) {
        int removed = jdbc.sql("delete from service_products where entity_code = ? and unit_code = ? and code = ?")
                .params(entityCode, unitCode, productCode).update();
        if (removed == 0) {
            throw DomainException.notFound("registry.product.notFound", productCode);
        }
    }

    private Province province(String code) {
        if (code == null) {
            return null;
        }
        return jdbc.sql("select code, name from provinces where code = ?").param(code)
                .query((rs, n) -> new Province(rs.getString("code"), rs.getString("name"))).single();
    }

    private List<ServiceUnit> units(String entityCode) {
        Map<String, List<ServiceProduct>> products = new LinkedHashMap<>();
        jdbc.sql("select unit_code, code, name from service_products where entity_code = ? order by unit_code, code")
                .param(entityCode)
                .query((rs, n) -> products.computeIfAbsent(rs.getString("unit_code"), k -> new ArrayList<>())
                        .add(new ServiceProduct(rs.getString("code"), rs.getString("name"))))
                .list();
        return jdbc.sql("select code, name, kind, demo from service_units where entity_code = ? order by code")
                .param(entityCode)
                .query((rs, n) -> new ServiceUnit(entityCode, rs.getString("code"), rs.getString("name"),
                        UnitKind.valueOf(rs.getString("kind")), rs.getBoolean("demo"),
                        List.copyOf(products.getOrDefault(rs.getString("code"), List.of()))))
                .list();
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw DomainException.invalid("registry.name.required");
        }
        if (clean.length() > MAX_NAME) {
            throw DomainException.invalid("registry.name.tooLong", MAX_NAME);
        }
        return clean;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static EntitySummary summary(ResultSet rs, int row) throws SQLException {
        return new EntitySummary(rs.getString("code"), rs.getString("name"), EntityType.valueOf(rs.getString("type")),
                rs.getString("province_code"));
    }
}
