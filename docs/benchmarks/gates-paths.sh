# The lifecycle benchmark (gates-results.md) for load.sh: the calls the project page makes, the project list by
# phase as the project manager (the projects of the accounts on whose teams they are) and as the executive (every
# project), and "my gates".
endpoints="project-page project-list project-list-all my-gates"
as=([project-page]=pm [project-list]=pm [project-list-all]=exec [my-gates]=pm)
phases="PLANNING DESIGN FINANCING CONSTRUCTION OPERATION_AND_MAINTENANCE CLOSED"

write_paths() {
  # 204 projects the project manager sees, 34 in each phase; the page reviews the next gate (else the last).
  for phase in $phases; do
    get pm "/api/projects?phase=$phase&size=34" \
      | python3 -c 'import json, sys; print(*(p["id"] for p in json.load(sys.stdin)["items"]), sep="\n")'
  done > "$work/ids"
  while read -r id; do
    gate=$(get pm "/api/projects/$id/gates" | python3 -c 'import json, sys
gates = json.load(sys.stdin)
print(next((g for g in gates if g["next"]), gates[-1])["id"])')
    for part in "" /gates "/gates/$gate/decisions" "/gates/$gate/history" /earned-value /risks /risks/heat-map \
                /milestones; do
      echo "/api/projects/$id$part"
    done
  done < "$work/ids" > "$work/project-page"
  for phase in $phases; do
    for page in $(seq 0 9); do echo "/api/projects?phase=$phase&page=$page&size=20"; done
  done > "$work/project-list"
  cp "$work/project-list" "$work/project-list-all"
  echo "/api/me/gates" > "$work/my-gates"
}
