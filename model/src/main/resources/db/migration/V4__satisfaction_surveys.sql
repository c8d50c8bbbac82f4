-- Satisfaction surveys of the agencies: five dimensions 1-5 and the likelihood to recommend 0-10.

create sequence satisfaction_survey_seq start with 1 increment by 50;

create table satisfaction_survey (
    id                      bigint      not null primary key,
    account_id              bigint      not null references account (id),
    surveyed_on             date        not null,
    respondent              varchar(200),
    quality                 integer     not null,
    schedule                integer     not null,
    communication           integer     not null,
    responsiveness          integer     not null,
    value_for_money         integer     not null,
    likelihood_to_recommend integer     not null,
    comment                 varchar(2000),
    recorded_by             varchar(64) not null,
    constraint survey_scores_in_range check (
        quality between 1 and 5 and schedule between 1 and 5 and communication between 1 and 5
        and responsiveness between 1 and 5 and value_for_money between 1 and 5
        and likelihood_to_recommend between 0 and 10)
);
create index satisfaction_survey_account_idx on satisfaction_survey (account_id, surveyed_on);
