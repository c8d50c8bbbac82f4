-- Proposals for opportunities, in numbered versions; each version's terms (the contract and its financing plan) are
-- one JSON document, with the contract price and cost estimate also in columns for the portfolio's sums. A draft's
-- revisions are audited by Envers; a submitted version is frozen, with its scenarios (what-ifs beside it). A won
-- proposal points to the project it became.

create sequence proposal_seq start with 1 increment by 50;
create sequence proposal_version_seq start with 1 increment by 50;
create sequence proposal_scenario_seq start with 1 increment by 50;

create table proposal (
    id             bigint       not null primary key,
    version        bigint       not null,
    opportunity_id bigint       not null references opportunity (id),
    title          varchar(300) not null,
    created_by     varchar(64)  not null,
    created_at     timestamp(6) with time zone not null,
    project_id     bigint       references project (id),
    awarded_version integer,
    constraint proposal_project_unique unique (project_id)
);
create index proposal_opportunity_idx on proposal (opportunity_id);

create table proposal_version (
    id             bigint          not null primary key,
    version        bigint          not null,
    proposal_id    bigint          not null references proposal (id),
    number         integer         not null,
    status         varchar(10)     not null,
    currency       varchar(3)      not null,
    contract_price numeric(19, 2)  not null,
    cost_estimate  numeric(19, 2)  not null,
    terms          varchar(1000000) not null,
    changed_by     varchar(64)     not null,
    changed_at     timestamp(6) with time zone not null,
    submitted_by   varchar(64),
    submitted_at   timestamp(6) with time zone,
    constraint proposal_version_number_unique unique (proposal_id, number),
    constraint proposal_version_status check (status in ('DRAFT', 'SUBMITTED'))
);

create table proposal_version_aud (
    id             bigint not null,
    rev            bigint not null references revision (id),
    revtype        ${tinyint},
    proposal_id    bigint,
    number         integer,
    status         varchar(10),
    currency       varchar(3),
    contract_price numeric(19, 2),
    cost_estimate  numeric(19, 2),
    terms          varchar(1000000),
    changed_by     varchar(64),
    changed_at     timestamp(6) with time zone,
    submitted_by   varchar(64),
    submitted_at   timestamp(6) with time zone,
    primary key (id, rev)
);

create table proposal_scenario (
    id                  bigint           not null primary key,
    version             bigint           not null,
    proposal_version_id bigint           not null references proposal_version (id),
    name                varchar(100)     not null,
    terms               varchar(1000000) not null,
    changed_by          varchar(64)      not null,
    changed_at          timestamp(6) with time zone not null
);
create index proposal_scenario_version_idx on proposal_scenario (proposal_version_id);
