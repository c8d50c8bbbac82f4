-- Who joined, changed role on or left an account team, and who did it (Envers).

create table team_member_aud (
    id         bigint not null,
    rev        bigint not null references revision (id),
    revtype    ${tinyint},
    account_id bigint,
    user_id    bigint,
    team_role  varchar(20),
    primary key (id, rev)
);
