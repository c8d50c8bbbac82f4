-- Interactions with the agencies (visits, meetings, calls, e-mails, events), who took part on
-- either side, the follow-ups they led to, and the visit cadence per tier in force.

create sequence interaction_seq start with 1 increment by 50;
create sequence follow_up_seq start with 1 increment by 50;

create table interaction (
    id          bigint        not null primary key,
    version     bigint        not null,
    account_id  bigint        not null references account (id),
    kind        varchar(10)   not null,
    occurred_on date          not null,
    summary     varchar(2000) not null,
    outcome     varchar(2000),
    recorded_by varchar(64)   not null,
    recorded_at timestamp(6) with time zone not null
);
-- The timeline and the last visit of an account read the newest first.
create index interaction_account_idx on interaction (account_id, occurred_on);

create table interaction_our_participant (
    interaction_id bigint not null references interaction (id),
    user_id        bigint not null references app_user (id),
    primary key (interaction_id, user_id)
);
create index interaction_our_participant_user_idx on interaction_our_participant (user_id);

create table interaction_their_participant (
    interaction_id bigint not null references interaction (id),
    contact_id     bigint not null references contact (id),
    primary key (interaction_id, contact_id)
);
create index interaction_their_participant_contact_idx on interaction_their_participant (contact_id);

create table follow_up (
    id             bigint       not null primary key,
    version        bigint       not null,
    interaction_id bigint       not null references interaction (id),
    description    varchar(500) not null,
    owner_id       bigint       not null references app_user (id),
    due_on         date         not null,
    completed_by   varchar(64),
    completed_at   timestamp(6) with time zone
);
create index follow_up_interaction_idx on follow_up (interaction_id);
create index follow_up_owner_idx on follow_up (owner_id, due_on);

-- Months between visits per tier; a tier without a row visits at its default cadence (io.pylon.account.Tier).
create table visit_cadence (
    tier   varchar(1) not null primary key,
    months integer    not null,
    constraint visit_cadence_months_in_range check (months between 1 and 24)
);
