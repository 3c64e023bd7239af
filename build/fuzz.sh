#!/usr/bin/env bash
# Coverage-guided fuzzing of the reader and JSON Lines (docs/fuzzing.md).
#
#   bash build/fuzz.sh [SECONDS] [FINDINGS_DIR]
#
# Installs what it needs (AFL++ from the distribution's packages, the SharpFuzz command-line tool
# from .config/dotnet-tools.json), builds tests/ConflictModel.Fuzz into artifacts/fuzz/bin,
# instruments that copy of ConflictModel.dll with SharpFuzz, seeds a corpus from the fixtures and
# runs one afl-fuzz instance (one core) for SECONDS (default 600). The rule is FuzzOracle's: any
# exception other than ConflictJsonException, any report that does not survive the round trip,
# and any input taking longer than the time-out is a crash or a hang. Exits non-zero if afl-fuzz
# saved one; its inputs are in FINDINGS_DIR/default/crashes and .../hangs (default
# artifacts/fuzz/findings). Reproduce one with:
#   dotnet artifacts/fuzz/bin/ConflictModel.Fuzz.dll FILE
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

seconds=${1:-600}
findings=${2:-artifacts/fuzz/findings}
bin=artifacts/fuzz/bin
seeds=artifacts/fuzz/seeds

if ! command -v afl-fuzz >/dev/null; then
  echo "==> Installing AFL++"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq afl++ >/dev/null
fi

echo "==> Restoring the SharpFuzz tool and building the fuzz target"
dotnet tool restore >/dev/null
rm -rf "$bin"
dotnet build tests/ConflictModel.Fuzz -c Release -o "$bin" --nologo -v quiet -clp:NoSummary
# Only ConflictModel.dll is instrumented: the fuzzer is guided by the library's own branches.
dotnet tool run sharpfuzz "$bin/ConflictModel.dll"

echo "==> Seeding the corpus from the fixtures"
rm -rf "$seeds"
mkdir -p "$seeds"
cp src/ConflictModel.Fixtures/Mali/mali-report.json "$seeds/"
cp src/ConflictModel.Fixtures/Corpus/valid-base.json "$seeds/"
cp src/ConflictModel.Fixtures/Corpus/invalid/*.json "$seeds/"
cp tests/ConflictModel.Fuzz/seeds/* "$seeds/"
# The inputs saved from earlier runs, so that a run starts where the last one left off.
cp tests/ConflictModel.Tests/Serialization/FuzzInputs/* "$seeds/" 2>/dev/null || true

echo "==> Fuzzing for $seconds s (findings in $findings)"
rm -rf "$findings"
mkdir -p "$findings"
# SharpFuzz runs the target in one long-lived .NET process, which afl-fuzz cannot recognise as
# instrumented; a machine without a core dump handler set for AFL still reports crashes, and a
# shared machine has no fixed CPU frequency to insist on.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1
# -t: an input taking over 2 s (the Mali report takes a few milliseconds) is a hang.
status=0
afl-fuzz -i "$seeds" -o "$findings" -t 2000 -m none -V "$seconds" \
  -x tests/ConflictModel.Fuzz/conflict-json.dict -- dotnet "$bin/ConflictModel.Fuzz.dll" || status=$?

stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "afl-fuzz wrote no statistics (exit $status)."
  exit 1
fi
echo "==> Result"
grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|edges_found|bitmap_cvg|saved_crashes|saved_hangs) ' "$stats"
crashes=$(awk '$1 == "saved_crashes" { print $3 }' "$stats")
hangs=$(awk '$1 == "saved_hangs" { print $3 }' "$stats")
if [ "${crashes:-0}" -ne 0 ] || [ "${hangs:-0}" -ne 0 ]; then
  echo "Findings: $crashes crash(es), $hangs hang(s) in $findings/default/{crashes,hangs}."
  exit 1
fi
echo "No crash, no hang."
