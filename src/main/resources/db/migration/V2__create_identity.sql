-- Accounts, their roles and scopes, and personal API tokens (stored only as SHA-256 hashes).

create table users (
    id            bigserial    primary key,
    username      varchar(60)  not null,
    password_hash varchar(200) not null,
    display_name  varchar(120) not null,
    role          varchar(30)  not null check (role in ('ADMIN', 'OFFICE_HEAD', 'ASSESSOR', 'ENTITY_COORDINATOR', 'UNIT_OPERATOR')),
    office_code   varchar(20)  references regional_offices (code),
    entity_code   varchar(30)  references entities (code),
    unit_code     varchar(40),
    enabled       boolean      not null default true,
    demo          boolean      not null default false,
    created_at    timestamptz  not null default now(),
    foreign key (entity_code, unit_code) references service_units (entity_code, code),
    -- The scope each role needs, and nothing else.
    check (case role
        when 'ADMIN' then office_code is null and entity_code is null and unit_code is null
        when 'OFFICE_HEAD' then office_code is not null and entity_code is null and unit_code is null
        when 'ASSESSOR' then office_code is not null and entity_code is null and unit_code is null
        when 'ENTITY_COORDINATOR' then office_code is null and entity_code is not null and unit_code is null
        when 'UNIT_OPERATOR' then office_code is null and entity_code is not null and unit_code is not null
    end)
);
create unique index users_username on users (lower(username));

create table api_tokens (
    id           bigserial    primary key,
    user_id      bigint       not null references users (id) on delete cascade,
    name         varchar(80)  not null,
    token_hash   char(64)     not null unique,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_user on api_tokens (user_id);
