-- Projects owned by agency accounts, with their sector shares and audit trail, and the imports
-- that bring them in from a financier's export file.
-- Runs unchanged on H2 and PostgreSQL; ${tinyint} is the database's one-byte integer type and
-- ${blob} its type for binary values up to 100 MiB (varbinary on H2, bytea on PostgreSQL).

create sequence project_seq start with 1 increment by 50;
create sequence data_import_seq start with 1 increment by 50;

create table project (
    id                  bigint         not null primary key,
    version             bigint         not null,
    external_id         varchar(40)    not null,
    name                varchar(300)   not null,
    country             varchar(3)     not null,
    owner_id            bigint         not null references account (id),
    borrower_id         bigint references account (id),
    commitment_amount   numeric(19, 2) not null,
    commitment_currency varchar(3)     not null,
    approved_on         date           not null,
    closes_on           date,
    status              varchar(20)    not null,
    constraint project_external_id_unique unique (external_id)
);
create index project_owner_idx on project (owner_id);
create index project_borrower_idx on project (borrower_id);

create table project_sector (
    project_id    bigint       not null references project (id),
    sector_order  integer      not null,
    sector_name   varchar(100) not null,
    share_percent integer      not null,
    primary key (project_id, sector_order)
);

create table project_aud (
    id                  bigint not null,
    rev                 bigint not null references revision (id),
    revtype             ${tinyint},
    external_id         varchar(40),
    name                varchar(300),
    country             varchar(3),
    owner_id            bigint,
    borrower_id         bigint,
    commitment_amount   numeric(19, 2),
    commitment_currency varchar(3),
    approved_on         date,
    closes_on           date,
    status              varchar(20),
    primary key (id, rev)
);

-- Envers writes a removed and an added share at the same position in one revision, so the
-- position alone does not identify a row here.
create table project_sector_aud (
    rev           bigint       not null references revision (id),
    revtype       ${tinyint},
    project_id    bigint       not null,
    sector_order  integer      not null,
    sector_name   varchar(100) not null,
    share_percent integer      not null,
    primary key (rev, project_id, sector_order, sector_name, share_percent)
);

create table data_import (
    id               bigint       not null primary key,
    file_name        varchar(255),
    file_format      varchar(10)  not null,
    started_by       varchar(64)  not null,
    started_at       timestamp(6) with time zone not null,
    finished_at      timestamp(6) with time zone,
    state            varchar(10)  not null,
    rows_total       bigint       not null,
    rows_done        bigint       not null,
    accounts_created bigint       not null,
    accounts_matched bigint       not null,
    projects_created bigint       not null,
    projects_updated bigint       not null,
    failure          varchar(1000),
    failure_line     bigint,
    failure_column   bigint,
    failure_record   bigint
);
create index data_import_started_by_idx on data_import (started_by);

create table data_import_rejected_row (
    import_id       bigint       not null references data_import (id),
    rejection_order integer      not null,
    file_row        bigint       not null,
    field           varchar(40),
    reason          varchar(40)  not null,
    message         varchar(500) not null,
    primary key (import_id, rejection_order)
);

create table data_import_file (
    import_id bigint  not null primary key references data_import (id),
    content   ${blob} not null
);
