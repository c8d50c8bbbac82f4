# The portfolio benchmark (portfolio-results.md) for load.sh: what the executive dashboard asks for, each alone.
endpoints="summary accounts-page overdue summary-filtered summary-last-quarter am-summary"
as=([summary]=exec [accounts-page]=exec [overdue]=exec [summary-filtered]=exec [summary-last-quarter]=exec
    [am-summary]=am)

write_paths() {
  echo "/api/portfolio" > "$work/summary"
  # The account table as the dashboard pages it, sorted by a different column each time.
  for sort in -value -backlog -overdueReceivable health name -exposure; do
    for page in 0 1 2 3 4; do echo "/api/portfolio/accounts?size=20&page=$page&sort=$sort"; done
  done > "$work/accounts-page"
  echo "/api/portfolio/overdue" > "$work/overdue"
  for filter in tier=A region=AFRICA sector=RAIL phase=CONSTRUCTION classification=INDUSTRY; do
    echo "/api/portfolio?$filter"
  done > "$work/summary-filtered"
  # The same quarter's end last year and last quarter's: computed on demand, not kept.
  echo "/api/portfolio?asOf=$(date -u -d "$(date -u +%Y-%m-01) -3 months" +%F)" > "$work/summary-last-quarter"
  echo "/api/portfolio" > "$work/am-summary"
}
