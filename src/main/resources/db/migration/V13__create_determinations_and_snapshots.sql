-- A cycle's determination: HQ's decree freezing the results as a numbered snapshot. Version 1 is the determination;
-- every later version is an erratum with its reason. Nothing here is ever updated or deleted: a correction is a new
-- version, and the public sees the newest version whose publication time has come (the embargo).
create table determinations (
    year               int           not null references cycles (year),
    version            int           not null check (version >= 1),
    decree_number      varchar(120)  not null,
    decree_date        date          not null,
    publish_at         timestamptz   not null,
    methodology_id     varchar(60)   not null references methodologies (id),
    methodology_sha256 varchar(64)   not null,
    reason             text,
    determined_by      varchar(60)   not null,
    determined_at      timestamptz   not null default now(),
    primary key (year, version),
    check ((version = 1) = (reason is null))
);

-- One entity's frozen line: score, grade, ranks and the previous cycle's figures as they stood when determined.
create table snapshot_entities (
    year                   int           not null,
    version                int           not null,
    entity_code            varchar(30)   not null,
    entity_name            varchar(200)  not null,
    entity_type            varchar(20)   not null,
    province_code          varchar(10),
    score                  numeric(5, 2) not null,
    category               varchar(10)   not null,
    opinion                varchar(120)  not null,
    zone                   varchar(10)   not null,
    national_rank          int           not null,
    province_rank          int,
    unit_count             int           not null,
    previous_year          int,
    previous_score         numeric(5, 2),
    previous_category      varchar(10),
    previous_zone          varchar(10),
    previous_national_rank int,
    previous_province_rank int,
    score_change           numeric(6, 2),
    primary key (year, version, entity_code),
    foreign key (year, version) references determinations (year, version)
);
create index snapshot_entities_province on snapshot_entities (year, version, province_code);

-- One unit's frozen result with its dimension points (dimension code -> rounded points, in the methodology's order).
create table snapshot_units (
    year          int           not null,
    version       int           not null,
    entity_code   varchar(30)   not null,
    unit_code     varchar(40)   not null,
    unit_name     varchar(200)  not null,
    unit_kind     varchar(30)   not null,
    score         numeric(5, 2) not null,
    category      varchar(10)   not null,
    opinion       varchar(120)  not null,
    zone          varchar(10)   not null,
    dimensions    jsonb         not null,
    dimension_order jsonb       not null,
    source        varchar(20)   not null,
    primary key (year, version, entity_code, unit_code),
    foreign key (year, version, entity_code) references snapshot_entities (year, version, entity_code)
);

create function snapshots_are_immutable() returns trigger language plpgsql as $$
begin
    raise exception '% is immutable: % is not allowed (a correction is a new version)', tg_table_name, tg_op;
end;
$$;
create trigger determinations_immutable before update or delete on determinations
    for each row execute function snapshots_are_immutable();
create trigger snapshot_entities_immutable before update or delete on snapshot_entities
    for each row execute function snapshots_are_immutable();
create trigger snapshot_units_immutable before update or delete on snapshot_units
    for each row execute function snapshots_are_immutable();

-- A determined cycle reopened for a correction says why until its next version is determined.
alter table cycles add column reopened_reason text;
