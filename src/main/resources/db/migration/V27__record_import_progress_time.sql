-- When an import last showed progress: a job RUNNING without progress for long belongs to a server that stopped
-- (several instances may share the database, so a start-up cannot simply fail every RUNNING job).
alter table import_jobs add column progress_at timestamptz;
update import_jobs set progress_at = coalesce(finished_at, started_at);
alter table import_jobs alter column progress_at set not null;
alter table import_jobs alter column progress_at set default now();
