-- Evidence attached to a gate's criteria: what was uploaded, by whom and when, with the type its bytes show
-- and their SHA-256; the bytes in a table of their own, so that listing evidence never reads them, and in the
-- database, so that every server instance serves them.

create sequence gate_evidence_seq start with 1 increment by 50;

create table gate_evidence (
    id           bigint       not null primary key,
    criterion_id bigint       not null references gate_criterion (id),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamp(6) with time zone not null
);
create index gate_evidence_criterion_idx on gate_evidence (criterion_id);

create table gate_evidence_content (
    evidence_id bigint   not null primary key references gate_evidence (id),
    content     ${blob}  not null
);
