#!/usr/bin/env bash
# Installs the conflictmodel tool from the packed package (artifacts/packages), as a user would, and
# runs it on the bundled fixture and the invalid-document corpus. Each check counts; the last line
# has the shape of a `dotnet test` totals line, so that .ci/run adds these checks to its totals.
# Run after `dotnet pack` (build/test.sh does both). Exits non-zero when a check fails.
set -uo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
work=artifacts/tool-check
rm -rf "$work"
mkdir -p "$work"
passed=0
failed=0
check() { # check NAME COMMAND...: the command must succeed
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "  passed: $name"
  else
    failed=$((failed + 1))
    echo "  FAILED: $name"
  fi
}
exits() { # exits CODE COMMAND...: the command must exit with CODE
  local expected=$1
  shift
  "$@" >/dev/null 2>&1
  local code=$?
  [ "$code" -eq "$expected" ] || { echo "    exit code $code, expected $expected: $*"; return 1; }
}

# A package cache of its own: a re-pack of the same version is never shadowed by a stale cached copy.
export NUGET_PACKAGES="$PWD/$work/nuget-packages"
check "dotnet tool install ConflictModel.Cli $version from artifacts/packages" \
  dotnet tool install ConflictModel.Cli --tool-path "$work/tools" --add-source artifacts/packages --version "$version"
tool="$work/tools/conflictmodel"
corpus=src/ConflictModel.Fixtures/Corpus/invalid
fixture=src/ConflictModel.Fixtures/Mali/mali-report.json

check "--version prints $version" bash -c "'$tool' --version | grep -q '^$version'"
check "fixture mali writes the committed report" bash -c "'$tool' fixture mali '$work/mali.json' && cmp '$work/mali.json' '$fixture'"
check "validate the Mali fixture: exit 0" exits 0 "$tool" validate "$fixture"
check "validate the fixture from standard input: exit 0" bash -c "'$tool' fixture mali | '$tool' validate - >/dev/null"
check "validate every corpus document: exit 1" exits 1 "$tool" validate "$corpus"/*.json
check "validate a truncated document: exit 1" exits 1 "$tool" validate "$corpus/truncated.json"
check "validate a missing file: exit 2" exits 2 "$tool" validate "$work/no-such-file.json"
check "validate with an unknown option: exit 2" exits 2 "$tool" validate --no-such-option "$fixture"
check "describe the fixture" bash -c "'$tool' describe '$fixture' | grep -qx 'Engagements (6)'"
check "render the fixture as one HTML page with its policy" bash -c "'$tool' render '$fixture' -o '$work/mali.html' 2>/dev/null && grep -q 'Content-Security-Policy' '$work/mali.html' && grep -q 'data-kind=\"attribution\"' '$work/mali.html'"
check "convert JSON -> JSON is byte-identical" bash -c "'$tool' convert '$fixture' '$work/copy.json' 2>/dev/null && cmp '$work/copy.json' '$fixture'"
check "convert JSON -> JSON Lines -> JSON is byte-identical to the fixture" bash -c "
  '$tool' convert '$fixture' '$work/a.jsonl' 2>/dev/null && '$tool' convert '$work/a.jsonl' '$work/b.json' 2>/dev/null &&
  cmp '$work/b.json' '$fixture' && '$tool' validate '$work/a.jsonl' >/dev/null"
check "convert JSON Lines -> JSON -> JSON Lines is byte-identical" bash -c "
  '$tool' convert '$work/b.json' '$work/c.jsonl' 2>/dev/null && cmp '$work/a.jsonl' '$work/c.jsonl'"
check "convert JSON -> STIX 2.1 -> JSON is byte-identical to the fixture" bash -c "
  '$tool' convert '$fixture' '$work/mali.stix.json' 2>/dev/null && '$tool' convert '$work/mali.stix.json' '$work/from-stix.json' 2>/dev/null &&
  cmp '$work/from-stix.json' '$fixture'"
check "convert JSON -> GeoJSON writes a FeatureCollection and counts the mentions lost" bash -c "
  '$tool' convert '$fixture' '$work/mali.geojson' 2>'$work/geojson-losses.txt' && grep -q '\"FeatureCollection\"' '$work/mali.geojson' &&
  grep -q '^  mentions: names as printed and their spans (40 times): ' '$work/geojson-losses.txt'"
check "convert from GeoJSON is a usage error: exit 2" exits 2 "$tool" convert "$work/mali.geojson" "$work/no.json"
check "convert reports nothing lost for JSON Lines" bash -c "'$tool' convert '$fixture' - --to jsonl 2>&1 >/dev/null | grep -qx 'convert: json -> jsonl: nothing lost'"

total=$((passed + failed))
echo "Tool check: $([ "$failed" -eq 0 ] && echo 'Passed!' || echo 'Failed!')  - Failed: $failed, Passed: $passed, Skipped: 0, Total: $total - installed conflictmodel tool"
[ "$failed" -eq 0 ]
