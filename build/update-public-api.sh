#!/usr/bin/env bash
# Records every public API change of the shipped packages in their PublicAPI.Unshipped.txt, from
# the diagnostics of Microsoft.CodeAnalysis.PublicApiAnalyzers: RS0016 (a public symbol that is not
# declared) adds a line, RS0017 (a declared symbol that no longer exists) removes one. Review the
# diff before committing: a removed line is a breaking change and belongs in CHANGELOG.md.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  dir=$(dirname "$project")
  log=$(mktemp)
  dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
  grep -E "$dir/.*RS0016" "$log" | sed -E "s/.*Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u >"$log.add" || true
  grep -E "$dir/.*RS0017" "$log" | sed -E "s/.*Symbol '(.*)' is part of the declared API.*/\1/" | sort -u >"$log.remove" || true
  unshipped="$dir/PublicAPI.Unshipped.txt"
  { head -n 1 "$unshipped"; { tail -n +2 "$unshipped" | grep -vxF -f "$log.remove" || true; cat "$log.add"; } | sort -u; } >"$log.new"
  mv "$log.new" "$unshipped"
  echo "$project: $(wc -l <"$log.add") added, $(wc -l <"$log.remove") removed"
  rm -f "$log" "$log.add" "$log.remove"
done
git --no-pager diff --stat -- 'src/*/PublicAPI.*.txt'
