-- The entity workspace (module improvement): self-assessment rounds, their answers and evidence, the 14 standard
-- service components per unit, improvement actions and overdue reminders. Kept apart from the official tables
-- (answers, evidence, direct_unit_scores, snapshot_*): nothing here is ever read into an official result.

-- A round of self-assessment of one entity under one methodology version; at most one open round per entity.
create table self_assessment_rounds (
    id             bigserial    primary key,
    entity_code    varchar(30)  not null references entities (code) on delete cascade,
    methodology_id varchar(60)  not null references methodologies (id),
    started_at     timestamptz  not null default now(),
    started_by     varchar(60)  not null,
    closed_at      timestamptz,
    closed_by      varchar(60),
    shared         boolean      not null default false,
    check ((closed_at is null) = (closed_by is null))
);
create unique index self_assessment_one_open_round on self_assessment_rounds (entity_code) where closed_at is null;
create index self_assessment_rounds_entity on self_assessment_rounds (entity_code, started_at desc);

-- One self-estimated level per unit and indicator (service-user items too: one estimate stands for the users).
create table self_assessment_answers (
    round_id       bigint        not null references self_assessment_rounds (id) on delete cascade,
    unit_code      varchar(40)   not null,
    indicator_code varchar(40)   not null,
    level          int           not null check (level >= 0),
    note           varchar(2000),
    saved_by       varchar(60)   not null,
    saved_at       timestamptz   not null default now(),
    primary key (round_id, unit_code, indicator_code)
);
create index self_assessment_answers_unit on self_assessment_answers (unit_code, saved_at);

-- Evidence of a self-assessment answer (round set) or of a completed improvement action (action set).
create table improvement_actions (
    id             bigserial     primary key,
    entity_code    varchar(30)   not null,
    unit_code      varchar(40)   not null,
    indicator_code varchar(40),
    source         varchar(20)   not null check (source in ('OFFICIAL_FINDING', 'SELF_ASSESSMENT', 'OTHER')),
    finding_year   int,
    round_id       bigint        references self_assessment_rounds (id) on delete set null,
    description    varchar(1000) not null,
    owner          varchar(200)  not null,
    due_date       date          not null,
    status         varchar(20)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE')),
    completion_note varchar(1000),
    created_by     varchar(60)   not null,
    created_at     timestamptz   not null default now(),
    updated_by     varchar(60)   not null,
    updated_at     timestamptz   not null default now(),
    check (source <> 'OFFICIAL_FINDING' or (finding_year is not null and indicator_code is not null)),
    foreign key (entity_code, unit_code) references service_units (entity_code, code) on delete cascade
);
create index improvement_actions_entity on improvement_actions (entity_code, due_date);

create table improvement_evidence (
    id             bigserial    primary key,
    entity_code    varchar(30)  not null,
    unit_code      varchar(40)  not null,
    round_id       bigint       references self_assessment_rounds (id) on delete cascade,
    action_id      bigint       references improvement_actions (id) on delete cascade,
    indicator_code varchar(40),
    file_key       varchar(200) not null,
    sha256         char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes     bigint       not null check (size_bytes > 0),
    media_type     varchar(40)  not null check (media_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    original_name  varchar(255) not null,
    uploaded_by    varchar(60)  not null,
    uploaded_at    timestamptz  not null default now(),
    check ((round_id is null) <> (action_id is null))
);
create index improvement_evidence_round on improvement_evidence (round_id, unit_code);
create index improvement_evidence_action on improvement_evidence (action_id);

-- The 14 components of a unit's service standard (UU 25/2009 art. 21): published where, reviewed when.
create table standard_components (
    entity_code     varchar(30)  not null,
    unit_code       varchar(40)  not null,
    component       varchar(40)  not null,
    published       boolean      not null,
    published_where varchar(300),
    reviewed_on     date,
    updated_by      varchar(60)  not null,
    updated_at      timestamptz  not null default now(),
    primary key (entity_code, unit_code, component),
    foreign key (entity_code, unit_code) references service_units (entity_code, code) on delete cascade
);

-- Reminders the daily job recorded for units whose last self-assessment is overdue (or who never had one): one per
-- unit and last-assessment time, so a unit is reminded again only after it was assessed and fell overdue anew.
create table improvement_reminders (
    id               bigserial   primary key,
    entity_code      varchar(30) not null,
    unit_code        varchar(40) not null,
    last_assessed_at timestamptz,
    reminded_at      timestamptz not null default now(),
    unique nulls not distinct (entity_code, unit_code, last_assessed_at)
);
