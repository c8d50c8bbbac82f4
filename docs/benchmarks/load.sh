#!/usr/bin/env bash
# Load on a running Pylon from wrk (Debian package `wrk`): each endpoint of one benchmark at 1, 8 and 32
# concurrent connections, as a signed-in session (HTTP Basic would measure Argon2, ~150 ms a request).
#
#   docs/benchmarks/load.sh kam http://localhost:8080     # DURATION=30s, USERS="1 8 32", ENDPOINTS="pareto-page",
#                                                         # TIMEOUT=2s to change
#   docs/benchmarks/load.sh gates http://localhost:8080
#   docs/benchmarks/load.sh portfolio http://localhost:8080
#
# A benchmark is its part docs/benchmarks/<name>-paths.sh, which sets `endpoints` (run in that order), `as`
# (endpoint -> the demo user who asks) and a function write_paths that writes a file of paths per endpoint into
# $work, one path a line, which wrk asks for in turn (paths.lua); it may read the API with `get <user> <path>`.
#
# With PSQL set to a psql command line for Pylon's database (PostgreSQL with pg_stat_statements loaded and
# created in that database), each run also reports the SQL statements per request and the time PostgreSQL
# spent executing them per request:
#
#   PSQL="psql -h 127.0.0.1 -U postgres -d bench" docs/benchmarks/load.sh kam http://localhost:24080
set -euo pipefail
benchmark=${1:?usage: load.sh BENCHMARK [BASE_URL], BENCHMARK one of: kam gates portfolio}
base=${2:-http://localhost:8080}
duration=${DURATION:-30s}
timeout=${TIMEOUT:-2s}   # wrk counts a request not answered by then as an error
users=${USERS:-1 8 32}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A as cookies
source "$here/$benchmark-paths.sh"

# One session per user, signed in before write_paths so that `get` (often in a pipeline's subshell) reuses it.
for user in $(printf '%s\n' "${as[@]}" | sort -u); do
  cookies[$user]="PYLON_SESSION=$(curl -sf -o /dev/null -c - --data-urlencode "username=$user" \
    --data-urlencode "password=${PASSWORD:-pylon-demo}" "$base/login" | awk '$6 == "PYLON_SESSION" { print $7 }')"
done

get() {
  curl -sf -H "Cookie: ${cookies[$1]}" "$base$2"
}

write_paths

# Statements PostgreSQL executed since the last call, and their execution time in ms (pg_stat_statements).
database_work() {
  $PSQL -Atc "select coalesce(sum(calls), 0), round(coalesce(sum(total_exec_time), 0)::numeric, 1)
              from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
                and query not like '%pg_stat_statements%'"
  $PSQL -Atc "select pg_stat_statements_reset()" > /dev/null
}

echo "# $(date -u +%FT%TZ) $benchmark on $base, wrk $duration per run; $(nproc) cores, $(free -g | awk '/Mem/ { print $2 }') GiB," \
  "load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
for endpoint in ${ENDPOINTS:-$endpoints}; do
  for n in $users; do
    printf '%-16s users=%-3s ' "$endpoint" "$n"
    [ -n "${PSQL:-}" ] && database_work > /dev/null
    summary=$(PATHS="$work/$endpoint" wrk -t "$(( n < 2 ? 1 : 2 ))" -c "$n" -d "$duration" --timeout "$timeout" \
      -H "Cookie: ${cookies[${as[$endpoint]}]}" -s "$here/paths.lua" "$base" | tail -n 1)
    if [ -n "${PSQL:-}" ]; then
      requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$summary")
      IFS='|' read -r statements db_ms <<< "$(database_work)"
      summary+=$(awk -v r="$requests" -v s="$statements" -v t="$db_ms" \
        'BEGIN { if (r > 0) printf " sql/request=%.1f db-ms/request=%.2f", s / r, t / r }')
    fi
    echo "$summary load=$(cut -d ' ' -f 1 /proc/loadavg)"
  done
done
