-- Seeds the key-account benchmark data into a PostgreSQL database that Pylon has migrated and
-- loaded its demo users into (start it once with PYLON_DEMO=true): agencies in 40 countries, each
-- with contacts, opportunities in USD, a survey for every third, and interactions with follow-ups.
-- The demo account manager "am" is on the team of every fifth account, the executive sees them all.
--
--   psql -h 127.0.0.1 -U postgres -d bench -v accounts=10000 -v interactions=200000 -f kam-seed-postgresql.sql
--
-- Ids come from the application's sequences one value per row; Hibernate's pooled allocation
-- (50 per call) then continues above them.

\set ON_ERROR_STOP on
\if :{?accounts}
\else
\set accounts 10000
\endif
\if :{?interactions}
\else
\set interactions 200000
\endif

begin;

-- The accounts this script adds are those above the highest id so far; their names number on from it.
select coalesce(max(id), 0) as accounts_before from account \gset

create temporary table bench_user as
select (select id from app_user where username = 'am') as am,
       (select id from app_user where username = 'bid') as bid;

insert into account (id, version, name, normalized_name, country, agency_type, sectors, classification, tier, computed_tier)
select nextval('account_seq'), 0, kind || ' ' || (:accounts_before + g), lower(kind) || ' ' || (:accounts_before + g),
       (array['KEN','TZA','ETH','UGA','RWA','NGA','GHA','SEN','CIV','CMR','EGY','MAR','DZA','TUN','ZAF','ZMB','MOZ','AGO',
              'IDN','VNM','PHL','THA','MYS','KHM','LAO','BGD','PAK','LKA','NPL','UZB','KAZ','KGZ','SRB','TUR','BRA','PER',
              'COL','ECU','MEX','ARG'])[1 + g % 40],
       (array['MINISTRY','AGENCY','AUTHORITY','STATE_OWNED_ENTERPRISE'])[1 + g % 4],
       (array['ROAD','RAIL','BRIDGE,ROAD','PORT','POWER','WATER','AIRPORT','BUILDING'])[1 + g % 8],
       (array['INDUSTRY','REGIONAL','POTENTIAL', null])[1 + g % 4], 'C', 'C'
from generate_series(1, :accounts) g,
     lateral (select (array['National Roads Authority','Railway Corporation','Ports Authority','Power Company',
                            'Water Board','Ministry of Transport','Airports Authority','Urban Development Agency'])[1 + (g / 40) % 8]
                     as kind) k;

create temporary table bench_account as
select id, row_number() over (order by id) as n from account where id > :accounts_before;

insert into team_member (id, account_id, user_id, team_role)
select nextval('team_member_seq'), a.id, u.am, 'ACCOUNT_LEAD' from bench_account a, bench_user u where a.n % 5 = 0;

insert into contact (id, version, account_id, name, title, influence, relationship_strength)
select nextval('contact_seq'), 0, a.id, 'Contact ' || a.n || '-' || c, 'Director',
       (array['DECISION_MAKER','INFLUENCER','GATEKEEPER','USER'])[1 + c % 4], 1 + (a.n + c) % 5
from bench_account a, generate_series(1, 3) c;

insert into opportunity (id, version, account_id, title, sector, country, value_amount, value_currency, win_probability, stage,
                         expected_award_on)
select nextval('opportunity_seq'), 0, a.id, 'Opportunity ' || a.n || '-' || o, 'ROAD', acc.country,
       -- Values spread over four orders of magnitude, so that the Pareto curve has a real head and tail.
       round((1000000 * power(10, (a.n * 7919 + o * 104729) % 4000 / 1000.0))::numeric, 2), 'USD',
       (array[100, 60, 30, 10])[1 + o % 4], (array['WON','NEGOTIATING','BIDDING','QUALIFIED'])[1 + o % 4],
       current_date + (o * 90)
from bench_account a join account acc on acc.id = a.id, generate_series(1, 2) o;

insert into satisfaction_survey (id, account_id, surveyed_on, quality, schedule, communication, responsiveness,
                                 value_for_money, likelihood_to_recommend, recorded_by)
select nextval('satisfaction_survey_seq'), a.id, current_date - (a.n % 300)::int, 1 + a.n % 5, 1 + (a.n + 1) % 5,
       1 + (a.n + 2) % 5, 1 + (a.n + 3) % 5, 1 + (a.n + 4) % 5, a.n % 11, 'am'
from bench_account a where a.n % 3 = 0;

create temporary table bench_interaction as
select nextval('interaction_seq') as id, a.id as account_id, i
from generate_series(1, :interactions) i
join bench_account a on a.n = 1 + (i * 7) % (select count(*) from bench_account);

insert into interaction (id, version, account_id, kind, occurred_on, summary, outcome, recorded_by, recorded_at)
select id, 0, account_id, (array['VISIT','MEETING','CALL','EMAIL','EVENT'])[1 + i % 5], current_date - (i % 720)::int,
       'Benchmark interaction ' || i, 'Next steps agreed', 'am', now()
from bench_interaction;

insert into interaction_our_participant (interaction_id, user_id)
select b.id, u.am from bench_interaction b, bench_user u;

insert into follow_up (id, version, interaction_id, description, owner_id, due_on, completed_by, completed_at)
select nextval('follow_up_seq'), 0, b.id, 'Follow-up of interaction ' || b.i, case when b.i % 2 = 0 then u.am else u.bid end,
       current_date - 30 + (b.i % 90)::int, case when b.i % 4 = 0 then 'am' end, case when b.i % 4 = 0 then now() end
from bench_interaction b, bench_user u where b.i % 3 = 0;

commit;
analyze;

select (select count(*) from account) as accounts, (select count(*) from interaction) as interactions,
       (select count(*) from follow_up) as follow_ups, (select count(*) from opportunity) as opportunities;
