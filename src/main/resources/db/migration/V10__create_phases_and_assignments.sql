-- A cycle's timeline (phases with date windows), the service products observed per locus unit, the assessors
-- assigned to locus units with the respondents' confirmation, and the conflicts of interest assessors declare.

-- A cycle without any row here has no timeline yet and counts as collecting data (see CyclePhases).
create table cycle_phases (
    year      int          not null references cycles (year) on delete cascade,
    phase     varchar(20)  not null check (phase in ('PREPARATION', 'DATA_COLLECTION', 'VERIFICATION',
                                                     'CLARIFICATION', 'DETERMINATION', 'PUBLISHED')),
    starts_on date         not null,
    -- Null: the phase runs on; only the latest scheduled phase may be open-ended.
    ends_on   date,
    primary key (year, phase),
    check (ends_on is null or ends_on >= starts_on)
);

-- The products observed in a locus unit (two, or all of them when the unit has fewer). A chosen product cannot be
-- removed from the registry while a cycle observes it: the answers per product keep their meaning.
create table cycle_unit_products (
    year         int          not null,
    entity_code  varchar(30)  not null,
    unit_code    varchar(40)  not null,
    product_code varchar(40)  not null,
    chosen_by    varchar(60)  not null,
    chosen_at    timestamptz  not null default now(),
    primary key (year, entity_code, unit_code, product_code),
    foreign key (year, entity_code, unit_code) references cycle_units (year, entity_code, unit_code) on delete cascade,
    foreign key (entity_code, unit_code, product_code) references service_products (entity_code, unit_code, code)
);

-- One assessor per locus unit; the visit date and the respondents confirmed with the unit ahead of the visit.
create table assignments (
    year                     int          not null,
    entity_code              varchar(30)  not null,
    unit_code                varchar(40)  not null,
    assessor_id              bigint       not null references users (id),
    assigned_by              varchar(60)  not null,
    assigned_at              timestamptz  not null default now(),
    visit_date               date,
    respondents_confirmed_on date,
    respondents_contact      varchar(200),
    respondents_confirmed_by varchar(60),
    primary key (year, entity_code, unit_code),
    foreign key (year, entity_code, unit_code) references cycle_units (year, entity_code, unit_code) on delete cascade
);
create index assignments_assessor on assignments (assessor_id, year);

-- An assessor's declared conflict of interest with an entity, across cycles: they are never assigned to its units.
create table conflicts_of_interest (
    user_id     bigint       not null references users (id),
    entity_code varchar(30)  not null references entities (code),
    reason      varchar(500) not null,
    declared_at timestamptz  not null default now(),
    primary key (user_id, entity_code)
);
