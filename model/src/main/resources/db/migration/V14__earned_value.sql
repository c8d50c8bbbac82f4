-- Earned value per reporting period of a project: the budget at completion in force then and, to the end of
-- the period, planned value, earned value and actual cost, in one currency; a period is corrected in place.

create sequence reporting_period_seq start with 1 increment by 50;

create table reporting_period (
    id                   bigint         not null primary key,
    version              bigint         not null,
    project_id           bigint         not null references project (id),
    period_end           date           not null,
    currency             varchar(3)     not null,
    budget_at_completion numeric(19, 2) not null,
    planned_value        numeric(19, 2) not null,
    earned_value         numeric(19, 2) not null,
    actual_cost          numeric(19, 2) not null,
    recorded_by          varchar(64)    not null,
    recorded_at          timestamp(6) with time zone not null,
    constraint reporting_period_unique unique (project_id, period_end)
);
