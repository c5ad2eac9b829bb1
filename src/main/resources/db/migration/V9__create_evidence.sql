-- Evidence files of a unit (photos and PDFs), optionally tied to an indicator, a product and a respondent. The bytes
-- live in the file store under file_key (content-addressed, so identical uploads share one stored file); a row is
-- the record that someone attached them to this unit at a server time.
create table evidence (
    id             bigserial    primary key,
    year           int          not null,
    entity_code    varchar(30)  not null,
    unit_code      varchar(40)  not null,
    indicator_code varchar(40),
    product_code   varchar(40),
    respondent     int          check (respondent between 1 and 1000),
    file_key       varchar(200) not null,
    sha256         char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes     bigint       not null check (size_bytes > 0),
    media_type     varchar(40)  not null check (media_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    original_name  varchar(255) not null,
    uploaded_by    varchar(60)  not null,
    uploaded_at    timestamptz  not null default now(),
    foreign key (year, entity_code, unit_code) references cycle_units (year, entity_code, unit_code) on delete cascade
);
create index evidence_unit on evidence (year, entity_code, unit_code, id);
