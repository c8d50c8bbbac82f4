-- Seeds the lifecycle benchmark data into a PostgreSQL database that Pylon has migrated and loaded its demo
-- users into (start it once with PYLON_DEMO=true): agencies of their own, and projects owned by them in every
-- phase, each with its gates G0-G5, their deciders and criteria with their audited history, the decisions taken
-- so far, and for projects in construction reporting periods (earned value) and a risk register (no milestones).
-- The demo project manager "pm" is PROJECT_LEAD on every fiftieth of these agencies (2 %), so that "my gates"
-- has hundreds of gates to show.
--
--   psql -h 127.0.0.1 -U postgres -d bench_gates -v projects=100000 -v accounts=5000 -f gates-seed-postgresql.sql
--
-- It adds its own agencies, so it runs on the demo data alone or after kam-seed-postgresql.sql (in either order;
-- the key-account data then simply has no lifecycle projects). Random figures come from a fixed seed, so two
-- runs on the same database state give the same data.
--
-- The criteria are those GateTemplates.defaults(sector, contractType) gives (the table "template" below copies
-- it; change both together). A project's dates follow from how long it has been in its phase: the gates behind
-- it passed (a few late, a few early), its next gate planned for the end of the phase (some overdue, some due
-- soon), the gates after it planned phase by phase. About 4 % of live projects were killed at their next gate
-- and 4 % are on hold there.
--
-- Ids come from the application's sequences one value per row; Hibernate's pooled allocation (50 per call)
-- then continues above them.

\set ON_ERROR_STOP on
\if :{?projects}
\else
\set projects 100000
\endif
\if :{?accounts}
\else
\set accounts 5000
\endif

begin;
select setseed(0.4);

select coalesce(max(id), 0) as accounts_before from account \gset

insert into account (id, version, name, normalized_name, country, agency_type, sectors, classification, tier, computed_tier)
select nextval('account_seq'), 0, kind || ' ' || (:accounts_before + g), lower(kind) || ' ' || (:accounts_before + g),
       (array['KEN','TZA','ETH','UGA','RWA','NGA','GHA','SEN','CIV','CMR','EGY','MAR','DZA','TUN','ZAF','ZMB','MOZ','AGO',
              'IDN','VNM','PHL','THA','MYS','KHM','LAO','BGD','PAK','LKA','NPL','UZB','KAZ','KGZ','SRB','TUR','BRA','PER',
              'COL','ECU','MEX','ARG'])[1 + g % 40],
       (array['MINISTRY','AGENCY','AUTHORITY','STATE_OWNED_ENTERPRISE'])[1 + g % 4],
       (array['ROAD','RAIL','BRIDGE,ROAD','PORT','POWER','WATER','AIRPORT','BUILDING'])[1 + g % 8],
       (array['INDUSTRY','REGIONAL','POTENTIAL', null])[1 + g % 4], 'C', 'C'
from generate_series(1, :accounts) g,
     lateral (select (array['Highway Agency','Rail Development Authority','Port Management Board','Electricity Corporation',
                            'Water Utility','Ministry of Infrastructure','Civil Aviation Authority','Public Works Department'])[1 + (g / 40) % 8]
                     as kind) k;

create temporary table bench_account as
select id, country, row_number() over (order by id) as n from account where id > :accounts_before;

insert into team_member (id, account_id, user_id, team_role)
select nextval('team_member_seq'), a.id, (select id from app_user where username = 'pm'), 'PROJECT_LEAD'
from bench_account a where a.n % 50 = 0;

-- Phase index 0-5 (PLANNING .. CLOSED) in the proportions of a contractor's portfolio: many pursuits, fewer
-- projects the further they get. "days" is how long the project has been in its phase; a phase lasts
-- duration[phase + 1] days as planned (planning 120, design 240, financing 180, construction 900, O&M 720),
-- and a live project stays up to 30 % longer, so about a quarter of the next gates are overdue.
create temporary table bench_project as
select nextval('project_seq') as id, p.n, a.id as owner_id, a.country, p.phase, p.sector, p.contract_type,
       p.fate, (current_date - p.days) as entered_on
