#!/usr/bin/env bash
# Runs every test of the repository, as CI does:
#   1. packs ConflictModel, ConflictModel.Fixtures, ConflictModel.Interop and ConflictModel.GeoJson
#      into artifacts/packages;
#   2. installs the npm tools the tests run (npm ci, from committed lock files: the JSON Schema harness
#      in tests/schema, ajv; the RFC 7946 validator in tests/ConflictModel.GeoJson.Tests/validator) and
#      runs the solution's test projects (the ajv and GeoJSON tests run them with node);
#   3. runs the package-consumer tests against the packed packages (by version, not by project);
#   4. installs the conflictmodel tool from the packed package and runs it (build/tool-check.sh);
#   5. publishes the trimming check as a native AOT app (trimming and AOT warnings are errors) and runs it.
# Exits non-zero if any step fails; each `dotnet test` prints its own totals line.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

status=0
step() { echo; echo "==> $*"; }

step "Pack the packages into artifacts/packages"
mkdir -p artifacts/packages
find artifacts/packages -name '*.nupkg' -o -name '*.snupkg' | xargs -r rm -f
rm -rf artifacts/package-tests artifacts/tool-check
dotnet pack ConflictModel.sln -c Release || exit 1

step "Install the JSON Schema harness (npm ci in tests/schema, from its lock file)"
# Without it the ajv tests fail (they do not skip), so a failure here shows up twice.
(cd tests/schema && npm ci --no-audit --no-fund) || status=1

step "Install the RFC 7946 validator (npm ci in tests/ConflictModel.GeoJson.Tests/validator, from its lock file)"
# The GeoJSON tests run geojson-validation (RFC 7946) with node; without it they fail, never skip.
(cd tests/ConflictModel.GeoJson.Tests/validator && npm ci --no-audit --no-fund) || status=1

step "Solution tests"
dotnet test ConflictModel.sln -c Release --no-restore || status=1

step "Package-consumer tests (the packed packages, restored by version)"
dotnet test tests/ConflictModel.PackageTests -c Release || status=1

step "The conflictmodel tool, installed from artifacts/packages (dotnet tool install --tool-path)"
bash build/tool-check.sh || status=1

step "Trimming check (native AOT publish, warnings are errors, then run)"
rm -rf artifacts/trimming-check
if dotnet publish tests/ConflictModel.TrimmingCheck -c Release -o artifacts/trimming-check; then
  artifacts/trimming-check/ConflictModel.TrimmingCheck || status=1
else
  status=1
fi

exit $status
