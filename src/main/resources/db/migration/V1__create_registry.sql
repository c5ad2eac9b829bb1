-- The registry: Indonesia's provinces and the providers Ombudsman RI assesses, their service units and products,
-- and the regional offices (Perwakilan) with the provinces each covers.

create table provinces (
    code        varchar(2)   primary key,
    name        varchar(100) not null
);

create table regencies (
    code          varchar(5)   primary key,
    province_code varchar(2)   not null references provinces (code),
    name          varchar(100) not null
);

create table regional_offices (
    code       varchar(20)  primary key,
    name       varchar(200) not null,
    city       varchar(100)
);

create table office_provinces (
    office_code   varchar(20) not null references regional_offices (code) on delete cascade,
    province_code varchar(2)  not null unique references provinces (code),
    primary key (office_code, province_code)
);

create table entities (
    code          varchar(30)  primary key,
    name          varchar(200) not null,
    type          varchar(20)  not null check (type in ('KEMENTERIAN', 'LEMBAGA', 'PEMPROV', 'PEMKAB', 'PEMKOT')),
    province_code varchar(2)   references provinces (code),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    -- A regional government always belongs to a province; ministries and agencies never do.
    check ((type in ('KEMENTERIAN', 'LEMBAGA')) = (province_code is null))
);
create index entities_province on entities (province_code);
create index entities_type on entities (type);
create index entities_name_search on entities (lower(name));

create table service_units (
    entity_code varchar(30)  not null references entities (code) on delete cascade,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    kind        varchar(30)  not null check (kind in ('DUKCAPIL', 'DPMPTSP', 'DINAS_SOSIAL', 'DINAS_PENDIDIKAN',
                                                      'DINAS_KESEHATAN', 'PUSKESMAS', 'RSUD', 'OTHER')),
    demo        boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    primary key (entity_code, code)
);

create table service_products (
    entity_code varchar(30)  not null,
    unit_code   varchar(40)  not null,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    created_at  timestamptz  not null default now(),
    primary key (entity_code, unit_code, code),
    foreign key (entity_code, unit_code) references service_units (entity_code, code) on delete cascade
);
