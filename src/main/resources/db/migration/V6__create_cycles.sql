-- An assessment year with its methodology, its locus (the units assessed) and the unit scores recorded directly
-- (history where only unit scores and dimension points are known).
create table cycles (
    year           int          primary key check (year between 2000 and 2100),
    methodology_id varchar(60)  not null references methodologies (id),
    created_at     timestamptz  not null default now(),
    determined_at  timestamptz
);

create table cycle_units (
    year        int          not null references cycles (year) on delete cascade,
    entity_code varchar(30)  not null,
    unit_code   varchar(40)  not null,
    joined_at   timestamptz  not null default now(),
    primary key (year, entity_code, unit_code),
    foreign key (entity_code, unit_code) references service_units (entity_code, code)
);
create index cycle_units_entity on cycle_units (entity_code);

create table direct_unit_scores (
    year             int           not null,
    entity_code      varchar(30)   not null,
    unit_code        varchar(40)   not null,
    score            numeric(5, 2) not null check (score between 0 and 100),
    -- Dimension code -> points, as given; null when only the unit's score is known.
    dimension_points jsonb,
    recorded_by      varchar(60),
    recorded_at      timestamptz   not null default now(),
    primary key (year, entity_code, unit_code),
    foreign key (year, entity_code, unit_code) references cycle_units (year, entity_code, unit_code) on delete cascade
);
