#!/usr/bin/env bash
# Builds Krait (Release, ReadyToRun) and runs the benchmark suite under Krait, CPython 3.11 and PyPy, interleaved,
# checking every run's output; then writes bench/RESULTS.md and bench/speedup.svg.
# Usage: bench/run.sh [--runs N] [--only a,b]      (defaults: 5 runs, every program)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
runs=5; only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: bench/run.sh [--runs N] [--only a,b]" >&2; exit 2 ;;
  esac
done

need=()
[ -x /usr/bin/python3.11 ] || need+=(python3.11)
command -v pypy3 >/dev/null || need+=(pypy3)
if [ ${#need[@]} -gt 0 ]; then
  echo "bench: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

out="$repo/artifacts/bench-krait"
echo "bench: publishing krait (Release, self-contained, trimmed, composite ReadyToRun) to $out"
rm -rf "$out"
# As Krait would ship: self-contained, the .NET library trimmed to what Krait uses (TrimMode=partial keeps every
# Krait assembly whole, so nothing reached by reflection from generated code is lost), and one composite
# ReadyToRun image for the library and Krait together: fewer images to map at start-up and less resident memory.
dotnet publish src/Krait.Cli -c Release -r linux-x64 --self-contained true -p:PublishTrimmed=true \
  -p:TrimMode=partial -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$out" -nologo -v quiet
# The composite build leaves per-assembly stubs in the RID-specific obj folders, which a later plain ReadyToRun
# publish would pick up; drop them.
rm -rf src/*/obj/Release/net10.0/linux-x64
krait="$out/krait"

suite="$repo/bench/suite"
[ -s "$suite/inputs/revcomp-input.fa" ] || PYTHON=/usr/bin/python3.11 "$suite/make_inputs.sh" >/dev/null

results="$repo/artifacts/bench-results"
mkdir -p "$results"
set +e
/usr/bin/python3.11 "$suite/compare.py" --impl cpython=/usr/bin/python3.11 --impl krait="$krait" \
  --impl pypy=pypy3 --runs "$runs" ${only:+--only "$only"} --json "$results/suite.json"
status=$?
set -e
/usr/bin/python3.11 bench/extras.py --krait "$krait" --json "$results/extras.json"
/usr/bin/python3.11 bench/report.py --suite "$results/suite.json" --extras "$results/extras.json" \
  --out bench/RESULTS.md --chart bench/speedup.svg
echo "bench: wrote bench/RESULTS.md and bench/speedup.svg"
exit $status
