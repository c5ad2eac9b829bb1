-- Imports of XLSX/CSV files: one row per attempt, with the file's SHA-256 (a repeat of the newest completed file of a
-- kind changes nothing), its progress while it runs (rows read and written, committed apart from the import itself so
-- a poller sees it) and the errors that refused it.
create table import_jobs (
    id           bigserial    primary key,
    year         int          not null,
    kind         varchar(30)  not null check (kind in ('unit-scores', 'entity-scores', 'answers', 'user-interviews', 'registry')),
    file_name    varchar(255),
    file_type    varchar(10),
    sha256       char(64)     not null,
    status       varchar(20)  not null check (status in ('RUNNING', 'COMPLETED', 'REJECTED', 'FAILED')),
    stage        varchar(20)  not null default 'READING' check (stage in ('READING', 'WRITING', 'DONE')),
    rows_total   int,
    rows_done    int          not null default 0,
    error_count  int          not null default 0,
    -- The first errors found, [{row, column, message}], in the language of the person who uploaded the file.
    errors       jsonb,
    started_by   varchar(60)  not null,
    started_at   timestamptz  not null default now(),
    finished_at  timestamptz
);
create index import_jobs_latest on import_jobs (year, kind, status, id desc);

-- Entity scores of years where only an entity's score is known (the legacy zone method, 2018–2021): the figure as
-- published, and the import that brought it.
create table imported_entity_scores (
    year         int           not null references cycles (year) on delete cascade,
    entity_code  varchar(30)   not null references entities (code),
    score        numeric(5, 2) not null check (score between 0 and 100),
    import_id    bigint        not null references import_jobs (id),
    recorded_at  timestamptz   not null default now(),
    primary key (year, entity_code)
);
