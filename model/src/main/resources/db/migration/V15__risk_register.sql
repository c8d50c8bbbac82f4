-- The risk register of a project: each risk as cause, event and effect, rated for probability and impact on
-- 1-5 scales, with its owner, response and status; numbered within the project; audited by Envers.

create sequence risk_seq start with 1 increment by 50;

create table risk (
    id          bigint        not null primary key,
    version     bigint        not null,
    project_id  bigint        not null references project (id),
    number      integer       not null,
    cause       varchar(1000) not null,
    event       varchar(1000) not null,
    effect      varchar(1000) not null,
    probability integer       not null,
    impact      integer       not null,
    owner       varchar(100)  not null,
    strategy    varchar(10)   not null,
    response    varchar(2000),
    status      varchar(10)   not null,
    raised_by   varchar(64)   not null,
    raised_at   timestamp(6) with time zone not null,
    changed_by  varchar(64)   not null,
    changed_at  timestamp(6) with time zone not null,
    constraint risk_number_unique unique (project_id, number),
    constraint risk_probability_range check (probability between 1 and 5),
    constraint risk_impact_range check (impact between 1 and 5)
);

create table risk_aud (
    id          bigint not null,
    rev         bigint not null references revision (id),
    revtype     ${tinyint},
    project_id  bigint,
    number      integer,
    cause       varchar(1000),
    event       varchar(1000),
    effect      varchar(1000),
    probability integer,
    impact      integer,
    owner       varchar(100),
    strategy    varchar(10),
    response    varchar(2000),
    status      varchar(10),
    raised_by   varchar(64),
    raised_at   timestamp(6) with time zone,
    changed_by  varchar(64),
    changed_at  timestamp(6) with time zone,
    primary key (id, rev)
);
