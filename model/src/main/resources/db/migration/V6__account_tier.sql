-- Every account has a tier; new and existing accounts start in C until the Pareto analysis places them.
-- Tier changes have their own history (who, when, why), so the column is not in account_aud.

alter table account add column tier varchar(1) default 'C' not null;
create index account_tier_idx on account (tier);
