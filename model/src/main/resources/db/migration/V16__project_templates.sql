-- Gate templates as administrators edit them, one per sector and contract type: the roles that decide each gate
-- G1-G5 and the criteria of all five in order. A combination without a row here uses the defaults in the code
-- (io.pylon.project.GateTemplates); deleting the row goes back to them. Projects copy their gates on creation.

create sequence project_template_seq start with 1 increment by 50;

create table project_template (
    id            bigint      not null primary key,
    version       bigint      not null,
    sector        varchar(20) not null,
    contract_type varchar(10) not null,
    changed_by    varchar(64) not null,
    changed_at    timestamp(6) with time zone not null,
    constraint project_template_unique unique (sector, contract_type)
);

create table project_template_decider (
    template_id bigint      not null references project_template (id) on delete cascade,
    gate_code   varchar(2)  not null,
    role        varchar(20) not null,
    primary key (template_id, gate_code, role)
);

create table project_template_criterion (
    template_id bigint       not null references project_template (id) on delete cascade,
    position    integer      not null,
    gate_code   varchar(2)   not null,
    text        varchar(300) not null,
    kind        varchar(12)  not null,
    weight      integer      not null,
    primary key (template_id, position),
    constraint project_template_criterion_weight check (weight between 0 and 100)
);
