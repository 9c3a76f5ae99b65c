#!/usr/bin/env bash
# ARM64 xunit step: publishes the test projects for linux-arm64 (self-contained, each its own in-process xunit
# runner: tests/arch/runner) and runs them under qemu-aarch64-static with the arm64 sysroot of sysroot.sh.
# Prints each project's `NAME: N passed, M failed, K skipped` line, then `arm64 xunit: ...` with the sums;
# exits 1 on any failure, on a project that did not report, or on no test run.
# Usage: ci/arm64/tests.sh   (after run.sh's publish of krait, or with KRAIT_ARM64_KRAIT set)
# Env: KRAIT_ARM64_OUT (krait's arm64 publish, default artifacts/linux-arm64), KRAIT_ARM64_KRAIT (the arm64
# krait the tests start, default $KRAIT_ARM64_OUT/krait), KRAIT_ARM64_SYSROOT (sysroot.sh's cache folder).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
out=${KRAIT_ARM64_OUT:-$repo/artifacts/linux-arm64}
tests_out=$out-tests
t_start=$(date +%s)

command -v qemu-aarch64-static >/dev/null || {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq --no-install-recommends qemu-user-static >/dev/null
}
root=$(bash ci/arm64/sysroot.sh | tail -n 1)

# Which tests run under the emulator, per project (prefixes of Namespace.Class.Method):
# - Compiler: the conformance programs run in the smoke set (run.sh) already, a sample of them at a
#   tenth of the cost of all.
# - Runtime: IntegerMathTests.HugeDecimalConversionIsNotQuadratic asserts a wall-clock bound (3 s for
#   a 100,000-digit conversion, 175 ms natively); emulation is 10-30x slower, so only the native run checks it.
# KRAIT_ARM64_XUNIT_PROJECTS narrows the list (run.sh's default in CI: the runtime tests, which cover the
# architecture-dependent code: numerics, struct/array layout, deep recursion).
read -r -a projects <<< "${KRAIT_ARM64_XUNIT_PROJECTS:-Krait.Runtime.Tests Krait.Syntax.Tests Krait.Compiler.Tests}"
declare -A selection=(
  [Krait.Runtime.Tests]="--exclude Krait.Runtime.Tests.IntegerMathTests.HugeDecimalConversionIsNotQuadratic"
  [Krait.Syntax.Tests]=""
  [Krait.Compiler.Tests]="--exclude Krait.Compiler.Tests.ConformanceTests."
)

t0=$(date +%s)
for p in "${projects[@]}"; do
  rm -rf "$tests_out/$p"
  dotnet publish "tests/$p" -r linux-arm64 --self-contained -c Release -o "$tests_out/$p" -nologo -v quiet \
    -clp:ErrorsOnly -p:CustomAfterMicrosoftCommonTargets="$repo/ci/arm64/test-runner.targets" \
    -p:PublishReadyToRun=true
done
echo "arm64 xunit: published ${#projects[@]} test projects in $(( $(date +%s) - t0 )) s"

# The tests start krait as `dotnet DIR/krait.dll`: emulated-dotnet/dotnet runs the arm64 one under qemu.
krait=${KRAIT_ARM64_KRAIT:-$out/krait}
if [ ! -x "$krait" ]; then
  # Without run.sh's R2R publish, the (IL-only) krait published beside the compiler tests serves.
  krait=$tests_out/Krait.Compiler.Tests/krait
fi
export KRAIT_ARM64_QEMU=$(command -v qemu-aarch64-static)
export KRAIT_ARM64_SYSROOT_ROOT=$root
export KRAIT_ARM64_KRAIT=$krait
export KRAIT_ARM64_REAL_DOTNET=$(command -v dotnet)
export PATH=$repo/ci/arm64/emulated-dotnet:$PATH
export DOTNET_HOST_PATH=$repo/ci/arm64/emulated-dotnet/dotnet
# See run.sh: qemu-user and the runtime's W^X double mapping of JIT code.
export DOTNET_EnableWriteXorExecute=0

passed=0 failed=0 skipped=0 status=0
for p in "${projects[@]}"; do
  log=$tests_out/$p.log
  t0=$(date +%s)
  # shellcheck disable=SC2086  # the selection is a list of options
  (cd "$tests_out/$p" && timeout --kill-after=10 1500 "$KRAIT_ARM64_QEMU" -L "$root" "./$p" ${selection[$p]}) \
    > "$log" 2>&1 || true
  grep -v "^$p: [0-9]* passed" "$log" || true
  line=$(grep -E "^$p: [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$" "$log" | tail -n 1 || true)
  if [ -z "$line" ]; then
    echo "arm64 xunit: $p did not finish (no summary line; see $log)"
    status=1
    failed=$((failed + 1))
    continue
  fi
  read -r n_pass n_fail n_skip < <(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed, ([0-9]+) skipped/\1 \2 \3/')
  echo "$line (in $(( $(date +%s) - t0 )) s)"
  passed=$((passed + n_pass)) failed=$((failed + n_fail)) skipped=$((skipped + n_skip))
done
echo "arm64 xunit: step took $(( $(date +%s) - t_start )) s"
echo "arm64 xunit: $passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
