#!/usr/bin/env bash
# ARM64 step: publish krait for linux-arm64 (self-contained, ReadyToRun), run the smoke set (smoke.py) and the
# xunit tests (tests.sh) under Debian's qemu user-mode emulator with an arm64 sysroot (sysroot.sh).
# Closes with `arm64: N passed, M failed, K skipped` (smoke set + xunit) and fails on any failure.
# Usage: ci/arm64/run.sh [--smoke-only | --tests-only] [smoke.py options, e.g. --jobs 1]
# KRAIT_ARM64_OUT sets where the build goes (default: artifacts/linux-arm64 in the repo).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
out=${KRAIT_ARM64_OUT:-$repo/artifacts/linux-arm64}
export KRAIT_ARM64_OUT=$out
python=/usr/bin/python3.11
step_start=$(date +%s)
run_smoke=1 run_tests=${KRAIT_ARM64_XUNIT:-1}
# The xunit part runs the runtime tests by default (the architecture-dependent code: numerics, struct/array
# layout, deep recursion); the parser and compiler suites take longer under emulation than the step's
# budget allows, so they run when asked: KRAIT_ARM64_XUNIT_PROJECTS="Krait.Runtime.Tests Krait.Syntax.Tests
# Krait.Compiler.Tests" (the conformance programs run in the smoke set either way).
export KRAIT_ARM64_XUNIT_PROJECTS=${KRAIT_ARM64_XUNIT_PROJECTS:-Krait.Runtime.Tests}
case "${1:-}" in
  --smoke-only) run_tests=0; shift ;;
  --tests-only) run_smoke=0; run_tests=1; shift ;;
esac

# The emulator, and CPython (the smoke set's reference).
need=()
command -v qemu-aarch64-static >/dev/null || need+=(qemu-user-static)
[ -x "$python" ] || need+=(python3.11)
if [ ${#need[@]} -gt 0 ]; then
  echo "arm64: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The arm64 C/C++ runtime, OpenSSL, ICU and zlib that the .NET host, runtime and test executables load.
t0=$(date +%s)
sysroot=$(bash ci/arm64/sysroot.sh | tail -n 1)
echo "arm64: sysroot $sysroot ready in $(( $(date +%s) - t0 )) s"

publish() {
  dotnet publish src/Krait.Cli -r linux-arm64 --self-contained -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly "$@"
}
t0=$(date +%s)
rm -rf "$out"
if publish -p:PublishReadyToRun=true; then
  echo "arm64: published ReadyToRun linux-arm64 krait in $(( $(date +%s) - t0 )) s"
else
  echo "arm64: ReadyToRun publish failed; publishing IL only (the JIT compiles everything under emulation)"
  rm -rf "$out"
  publish
fi

# qemu-user does not see writes to code made through the runtime's second, writable mapping (W^X double
# mapping), so re-used code memory can run stale translations and crash; real ARM64 hardware flushes the
# instruction cache and is unaffected. Under the emulator only, map JIT code writable and executable at once.
export DOTNET_EnableWriteXorExecute=0

passed=0 failed=0 skipped=0 status=0
# Adds the counts of the `LABEL: N passed, M failed[, K skipped]` line in file $1 matching label $2.
add_counts() {
  local line
  line=$(grep -E "^$2: [0-9]+ passed, [0-9]+ failed" "$1" | tail -n 1 || true)
  if [ -z "$line" ]; then
    echo "arm64: no '$2' summary line"
    failed=$((failed + 1))
    status=1
    return
  fi
  local n
  n=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/'); passed=$((passed + n))
  n=$(echo "$line" | sed -E 's/.*, ([0-9]+) failed.*/\1/'); failed=$((failed + n))
  if [[ $line == *skipped ]]; then
    n=$(echo "$line" | sed -E 's/.*, ([0-9]+) skipped$/\1/'); skipped=$((skipped + n))
  fi
}

log_dir=$(mktemp -d)
if [ "$run_smoke" = 1 ]; then
  "$python" ci/arm64/smoke.py --krait "$out/krait" --sysroot "$sysroot" --repo "$repo" --bench "$repo/bench/suite" "$@" \
    | tee "$log_dir/smoke" || status=1
  add_counts "$log_dir/smoke" "arm64 smoke set"
fi
if [ "$run_tests" = 1 ]; then
  KRAIT_ARM64_KRAIT=$out/krait bash ci/arm64/tests.sh | tee "$log_dir/tests" || status=1
  add_counts "$log_dir/tests" "arm64 xunit"
fi
rm -rf "$log_dir"
echo "arm64: whole step (install, sysroot, publish, smoke set, xunit) took $(( $(date +%s) - step_start )) s"
echo "arm64: $passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
