-- Account plans per year (objectives with measures; strengths, weaknesses, competitors; the
-- agency's own development plans), and what merging near-duplicate accounts needs: former names
-- that keep matching imports, the record of each merge, and pairs a person decided to keep apart.

create sequence account_plan_seq start with 1 increment by 50;
create sequence plan_objective_seq start with 1 increment by 50;
create sequence account_alias_seq start with 1 increment by 50;
create sequence account_merge_seq start with 1 increment by 50;

create table account_plan (
    id         bigint      not null primary key,
    version    bigint      not null,
    account_id bigint      not null references account (id),
    plan_year  integer     not null,
    changed_by varchar(64) not null,
    changed_at timestamp(6) with time zone not null,
    constraint account_plan_year_unique unique (account_id, plan_year)
);

create table account_plan_strength (
    plan_id    bigint       not null references account_plan (id),
    item_order integer      not null,
    statement  varchar(500) not null,
    primary key (plan_id, item_order)
);

create table account_plan_weakness (
    plan_id    bigint       not null references account_plan (id),
    item_order integer      not null,
    statement  varchar(500) not null,
    primary key (plan_id, item_order)
);

create table account_plan_competitor (
    plan_id        bigint        not null references account_plan (id),
    item_order     integer       not null,
    name           varchar(200)  not null,
    position_notes varchar(2000),
    primary key (plan_id, item_order)
);

create table account_plan_development (
    plan_id         bigint         not null references account_plan (id),
    item_order      integer        not null,
    name            varchar(200)   not null,
    horizon_from    integer        not null,
    horizon_to      integer        not null,
    budget_amount   numeric(19, 2),
    budget_currency varchar(3),
    primary key (plan_id, item_order),
    constraint development_horizon_ordered check (horizon_from <= horizon_to)
);

create table plan_objective (
    id         bigint       not null primary key,
    version    bigint       not null,
    plan_id    bigint       not null references account_plan (id),
    title      varchar(300) not null,
    owner_id   bigint       not null references app_user (id),
    due_on     date         not null,
    status     varchar(20)  not null,
    changed_by varchar(64)  not null,
    changed_at timestamp(6) with time zone not null
);
create index plan_objective_plan_idx on plan_objective (plan_id);
create index plan_objective_owner_idx on plan_objective (owner_id);

create table plan_objective_measure (
    objective_id bigint       not null references plan_objective (id),
    item_order   integer      not null,
    description  varchar(500) not null,
    target       varchar(200) not null,
    primary key (objective_id, item_order)
);

-- A merged account's name, in its country, now naming the account it was merged into.
create table account_alias (
    id              bigint       not null primary key,
    account_id      bigint       not null references account (id),
    country         varchar(3)   not null,
    name            varchar(200) not null,
    normalized_name varchar(200) not null,
    constraint account_alias_unique unique (country, normalized_name)
);
create index account_alias_account_idx on account_alias (account_id);

-- The merged account is gone, so its id and names are kept as values; who and when are the revision's.
create table account_merge (
    id                   bigint       not null primary key,
    surviving_account_id bigint       not null references account (id),
    merged_account_id    bigint       not null,
    merged_name          varchar(200) not null,
    merged_native_name   varchar(200),
    merged_country       varchar(3)   not null,
    revision_id          bigint       not null references revision (id)
);
create index account_merge_surviving_idx on account_merge (surviving_account_id);
create index account_merge_revision_idx on account_merge (revision_id);

create table account_pair_kept_apart (
    first_account_id  bigint      not null references account (id),
    second_account_id bigint      not null references account (id),
    decided_by        varchar(64) not null,
    decided_at        timestamp(6) with time zone not null,
    primary key (first_account_id, second_account_id),
    constraint kept_apart_ordered check (first_account_id < second_account_id)
);
create index kept_apart_second_idx on account_pair_kept_apart (second_account_id);