from (select n, phase, sector, contract_type, fate,
             case when phase = 5 then (random() * 1500)::int
                  else (random() * 1.3 * (array[120, 240, 180, 900, 720])[phase + 1])::int end as days
      from (select n,
                   case when r < 0.30 then 0 when r < 0.50 then 1 when r < 0.62 then 2
                        when r < 0.82 then 3 when r < 0.92 then 4 else 5 end as phase,
                   (array['RAIL','ROAD','BRIDGE','PORT','AIRPORT','POWER','WATER','BUILDING'])[1 + (random() * 7.999)::int] as sector,
                   case when c < 0.5 then 'EPC' when c < 0.8 then 'EPC_F' when c < 0.9 then 'PPP' else 'O_AND_M' end as contract_type,
                   case when f < 0.04 then 'KILLED' when f < 0.08 then 'ON_HOLD' else 'LIVE' end as fate
            from (select n, random() as r, random() as c, random() as f from generate_series(1, :projects) n) r) s) p
join bench_account a on a.n = 1 + p.n % :accounts;

insert into project (id, version, name, country, owner_id, phase, lifecycle_sector, contract_type, killed)
select id, 0,
       (array['Northern','Southern','Eastern','Western','Central','Coastal','Lakeside','Highland','Valley','Delta'])[1 + n % 10]
         || ' ' || (array['rail link','expressway','river bridge','container terminal','airport expansion','power plant',
                          'water treatment works','hospital'])[1 + n % 8] || ' ' || n,
       country, owner_id,
       (array['PLANNING','DESIGN','FINANCING','CONSTRUCTION','OPERATION_AND_MAINTENANCE','CLOSED'])[phase + 1],
       sector, contract_type, fate = 'KILLED' and phase < 5
from bench_project;

-- Gate g (0-5) of every project. With start[g] the planned day gate g falls after the project's start (G0), the
-- gate that opened the current phase passed on entered_on and every other gate sits start[g] - start[phase]
-- days from it: behind it passed (the plan up to 50 days before the actual date or 20 after it), ahead of it
-- planned. The next gate of a closed project does not exist; a killed or held one is in that state.
create temporary table bench_gate as
select nextval('gate_seq') as id, p.id as project_id, p.n, p.phase, p.sector, p.contract_type, g,
       case when g <= p.phase then 'PASSED'
            when g = p.phase + 1 and p.fate <> 'LIVE' then p.fate
            else 'PENDING' end as state,
       case when g = 0 then null
            when g <= p.phase then day - (random() * 70)::int + 20
            else day end as planned_on,
       case when g <= p.phase then day end as actual_on,
       p.entered_on
from bench_project p,
     generate_series(0, 5) g,
     lateral (select p.entered_on + (array[0, 120, 360, 540, 1440, 2160])[g + 1]
                                  - (array[0, 120, 360, 540, 1440, 2160])[p.phase + 1]
                                  - case when g < p.phase then (random() * 30)::int else 0 end as day) d;

insert into gate (id, version, project_id, code, state, planned_on, actual_on)
select id, 0, project_id, 'G' || g, state, planned_on, actual_on from bench_gate;

insert into gate_decider (gate_id, role)
select b.id, r.role
from bench_gate b
join (values (0, 'EXECUTIVE'), (0, 'ACCOUNT_MANAGER'), (0, 'BID_MANAGER'), (1, 'EXECUTIVE'), (1, 'BID_MANAGER'),
             (2, 'EXECUTIVE'), (2, 'BID_MANAGER'), (3, 'EXECUTIVE'), (4, 'EXECUTIVE'), (4, 'PROJECT_MANAGER'),
             (5, 'EXECUTIVE'), (5, 'PROJECT_MANAGER')) r (g, role) on r.g = b.g;

