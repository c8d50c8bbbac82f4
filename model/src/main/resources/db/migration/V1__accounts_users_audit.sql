-- Agency accounts, users with roles, account teams, and the Envers audit trail.
-- Runs unchanged on H2 and PostgreSQL; ${tinyint} is the database's one-byte integer type.

create sequence app_user_seq start with 1 increment by 50;
create sequence account_seq start with 1 increment by 50;
create sequence team_member_seq start with 1 increment by 50;
create sequence revision_seq start with 1 increment by 1;

create table app_user (
    id            bigint       not null primary key,
    version       bigint       not null,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    password_hash varchar(255) not null,
    enabled       boolean      not null,
    constraint app_user_username_unique unique (username)
);

create table user_role (
    user_id bigint      not null references app_user (id),
    role    varchar(20) not null,
    primary key (user_id, role)
);

create table account (
    id              bigint       not null primary key,
    version         bigint       not null,
    name            varchar(200) not null,
    native_name     varchar(200),
    normalized_name varchar(200) not null,
    country         varchar(3)   not null,
    agency_type     varchar(40)  not null,
    sectors         varchar(200) not null,
    parent_id       bigint references account (id),
    classification  varchar(20),
    constraint account_name_unique unique (country, normalized_name)
);
create index account_parent_idx on account (parent_id);
create index account_name_idx on account (normalized_name);

create table team_member (
    id         bigint      not null primary key,
    account_id bigint      not null references account (id),
    user_id    bigint      not null references app_user (id),
    team_role  varchar(20) not null,
    constraint team_member_unique unique (account_id, user_id)
);
create index team_member_user_idx on team_member (user_id);

create table revision (
    id       bigint      not null primary key,
    made_at  bigint      not null,
    username varchar(64) not null
);

create table account_aud (
    id              bigint not null,
    rev             bigint not null references revision (id),
    revtype         ${tinyint},
    name            varchar(200),
    native_name     varchar(200),
    normalized_name varchar(200),
    country         varchar(3),
    agency_type     varchar(40),
    sectors         varchar(200),
    parent_id       bigint,
    classification  varchar(20),
    primary key (id, rev)
);
