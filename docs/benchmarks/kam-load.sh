#!/usr/bin/env bash
# Load on the key-account endpoints of a running Pylon, from wrk (Debian package `wrk`): the account
# list, the calls the account page makes, and the Pareto analysis, each at 1, 8 and 32 concurrent
# connections, as a signed-in session (HTTP Basic would measure Argon2, ~150 ms a request).
#
#   docs/benchmarks/kam-load.sh http://localhost:8080   # DURATION=30s, USERS="1 8 32", ENDPOINTS="pareto-page" to change
#
# With PSQL set to a psql command line for Pylon's database (PostgreSQL with pg_stat_statements loaded and
# created in that database), each run also reports the SQL statements per request and the time PostgreSQL
# spent executing them per request:
#
#   PSQL="psql -h 127.0.0.1 -U postgres -d bench" docs/benchmarks/kam-load.sh http://localhost:24080
set -euo pipefail
base=${1:-http://localhost:8080}
duration=${DURATION:-30s}
users=${USERS:-1 8 32}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

session() {
  curl -sf -o /dev/null -c - --data-urlencode "username=$1" --data-urlencode "password=${PASSWORD:-pylon-demo}" \
    "$base/login" | awk '$6 == "PYLON_SESSION" { print $7 }'
}
exec_cookie="PYLON_SESSION=$(session exec)"
am_cookie="PYLON_SESSION=$(session am)"

# 200 accounts the account manager's team holds, for the account page's calls.
for page in 0 1; do
  curl -sf -H "Cookie: $am_cookie" "$base/api/accounts?size=100&page=$page" \
    | python3 -c 'import json, sys; print(*(a["id"] for a in json.load(sys.stdin)["items"]), sep="\n")'
done > "$work/ids"
while read -r id; do
  for part in "" /history /health /tier /score /ratings /interactions /follow-ups /opportunities /contacts /surveys \
              /team /plans; do
    echo "/api/accounts/$id$part"
  done
  echo "/api/projects?account=$id"
done < "$work/ids" > "$work/account-page"
for page in $(seq 0 49); do echo "/api/accounts?page=$page&size=20&sort=name"; done > "$work/account-list"
echo "/api/accounts/pareto?top=100" > "$work/pareto-page"   # what the Pareto page asks for
echo "/api/accounts/pareto" > "$work/pareto-all"            # every account ranked, ~3 MB of JSON at 10,000

# Statements PostgreSQL executed since the last call, and their execution time in ms (pg_stat_statements).
database_work() {
  $PSQL -Atc "select coalesce(sum(calls), 0), round(coalesce(sum(total_exec_time), 0)::numeric, 1)
              from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
                and query not like '%pg_stat_statements%'"
  $PSQL -Atc "select pg_stat_statements_reset()" > /dev/null
}

echo "# $(date -u +%FT%TZ) $base, wrk $duration per run; $(nproc) cores, $(free -g | awk '/Mem/ { print $2 }') GiB"
for endpoint in ${ENDPOINTS:-account-list account-page pareto-page pareto-all}; do
  cookie=$am_cookie
  [[ "$endpoint" = pareto-* ]] && cookie=$exec_cookie
  for n in $users; do
    printf '%-13s users=%-3s ' "$endpoint" "$n"
    [ -n "${PSQL:-}" ] && database_work > /dev/null
    summary=$(PATHS="$work/$endpoint" wrk -t "$(( n < 2 ? 1 : 2 ))" -c "$n" -d "$duration" -H "Cookie: $cookie" \
      -s "$here/kam-paths.lua" "$base" | tail -n 1)
    if [ -n "${PSQL:-}" ]; then
      requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$summary")
      IFS='|' read -r statements db_ms <<< "$(database_work)"
      summary+=$(awk -v r="$requests" -v s="$statements" -v t="$db_ms" \
        'BEGIN { if (r > 0) printf " sql/request=%.1f db-ms/request=%.2f", s / r, t / r }')
    fi
    echo "$summary"
  done
done