-- GateTemplates.defaults: the common criteria of each gate, then those of the contract type, then the sector's.
create temporary table template (g int, ord int, contract_type text, sectors text[], text text, kind text, weight int);
insert into template values
  (1, 1, null, null, 'Order-of-magnitude estimate (class 5)', 'MUST_MEET', 0),
  (1, 2, null, null, 'Top risks named', 'MUST_MEET', 0),
  (1, 3, null, null, 'Competitors and our position assessed', 'SHOULD_MEET', 40),
  (1, 4, null, null, 'Client''s decision makers met', 'SHOULD_MEET', 60),
  (2, 1, null, null, 'Design frozen and class 3 estimate', 'MUST_MEET', 0),
  (2, 2, null, null, 'Contractor IRR above the hurdle rate', 'MUST_MEET', 0),
  (2, 3, null, null, 'Risk register with an owner for every risk', 'MUST_MEET', 0),
  (2, 4, null, null, 'Subcontractor quotes for the main packages', 'SHOULD_MEET', 50),
  (2, 5, null, null, 'Proposal reviewed by legal and tax', 'SHOULD_MEET', 50),
  (3, 1, null, null, 'Contract signed', 'MUST_MEET', 0),
  (3, 2, null, null, 'Sovereign guarantee or ministry of finance approval', 'MUST_MEET', 0),
  (3, 3, null, null, 'Conditions precedent met', 'MUST_MEET', 0),
  (3, 4, null, null, 'Advance payment received', 'SHOULD_MEET', 100),
  (4, 1, null, null, 'Mechanical completion', 'MUST_MEET', 0),
  (4, 2, null, null, 'Commissioning tests passed', 'MUST_MEET', 0),
  (4, 3, null, null, 'Taking-over certificate issued (starting point of credit)', 'MUST_MEET', 0),
  (4, 4, null, null, 'Punch list closed', 'SHOULD_MEET', 100),
  (5, 1, null, null, 'Final account agreed', 'MUST_MEET', 0),
  (5, 2, null, null, 'Repayment tracking handed over', 'MUST_MEET', 0),
  (5, 3, null, null, 'Lessons learned recorded', 'SHOULD_MEET', 50),
  (5, 4, null, null, 'Client satisfaction survey done', 'SHOULD_MEET', 50),
  (1, 11, 'EPC_F', null, 'Financing route identified (export-credit eligibility)', 'MUST_MEET', 0),
  (2, 11, 'EPC_F', null, 'Term sheet inside the export-credit rules', 'MUST_MEET', 0),
  (3, 11, 'EPC_F', null, 'Loan agreement signed', 'MUST_MEET', 0),
  (3, 12, 'EPC_F', null, 'Export-credit cover issued', 'MUST_MEET', 0),
  (1, 11, 'PPP', null, 'Concession model and revenue risk allocation understood', 'MUST_MEET', 0),
  (2, 11, 'PPP', null, 'Financial model audited', 'MUST_MEET', 0),
  (3, 11, 'PPP', null, 'Concession agreement signed', 'MUST_MEET', 0),
  (3, 12, 'PPP', null, 'Financial close with the lenders', 'MUST_MEET', 0),
  (4, 11, 'O_AND_M', null, 'Operation and maintenance team mobilised', 'MUST_MEET', 0),
  (5, 11, 'O_AND_M', null, 'Asset handed back in the agreed condition', 'MUST_MEET', 0),
  (1, 11, 'EPC', null, 'Client''s funding confirmed (budget or financier)', 'MUST_MEET', 0),
  (2, 21, null, '{RAIL}', 'Signalling and rolling-stock interfaces frozen', 'SHOULD_MEET', 40),
  (2, 21, null, '{POWER}', 'Grid connection studies accepted', 'SHOULD_MEET', 40),
  (2, 21, null, '{PORT}', 'Marine and geotechnical surveys done', 'SHOULD_MEET', 40),
  (2, 21, null, '{AIRPORT}', 'Airspace and apron layout agreed with the operator', 'SHOULD_MEET', 40),
  (2, 21, null, '{WATER}', 'Raw water quality and yield confirmed', 'SHOULD_MEET', 40),
  (2, 21, null, '{ROAD,BRIDGE}', 'Geotechnical investigation done', 'SHOULD_MEET', 40),
  (2, 21, null, '{BUILDING}', 'Space programme agreed with the users', 'SHOULD_MEET', 40),
  (3, 21, null, '{RAIL,ROAD,BRIDGE}', 'Land acquisition and resettlement plan approved', 'MUST_MEET', 0),
  (3, 21, null, '{POWER}', 'Grid connection agreement signed', 'MUST_MEET', 0),
  (3, 21, null, '{PORT,WATER}', 'Environmental permits issued', 'MUST_MEET', 0),
  (3, 21, null, '{AIRPORT}', 'Civil aviation authority approval', 'MUST_MEET', 0),
  (3, 21, null, '{BUILDING}', 'Building permit issued', 'MUST_MEET', 0);

