-- Answers per unit, indicator and respondent (an official, a complaint officer, a service user) or observed product.
-- product_code is '' for answers not tied to a product, so it can take part in the primary key.
create table answers (
    year           int          not null,
    entity_code    varchar(30)  not null,
    unit_code      varchar(40)  not null,
    product_code   varchar(40)  not null default '',
    indicator_code varchar(40)  not null,
    respondent     int          not null check (respondent between 1 and 1000),
    level          int          not null check (level between 0 and 100),
    recorded_by    varchar(60),
    recorded_at    timestamptz  not null default now(),
    primary key (year, entity_code, unit_code, product_code, indicator_code, respondent),
    foreign key (year, entity_code, unit_code) references cycle_units (year, entity_code, unit_code) on delete cascade
);
