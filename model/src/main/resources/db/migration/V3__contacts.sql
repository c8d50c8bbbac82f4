-- People at the agencies, and their history (Envers).

create sequence contact_seq start with 1 increment by 50;

create table contact (
    id                    bigint       not null primary key,
    version               bigint       not null,
    account_id            bigint       not null references account (id),
    name                  varchar(200) not null,
    title                 varchar(200),
    department            varchar(200),
    email                 varchar(200),
    phone                 varchar(200),
    influence             varchar(20)  not null,
    relationship_strength integer      not null
);
create index contact_account_idx on contact (account_id);

create table contact_aud (
    id                    bigint not null,
    rev                   bigint not null references revision (id),
    revtype               ${tinyint},
    account_id            bigint,
    name                  varchar(200),
    title                 varchar(200),
    department            varchar(200),
    email                 varchar(200),
    phone                 varchar(200),
    influence             varchar(20),
    relationship_strength integer,
    primary key (id, rev)
);
