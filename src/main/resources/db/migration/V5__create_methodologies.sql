-- Methodology versions as data: the YAML text is the source of truth, the columns are what lists need.
create table methodologies (
    id           varchar(60)  primary key,
    name_id      varchar(300) not null,
    name_en      varchar(300) not null,
    first_year   int          not null,
    last_year    int,
    status       varchar(20)  not null,
    origin       varchar(20)  not null check (origin in ('SHIPPED', 'UPLOADED', 'CLONED')),
    derived_from varchar(60)  references methodologies (id),
    yaml         text         not null,
    sha256       char(64)     not null,
    -- Set when a cycle using this version is determined: from then on the version can never change.
    locked_at    timestamptz,
    locked_reason varchar(300),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);
