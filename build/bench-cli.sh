#!/usr/bin/env bash
# Whole-process time and peak memory of the conflictmodel tool on a JSON Lines file of N engagements
# (default 1,000,000, about 4.1 GB), against the library API doing the same in one process
# (benchmarks/ConflictModel.Benchmarks, `cli-baseline`). Both sides are measured the same way, with
# /usr/bin/time -v: wall-clock time and maximum resident set size of the whole process, start-up
# included. The input is the benchmarks' synthetic generator (SyntheticReports.Slices).
# Results go to docs/benchmarks.md (section "The conflictmodel tool"). Needs about 8 GB of disk.
# Besides the JSON Lines operations ("lines"), the streaming peaks the interop and dataset issues set
# goals for: N generated ACLED rows to JSON Lines ("acled", goal < 300 MB), N generated UCDP GED
# rows to JSON Lines ("ucdp", goal < 300 MB) and the N engagements' JSON Lines to a Parquet dataset
# ("parquet", goal < 500 MB), each by the tool and by the library.
#   bash build/bench-cli.sh [N] [lines] [acled] [ucdp] [parquet]     (all four parts by default)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
n=${1:-1000000}
shift || true
parts=" ${*:-lines acled ucdp parquet} "
work=artifacts/bench-cli
mkdir -p "$work"
input="$work/engagements.jsonl"

dotnet build src/ConflictModel.Cli -c Release -v quiet -nologo -clp:NoSummary
dotnet build benchmarks/ConflictModel.Benchmarks -c Release -v quiet -nologo -clp:NoSummary
tool=src/ConflictModel.Cli/bin/Release/net10.0/ConflictModel.Cli
baseline=benchmarks/ConflictModel.Benchmarks/bin/Release/net10.0/ConflictModel.Benchmarks

measure() { # measure LABEL COMMAND...: prints "LABEL  wall s  peak MiB  exit"
  local label=$1
  shift
  local log="$work/time.log"
  # The previous command's output on disk first: otherwise this one runs while gigabytes of it are
  # still being written back, and the second of two commands compared is always the slower.
  sync
  set +e
  /usr/bin/time -v "$@" >"$work/stdout.log" 2>"$log"
  local code=$?
  set -e
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  printf '| %s | %.1f | %.0f | %s |\n' "$label" "$wall" "$((rss / 1024))" "$code"
}

want() { [[ $parts == *" $1 "* ]]; }

if want lines || want parquet; then
  echo "Generating $n engagements into $input"
  "$baseline" cli-baseline generate "$input" "$n"
  ls -l "$input"
  sync # the generated file on disk first, so that its write-back does not slow the first measurement
fi

echo
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| operation | wall s | peak RSS MiB | exit |"
echo "|---|---:|---:|---:|"
if want lines; then
  measure "library: read + validate every line" "$baseline" cli-baseline validate "$input"
  measure "conflictmodel validate" "$tool" validate "$input"
  measure "library: read, split, write lines" "$baseline" cli-baseline convert "$input" "$work/library.jsonl"
  measure "conflictmodel convert (jsonl -> jsonl)" "$tool" convert "$input" "$work/tool.jsonl"
  cmp "$work/library.jsonl" "$work/tool.jsonl" && echo "(the two conversions wrote the same bytes)"
  rm -f "$work/library.jsonl" "$work/tool.jsonl"
fi
if want parquet; then
  rm -rf "$work/library.parquet" "$work/tool.parquet"
  measure "library: JSON Lines to a Parquet dataset (goal < 500 MB)" "$baseline" cli-baseline jsonl-to-parquet "$input" "$work/library.parquet"
  measure "conflictmodel convert --to parquet (goal < 500 MB)" "$tool" convert "$input" "$work/tool.parquet" --to parquet
  du -sh "$work/tool.parquet"
  rm -rf "$work/library.parquet" "$work/tool.parquet"
fi
rm -f "$input"
if want acled; then
  acled="$work/acled.csv"
  "$baseline" cli-baseline generate-acled "$acled" "$n"
  ls -l "$acled"
  sync # the generated file on disk first, so that its write-back does not slow the first measurement
  measure "library: ACLED rows to JSON Lines (goal < 300 MB)" "$baseline" cli-baseline acled-to-jsonl "$acled" "$work/library.jsonl"
  measure "conflictmodel convert (acled -> jsonl) (goal < 300 MB)" "$tool" convert "$acled" "$work/tool.jsonl"
  rm -f "$acled" "$work/library.jsonl" "$work/tool.jsonl"
fi
if want ucdp; then
  ucdp="$work/ucdp.csv"
  "$baseline" cli-baseline generate-ucdp "$ucdp" "$n"
  ls -l "$ucdp"
  sync # the generated file on disk first, so that its write-back does not slow the first measurement
  measure "library: UCDP GED rows to JSON Lines (goal < 300 MB)" "$baseline" cli-baseline ucdp-to-jsonl "$ucdp" "$work/library.jsonl"
  measure "conflictmodel convert --from ucdp (-> jsonl) (goal < 300 MB)" "$tool" convert "$ucdp" "$work/tool.jsonl" --from ucdp
  cmp "$work/library.jsonl" "$work/tool.jsonl" && echo "(the two conversions wrote the same bytes)"
  rm -f "$ucdp" "$work/library.jsonl" "$work/tool.jsonl"
fi
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
