-- A verification code printed on a rapor and a piagam, with a QR code to /verify/{code}. One code per document subject
-- and snapshot version: an entity (unit_code '') or one of its units, in one version of a cycle's determination. The
-- code never changes once issued, so a printed certificate stays verifiable; an erratum makes a new version and so a
-- new code, and the old code's page says it was superseded.
create table report_verifications (
    code        varchar(10)  primary key,
    year        int          not null,
    version     int          not null,
    entity_code varchar(30)  not null,
    unit_code   varchar(40)  not null default '',
    issued_at   timestamptz  not null default now(),
    unique (year, version, entity_code, unit_code),
    foreign key (year, version) references determinations (year, version)
);

-- The signature block printed on certificates: one row, replaced by HQ. The image is PNG or JPEG (told from its bytes).
create table report_signature (
    id               smallint     primary key check (id = 1),
    signer_name      varchar(120) not null,
    signer_title     varchar(200) not null,
    image            bytea,
    image_media_type varchar(20),
    updated_by       varchar(60)  not null,
    updated_at       timestamptz  not null default now(),
    check ((image is null) = (image_media_type is null))
);

-- A bulk ZIP of certificates and report cards for a province or the whole country, made in the background. The PDFs
-- already written stay on disk under the job's directory, so a job interrupted by a restart resumes where it stopped.
create table report_jobs (
    id            bigserial    primary key,
    year          int          not null,
    version       int          not null,
    province_code varchar(10),
    language      varchar(5)   not null,
    status        varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total         int          not null,
    done          int          not null default 0,
    requested_by  varchar(60)  not null,
    requested_at  timestamptz  not null default now(),
    finished_at   timestamptz,
    failure       text,
    foreign key (year, version) references determinations (year, version)
);
create index report_jobs_unfinished on report_jobs (status) where status in ('QUEUED', 'RUNNING');
