-- Milestones of a project: named, planned for a day, reached on a day, optionally within a phase. And the record
-- that a condition of a CONDITIONAL_GO was met, apart from the decision, which is never changed: one per
-- condition, which the decision's conditions table identifies by (decision, position).

create sequence milestone_seq start with 1 increment by 50;

create table milestone (
    id         bigint       not null primary key,
    version    bigint       not null,
    project_id bigint       not null references project (id),
    name       varchar(200) not null,
    phase      varchar(30),
    planned_on date         not null,
    reached_on date,
    changed_by varchar(64)  not null,
    changed_at timestamp(6) with time zone not null
);
create index milestone_project_idx on milestone (project_id);

create sequence gate_condition_met_seq start with 1 increment by 50;

create table gate_condition_met (
    id          bigint        not null primary key,
    decision_id bigint        not null,
    position    integer       not null,
    note        varchar(1000),
    met_by      varchar(64)   not null,
    met_at      timestamp(6) with time zone not null,
    constraint gate_condition_met_unique unique (decision_id, position),
    constraint gate_condition_met_condition_fk foreign key (decision_id, position)
        references gate_condition (decision_id, position)
);
