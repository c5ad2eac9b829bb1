-- Responses to writes sent with an Idempotency-Key, so that a retried request (an offline outbox replaying after the
-- connection came back, a client timing out) gets the first answer again instead of being applied twice.
create table idempotent_requests (
    idempotency_key varchar(100) not null,
    username        varchar(60)  not null,
    method          varchar(10)  not null,
    path            varchar(500) not null,
    status          int          not null,
    content_type    varchar(200),
    body            text         not null,
    created_at      timestamptz  not null default now(),
    primary key (idempotency_key, username)
);
create index idempotent_requests_created on idempotent_requests (created_at);
