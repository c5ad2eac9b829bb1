-- A cleared answer keeps its row (level null) so its version keeps climbing: a stale form can never match a version
-- that was reused after a delete. Scoring reads only answers with a level.
alter table answers alter column level drop not null;

-- Idempotency keys are reserved before the request runs (status 0 = in progress), tied to the request body, and carry
-- the htmx trigger header so a replay refreshes the page as the original did.
alter table idempotent_requests add column body_sha256 char(64) not null default '';
alter table idempotent_requests add column hx_trigger varchar(100);
alter table idempotent_requests alter column body drop not null;
