-- Account scoring: the weight of each criterion, the ratings account teams give, and each
-- account's score with its parts as last computed.

-- Criteria not listed here weigh their default (io.pylon.scoring.Criterion) until an administrator sets them.
create table scoring_criterion (
    criterion varchar(40) not null primary key,
    version   bigint      not null,
    weight    integer     not null,
    enabled   boolean     not null,
    constraint scoring_criterion_weight_range check (weight between 0 and 100)
);
insert into scoring_criterion (criterion, version, weight, enabled) values ('BUSINESS_SCALE', 0, 30, true);
insert into scoring_criterion (criterion, version, weight, enabled) values ('GROWTH', 0, 20, true);
insert into scoring_criterion (criterion, version, weight, enabled) values ('RELATIONSHIP_STRENGTH', 0, 20, true);
insert into scoring_criterion (criterion, version, weight, enabled) values ('STRATEGIC_SIGNIFICANCE', 0, 20, true);
insert into scoring_criterion (criterion, version, weight, enabled) values ('PAYMENT_BEHAVIOUR', 0, 10, true);

create table account_rating (
    account_id             bigint       not null primary key references account (id),
    version                bigint       not null,
    strategic_significance integer,
    payment_behaviour      integer,
    comment                varchar(500) not null,
    rated_by               varchar(64)  not null,
    rated_at               timestamp(6) with time zone not null,
    constraint account_rating_range check (
        (strategic_significance is null or strategic_significance between 1 and 5)
        and (payment_behaviour is null or payment_behaviour between 1 and 5))
);

create table account_score (
    account_id  bigint       not null primary key references account (id),
    score       numeric(7, 4),
    computed_at timestamp(6) with time zone not null
);
-- The account list sorts by score.
create index account_score_score_idx on account_score (score);

create table account_score_part (
    account_id       bigint        not null references account_score (account_id) on delete cascade,
    part_order       integer       not null,
    criterion        varchar(40)   not null,
    weight           integer       not null,
    share            numeric(9, 8),
    figure           numeric(21, 4),
    score            numeric(7, 4),
    contribution     numeric(7, 4),
    left_out         varchar(20),
    explanation_code varchar(60)   not null,
    explanation_args varchar(2000) not null,
    explanation      varchar(1000) not null,
    primary key (account_id, part_order)
);
