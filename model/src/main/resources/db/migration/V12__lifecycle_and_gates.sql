-- The project lifecycle: a phase per project, gates G0-G5 with the roles that decide them and their
-- criteria, and the decisions taken at them. A project Pylon starts has no financier's id, commitment,
-- approval date or status; an imported one has no sector or contract type of its own and no gates.

alter table project alter column external_id drop not null;
alter table project alter column commitment_amount drop not null;
alter table project alter column commitment_currency drop not null;
alter table project alter column approved_on drop not null;
alter table project alter column status drop not null;
alter table project add column phase varchar(30);
alter table project add column lifecycle_sector varchar(20);
alter table project add column contract_type varchar(10);
alter table project add column killed boolean default false not null;
-- Imported projects: the mapping of io.pylon.project.Phase.ofImported.
update project set phase = case status when 'PIPELINE' then 'PLANNING' when 'ACTIVE' then 'CONSTRUCTION' else 'CLOSED' end;
alter table project alter column phase set not null;
create index project_phase_idx on project (phase);

alter table project_aud add column phase varchar(30);
alter table project_aud add column lifecycle_sector varchar(20);
alter table project_aud add column contract_type varchar(10);
alter table project_aud add column killed boolean;

create sequence gate_seq start with 1 increment by 50;
create sequence gate_criterion_seq start with 1 increment by 50;
create sequence gate_decision_seq start with 1 increment by 50;

create table gate (
    id         bigint      not null primary key,
    version    bigint      not null,
    project_id bigint      not null references project (id),
    code       varchar(2)  not null,
    state      varchar(10) not null,
    planned_on date,
    actual_on  date,
    constraint gate_code_unique unique (project_id, code)
);

create table gate_decider (
    gate_id bigint      not null references gate (id),
    role    varchar(20) not null,
    primary key (gate_id, role)
);

create table gate_criterion (
    id         bigint        not null primary key,
    version    bigint        not null,
    gate_id    bigint        not null references gate (id),
    position   integer       not null,
    text       varchar(300)  not null,
    kind       varchar(12)   not null,
    weight     integer       not null,
    score      integer,
    status     varchar(10)   not null,
    note       varchar(1000),
    changed_by varchar(64),
    changed_at timestamp(6) with time zone,
    constraint gate_criterion_score_range check (score between 0 and 5)
);
create index gate_criterion_gate_idx on gate_criterion (gate_id);

create table gate_criterion_aud (
    id         bigint not null,
    rev        bigint not null references revision (id),
    revtype    ${tinyint},
    gate_id    bigint,
    position   integer,
    text       varchar(300),
    kind       varchar(12),
    weight     integer,
    score      integer,
    status     varchar(10),
    note       varchar(1000),
    changed_by varchar(64),
    changed_at timestamp(6) with time zone,
    primary key (id, rev)
);

create table gate_decision (
    id         bigint        not null primary key,
    gate_id    bigint        not null references gate (id),
    decision   varchar(20)   not null,
    rationale  varchar(2000) not null,
    decided_by varchar(64)   not null,
    decided_at timestamp(6) with time zone not null
);
create index gate_decision_gate_idx on gate_decision (gate_id);

create table gate_condition (
    decision_id    bigint       not null references gate_decision (id),
    position       integer      not null,
    condition_text varchar(500) not null,
    due_on         date         not null,
    primary key (decision_id, position)
);
