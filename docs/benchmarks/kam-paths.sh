# The key-account benchmark (kam-results.md) for load.sh: the account list, the calls the account page makes,
# and the Pareto analysis.
endpoints="account-list account-page pareto-page pareto-all"
as=([account-list]=am [account-page]=am [pareto-page]=exec [pareto-all]=exec)

write_paths() {
  # 200 accounts the account manager's team holds, for the account page's calls.
  for page in 0 1; do
    get am "/api/accounts?size=100&page=$page" \
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
}
