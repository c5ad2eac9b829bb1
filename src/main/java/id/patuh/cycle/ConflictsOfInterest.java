package id.patuh.cycle;

import id.patuh.DomainException;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Conflicts of interest assessors declare themselves (a relative works there, they worked there...). A declaration
 * holds across cycles and keeps the assessor off the entity's units; declaring again updates the reason.
 */
@Service
public class ConflictsOfInterest {

    static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final Entities entities;

    ConflictsOfInterest(JdbcClient jdbc, Entities entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    @Transactional
    public ConflictOfInterest declare(PatuhUser assessor, String entityCode, String reason) {
        if (assessor.role() != Role.ASSESSOR) {
            throw DomainException.forbidden("cycle.conflict.assessorsOnly");
        }
        Entity entity = entities.require(entityCode == null ? "" : entityCode.trim());
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON) {
            throw DomainException.invalidField("reason", "cycle.conflict.reasonRequired", MAX_REASON);
        }
        jdbc.sql("""
                        insert into conflicts_of_interest (user_id, entity_code, reason) values (?, ?, ?)
                        on conflict (user_id, entity_code) do update set reason = excluded.reason, declared_at = now()""")
                .params(assessor.id(), entity.code(), clean).update();
        return of(assessor.id()).stream().filter(c -> c.entityCode().equals(entity.code())).findFirst().orElseThrow();
    }

    /** The conflicts an account has declared, by entity code. */
    public List<ConflictOfInterest> of(long userId) {
        return jdbc.sql("select entity_code, reason, declared_at from conflicts_of_interest where user_id = ? order by entity_code")
                .param(userId)
                .query((rs, n) -> new ConflictOfInterest(rs.getString("entity_code"),
                        entities.find(rs.getString("entity_code")).map(Entity::name).orElse(null),
                        rs.getString("reason"), rs.getObject("declared_at", OffsetDateTime.class)))
                .list();
    }

    public boolean declared(long userId, String entityCode) {
        return jdbc.sql("select exists (select 1 from conflicts_of_interest where user_id = ? and entity_code = ?)")
                .params(userId, entityCode).query(Boolean.class).single();
    }
}
