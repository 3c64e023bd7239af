#!/usr/bin/env bash
# Records every public API change of the shipped packages in their PublicAPI.Unshipped.txt
# (the code fix of Microsoft.CodeAnalysis.PublicApiAnalyzers). Review the diff before committing:
# a line that disappears is a breaking change and belongs in CHANGELOG.md.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info
done
git --no-pager diff --stat -- 'src/*/PublicAPI.*.txt'
