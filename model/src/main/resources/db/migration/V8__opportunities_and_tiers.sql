-- Opportunities of the accounts; exchange rates into the reporting currency; the settings of the tier analysis;
-- each account's computed tier and override; and the history of tier changes.

create sequence opportunity_seq start with 1 increment by 50;
create sequence exchange_rate_seq start with 1 increment by 50;
create sequence tier_change_seq start with 1 increment by 50;

create table opportunity (
    id                bigint         not null primary key,
    version           bigint         not null,
    account_id        bigint         not null references account (id),
    title             varchar(300)   not null,
    sector            varchar(20)    not null,
    country           varchar(3)     not null,
    value_amount      numeric(19, 2) not null,
    value_currency    varchar(3)     not null,
    win_probability   integer        not null,
    stage             varchar(20)    not null,
    expected_award_on date,
    constraint opportunity_value_positive check (value_amount > 0),
    constraint opportunity_probability_in_range check (win_probability between 0 and 100)
);
create index opportunity_account_idx on opportunity (account_id);

-- One unit of currency is worth rate units of quote_currency (the reporting currency when it was entered).
create table exchange_rate (
    id             bigint         not null primary key,
    currency       varchar(3)     not null,
    quote_currency varchar(3)     not null,
    valid_from     date           not null,
    rate           numeric(24, 12) not null,
    constraint exchange_rate_positive check (rate > 0),
    constraint exchange_rate_unique unique (currency, quote_currency, valid_from)
);

create table tier_settings (
    id                 bigint     not null primary key,
    version            bigint     not null,
    reporting_currency varchar(3) not null,
    a_percent          integer    not null,
    b_percent          integer    not null,
    constraint tier_settings_cut_points check (a_percent between 1 and 100 and b_percent >= 0
        and a_percent + b_percent <= 100)
);
insert into tier_settings (id, version, reporting_currency, a_percent, b_percent) values (1, 0, 'USD', 80, 15);

alter table account add column computed_tier varchar(1) default 'C' not null;
alter table account add column tier_override_reason varchar(500);

create table tier_change (
    id         bigint       not null primary key,
    account_id bigint       not null references account (id),
    changed_at timestamp(6) with time zone not null,
    changed_by varchar(64)  not null,
    kind       varchar(20)  not null,
    from_tier  varchar(1)   not null,
    to_tier    varchar(1)   not null,
    reason     varchar(500)
);
create index tier_change_account_idx on tier_change (account_id, changed_at);