-- Behind the project every must-meet criterion was met (3 % waived) and every should-meet one scored 2-5; at the
-- next gate half are met, a tenth not met and the rest still open; ahead of it all are open.
insert into gate_criterion (id, version, gate_id, position, text, kind, weight, score, status, note, changed_by, changed_at)
select nextval('gate_criterion_seq'), 0, id, position, text, kind, weight,
       case when kind = 'SHOULD_MEET' and status in ('MET', 'NOT_MET') then 2 + (random() * 3)::int end,
       status, case when status = 'WAIVED' then 'Waived by the deciders: covered by the contract' end,
       case when status <> 'OPEN' then 'pm' end,
       case when status <> 'OPEN' then coalesce(actual_on, current_date)::timestamptz - interval '2 days' end
from (select id, actual_on, text, kind, weight, position,
             case when state = 'PASSED' then case when kind = 'MUST_MEET' and r < 0.03 then 'WAIVED' else 'MET' end
                  when g > phase + 1 then 'OPEN'
                  when r < 0.5 then 'MET' when r < 0.6 then 'NOT_MET' else 'OPEN' end as status
      from (select b.id, b.g, b.phase, b.state, b.actual_on, t.text, t.kind, t.weight, random() as r,
                   row_number() over (partition by b.id order by t.ord) as position
            from bench_gate b
            join template t on t.g = b.g and (t.contract_type is null or t.contract_type = b.contract_type)
                           and (t.sectors is null or b.sector = any (t.sectors))) r) c;

-- The criteria's history as Envers keeps it: each created in its project's first revision, and each assessed one
-- changed again in one revision per gate reviewed (the gate history on the project page reads these).
create temporary table bench_revision as
select p.id as project_id, nextval('revision_seq') as rev, p.started_on
from (select project_id as id, actual_on as started_on from bench_gate where g = 0) p;

insert into revision (id, made_at, username)
select rev, (extract(epoch from started_on::timestamptz) * 1000)::bigint, 'am' from bench_revision;

insert into gate_criterion_aud (id, rev, revtype, gate_id, position, text, kind, weight, score, status, note,
                                changed_by, changed_at)
select c.id, r.rev, 0, c.gate_id, c.position, c.text, c.kind, c.weight, null, 'OPEN', null, null, null
from gate_criterion c join bench_gate b on b.id = c.gate_id join bench_revision r on r.project_id = b.project_id;

create temporary table bench_review as
select b.id as gate_id, nextval('revision_seq') as rev, max(c.changed_at) as changed_at
from bench_gate b join gate_criterion c on c.gate_id = b.id
where c.status <> 'OPEN'
group by b.id;

insert into revision (id, made_at, username)
select rev, (extract(epoch from changed_at) * 1000)::bigint, 'pm' from bench_review;

insert into gate_criterion_aud (id, rev, revtype, gate_id, position, text, kind, weight, score, status, note,
                                changed_by, changed_at)
select c.id, r.rev, 1, c.gate_id, c.position, c.text, c.kind, c.weight, c.score, c.status, c.note, c.changed_by,
       c.changed_at
from gate_criterion c join bench_review r on r.gate_id = c.gate_id
where c.status <> 'OPEN';

-- A GO at every passed gate (a tenth of G1-G5 conditional, one in twenty held once first), a HOLD at a held
-- gate, a KILL where the project was killed; the deciders' usernames as the demo users are.
create temporary table bench_decision as
select nextval('gate_decision_seq') as id, gate_id, decision, decided_on, decider
from (select b.id as gate_id, b.g,
             case when b.g > 0 and random() < 0.1 then 'CONDITIONAL_GO' else 'GO' end as decision,
             b.actual_on as decided_on,
             (array['am','bid','bid','exec','pm','pm'])[b.g + 1] as decider
      from bench_gate b where b.state = 'PASSED'
      union all
      select b.id, b.g, 'HOLD', b.actual_on - 30, (array['am','bid','bid','exec','pm','pm'])[b.g + 1]
      from bench_gate b where b.state = 'PASSED' and b.g > 0 and (b.n + b.g) % 20 = 0
      union all
      select b.id, b.g, case b.state when 'ON_HOLD' then 'HOLD' else 'KILL' end,
             b.entered_on + (current_date - b.entered_on) / 2, (array['am','bid','bid','exec','pm','pm'])[b.g + 1]
      from bench_gate b where b.state in ('ON_HOLD', 'KILLED')) d;

