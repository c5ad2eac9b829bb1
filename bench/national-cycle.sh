# Sourced (not run) by the benches that need a national-size cycle: 587 entities (every regional government and the
# first ministries and agencies) x 7 units = 4,109 locus units of cycle 2024 under ombudsman-2022, with ~820,000
# answers (65,000 of them service users) from bench/scoring-db/generate_answers.py (seeded: every run loads the same).
# The caller, in the repository root, defines psqlq (psql as postgres) and api (curl to the running Patuh, signed in).
# Usage: national_cycle DB BASE_URL WORK_DIR
national_cycle() {
  local db=$1 base=$2 work=$3
  psqlq -d "$db" <<'SQL'
insert into service_units (entity_code, code, name, kind)
select e.code, k.code, k.name, k.kind
from (select code from entities order by case when province_code is null then 1 else 0 end, code limit 587) e
cross join (values ('DUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'DUKCAPIL'),
                   ('DPMPTSP', 'DPMPTSP', 'DPMPTSP'), ('DINSOS', 'Dinas Sosial', 'DINAS_SOSIAL'),
                   ('DINDIK', 'Dinas Pendidikan', 'DINAS_PENDIDIKAN'), ('DINKES', 'Dinas Kesehatan', 'DINAS_KESEHATAN'),
                   ('PKM-01', 'Puskesmas 1', 'PUSKESMAS'), ('PKM-02', 'Puskesmas 2', 'PUSKESMAS')) k(code, name, kind);
SQL
  api -X POST "$base/api/v1/cycles" -d '{"year":2024,"methodologyId":"ombudsman-2022"}' >/dev/null
  psqlq -d "$db" -c "insert into cycle_units (year, entity_code, unit_code) select 2024, entity_code, code from service_units"
  psqlq -d "$db" -At -F, -c "select entity_code, code from service_units order by entity_code, code" > "$work/units.csv"
  api "$base/api/v1/methodologies/ombudsman-2022" | python3 bench/scoring-db/generate_answers.py "$work/units.csv" > "$work/answers.csv"
  psqlq -d "$db" -c "\copy answers (year, entity_code, unit_code, product_code, indicator_code, respondent, level) from '$work/answers.csv' csv force not null product_code"
}
