-- The official answers a version was determined on, tallied per unit and indicator (respondents, sum, lowest,
-- highest — what the engine scores from). Findings and report cards read these, never the live answers, which a
-- reopened cycle may already have corrected before the next version is published.
create table snapshot_unit_indicators (
    year           int          not null,
    version        int          not null,
    entity_code    varchar(30)  not null,
    unit_code      varchar(40)  not null,
    indicator_code varchar(40)  not null,
    respondents    int          not null check (respondents > 0),
    level_sum      bigint       not null,
    lowest         int          not null,
    highest        int          not null,
    primary key (year, version, entity_code, unit_code, indicator_code),
    foreign key (year, version, entity_code, unit_code) references snapshot_units (year, version, entity_code, unit_code)
);
create trigger snapshot_unit_indicators_immutable before update or delete on snapshot_unit_indicators
    for each row execute function snapshots_are_immutable();

-- Versions determined before this table existed: while their cycle stays determined its answers are frozen, so the
-- newest version's tallies are the live ones. Older versions of a reopened cycle keep none (findings say so).
insert into snapshot_unit_indicators (year, version, entity_code, unit_code, indicator_code, respondents, level_sum,
                                      lowest, highest)
select a.year, d.version, a.entity_code, a.unit_code, a.indicator_code, count(*), sum(a.level), min(a.level), max(a.level)
from answers a
join cycles c on c.year = a.year and c.determined_at is not null
join (select year, max(version) as version from determinations group by year) d on d.year = a.year
join snapshot_units s on s.year = a.year and s.version = d.version and s.entity_code = a.entity_code
                     and s.unit_code = a.unit_code
where a.level is not null
group by a.year, d.version, a.entity_code, a.unit_code, a.indicator_code;