insert into gate_decision (id, gate_id, decision, rationale, decided_by, decided_at)
select d.id, d.gate_id, d.decision,
       case d.decision when 'GO' then 'Criteria met; proceed' when 'CONDITIONAL_GO' then 'Proceed once the condition is met'
                       when 'HOLD' then 'Waiting for the client''s budget approval' else 'The client cancelled the tender' end,
       d.decider, d.decided_on + time '10:00'
from bench_decision d;

insert into gate_condition (decision_id, position, condition_text, due_on)
select id, 0, 'Updated schedule submitted to the client', decided_on + 60
from bench_decision where decision = 'CONDITIONAL_GO';

-- Projects in construction: a monthly reporting period for each month since construction began (at most 12),
-- a budget of 50-500 million, the works a little behind or ahead of plan and a little over or under cost.
insert into reporting_period (id, version, project_id, period_end, currency, budget_at_completion, planned_value,
                              earned_value, actual_cost, recorded_by, recorded_at)
select nextval('reporting_period_seq'), 0, p.id, m.period_end, 'USD', p.bac,
       round(p.bac * m.m / 30, 2), round(p.bac * m.m / 30 * p.progress, 2), round(p.bac * m.m / 30 * p.progress * p.cost, 2),
       'pm', m.period_end + time '18:00'
from (select id, entered_on, round((50 + random() * 450)::numeric * 1000000, 2) as bac,
             (0.85 + random() * 0.2)::numeric as progress, (0.95 + random() * 0.2)::numeric as cost
      from bench_project where phase = 3) p,
     lateral (select m, (date_trunc('month', p.entered_on) + make_interval(months => m) - interval '1 day')::date as period_end
              from generate_series(1, 12) m) m
where m.period_end >= p.entered_on and m.period_end < current_date;

-- And a register of six risks each, most open, rated all over the 5 x 5 grid.
insert into risk (id, version, project_id, number, cause, event, effect, probability, impact, owner, strategy, response,
                  status, raised_by, raised_at, changed_by, changed_at)
select nextval('risk_seq'), 0, p.id, r,
       (array['Late land acquisition','Unforeseen ground conditions','Currency devaluation','Steel price rise',
              'Subcontractor insolvency','Heavy rains'])[r],
       (array['Access to the site is delayed','Foundations need redesign','Local costs rise in USD','Materials cost more',
              'A work package stops','Earthworks stop for weeks'])[r],
       (array['Critical path slips','Cost and time overrun','Margin erodes','Cost overrun','Delay and re-tender',
              'Delay to the taking-over'])[r],
       1 + (random() * 4)::int, 1 + (random() * 4)::int,
       (array['Project manager','Design manager','Finance manager','Procurement manager','Construction manager',
              'Site manager'])[r],
       (array['ESCALATE','AVOID','TRANSFER','MITIGATE','ACCEPT'])[1 + (random() * 4)::int], 'Reviewed monthly',
       case when random() < 0.8 then 'OPEN' when random() < 0.75 then 'OCCURRED' else 'CLOSED' end,
       'pm', p.entered_on + time '09:00', 'pm', p.entered_on + time '09:00'
from bench_project p, generate_series(1, 6) r
where p.phase = 3;

commit;
vacuum analyze;

select (select count(*) from project) as projects, (select count(*) from gate) as gates,
       (select count(*) from gate_criterion) as criteria, (select count(*) from gate_criterion_aud) as criterion_changes,
       (select count(*) from gate_decision) as decisions,
       (select count(*) from reporting_period) as reporting_periods, (select count(*) from risk) as risks,
       (select count(*) from team_member m join app_user u on u.id = m.user_id
        where u.username = 'pm' and m.team_role = 'PROJECT_LEAD') as pm_leads;
