-- The entity's right of reply (CLARIFICATION phase): a clarification on one answer of a verified unit — an indicator,
-- its observed product ('' when none) and respondent — with the coordinator's statement and, once decided, the
-- decision (accepted with the corrected level, or rejected with a reason). Rows are decided once, never removed.
create table clarifications (
    id             bigserial     primary key,
    year           int           not null,
    entity_code    varchar(30)   not null,
    unit_code      varchar(40)   not null,
    indicator_code varchar(40)   not null,
    product_code   varchar(40)   not null default '',
    respondent     int           not null check (respondent between 1 and 1000),
    statement      varchar(4000) not null,
    level_filed    int           not null,
    filed_by       varchar(60)   not null,
    filed_at       timestamptz   not null default now(),
    status         varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    decided_by     varchar(60),
    decided_at     timestamptz,
    level_decided  int,
    reason         varchar(2000),
    foreign key (year, entity_code, unit_code) references cycle_units (year, entity_code, unit_code) on delete cascade,
    check ((status = 'OPEN') = (decided_at is null)),
    check (status <> 'ACCEPTED' or level_decided is not null),
    check (status <> 'REJECTED' or reason is not null)
);
create index clarifications_entity on clarifications (year, entity_code, id);
create index clarifications_open on clarifications (year, status) where status = 'OPEN';
-- One open clarification per item: a second one waits until the first is decided.
create unique index clarifications_one_open_per_item
    on clarifications (year, entity_code, unit_code, indicator_code, product_code, respondent) where status = 'OPEN';

-- Counter-evidence the coordinator attaches (photos and PDFs, typed by content like fieldwork evidence; the bytes in
-- the file store under file_key).
create table clarification_evidence (
    id               bigserial    primary key,
    clarification_id bigint       not null references clarifications (id) on delete cascade,
    file_key         varchar(200) not null,
    sha256           char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes       bigint       not null check (size_bytes > 0),
    media_type       varchar(40)  not null check (media_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    original_name    varchar(255) not null,
    uploaded_by      varchar(60)  not null,
    uploaded_at      timestamptz  not null default now()
);
create index clarification_evidence_clarification on clarification_evidence (clarification_id, id);
