-- Capture per answer with optimistic locking, the review workflow of a unit, and the append-only audit trail.

alter table answers add column note varchar(2000);
alter table answers add column version int not null default 1;

create table unit_reviews (
    year                int          not null,
    entity_code         varchar(30)  not null,
    unit_code           varchar(40)  not null,
    status              varchar(30)  not null check (status in ('IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'VERIFIED', 'CENTRALLY_VERIFIED')),
    changed_by          varchar(60)  not null,
    changed_at          timestamptz  not null default now(),
    primary key (year, entity_code, unit_code),
    foreign key (year, entity_code, unit_code) references cycle_units (year, entity_code, unit_code) on delete cascade
);
create index unit_reviews_status on unit_reviews (year, status);

-- The office head's reasons when returning a unit: one per item (an indicator, or the unit as a whole).
create table review_returns (
    id          bigserial    primary key,
    year        int          not null,
    entity_code varchar(30)  not null,
    unit_code   varchar(40)  not null,
    item        varchar(60)  not null,
    reason      varchar(2000) not null,
    returned_by varchar(60)  not null,
    returned_at timestamptz  not null default now(),
    resolved_at timestamptz,
    foreign key (year, entity_code, unit_code) references cycle_units (year, entity_code, unit_code) on delete cascade
);
create index review_returns_unit on review_returns (year, entity_code, unit_code);

-- Every change that can move a score: who, when, what, before and after. Rows are never changed or removed.
create table audit_log (
    id          bigserial    primary key,
    at          timestamptz  not null default now(),
    actor       varchar(60)  not null,
    action      varchar(60)  not null,
    year        int,
    entity_code varchar(30),
    unit_code   varchar(40),
    subject     varchar(200),
    before      jsonb,
    after       jsonb
);
create index audit_log_unit on audit_log (year, entity_code, unit_code, id);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
