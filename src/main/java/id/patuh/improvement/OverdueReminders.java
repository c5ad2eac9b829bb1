package id.patuh.improvement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The daily reminder for overdue self-assessments. There is no mail server, so a reminder is a recorded row (shown on
 * the coordinator's dashboard) and a log line; a unit is reminded once per overdue spell — again only after it was
 * assessed and fell overdue anew. Entities that have never opened a round are not watched.
 */
@Service
public class OverdueReminders {

    private static final Logger log = LoggerFactory.getLogger(OverdueReminders.class);

    private final JdbcClient jdbc;
    private final ImprovementSettings settings;
    private final Clock clock;

    OverdueReminders(JdbcClient jdbc, ImprovementSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${patuh.improvement.reminder-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
    void daily() {
        remindOverdue();
    }

    /** Records a reminder for every watched unit now overdue and not yet reminded for this spell; returns them. */
    @Transactional
    public List<Reminder> remindOverdue() {
        OffsetDateTime staleBefore = OffsetDateTime.now(clock).minus(settings.overdueAfter());
        List<Reminder> reminders = jdbc.sql("""
                        insert into improvement_reminders (entity_code, unit_code, last_assessed_at)
                        select u.entity_code, u.code, last.at
                        from service_units u
                        join (select distinct entity_code from self_assessment_rounds) watched on watched.entity_code = u.entity_code
                        left join (select r.entity_code, a.unit_code, max(a.saved_at) as at
                                   from self_assessment_answers a join self_assessment_rounds r on r.id = a.round_id
                                   group by r.entity_code, a.unit_code) last
                               on last.entity_code = u.entity_code and last.unit_code = u.code
                        where last.at is null or last.at < ?
                        on conflict (entity_code, unit_code, last_assessed_at) do nothing
                        returning entity_code, unit_code, last_assessed_at, reminded_at""")
                .param(staleBefore)
                .query((rs, n) -> new Reminder(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
        for (Reminder reminder : reminders) {
            log.info("Self-assessment overdue: entity {} unit {} (last assessed {}); reminder recorded",
                    reminder.entityCode(), reminder.unitCode(),
                    reminder.lastAssessedAt() == null ? "never" : reminder.lastAssessedAt());
        }
        return reminders;
    }
}
