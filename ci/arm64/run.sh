#!/usr/bin/env bash
# ARM64 step: publish krait for linux-arm64 (self-contained, ReadyToRun) and run the smoke set under Debian's
# qemu user-mode emulator. Usage: ci/arm64/run.sh [smoke.py options, e.g. --jobs 1]
# KRAIT_ARM64_OUT sets where the build goes (default: artifacts/linux-arm64 in the repo).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
out=${KRAIT_ARM64_OUT:-$repo/artifacts/linux-arm64}
sysroot=/usr/aarch64-linux-gnu
python=/usr/bin/python3.11
step_start=$(date +%s)

# Emulator and the arm64 C/C++ runtime libraries that the .NET host and runtime load.
need=()
command -v qemu-aarch64-static >/dev/null || need+=(qemu-user-static)
[ -e "$sysroot/lib/ld-linux-aarch64.so.1" ] || need+=(libc6-arm64-cross)
[ -e "$sysroot/lib/libstdc++.so.6" ] || need+=(libstdc++6-arm64-cross)
[ -e "$sysroot/lib/libgcc_s.so.1" ] || need+=(libgcc-s1-arm64-cross)
[ -x "$python" ] || need+=(python3.11)
if [ ${#need[@]} -gt 0 ]; then
  echo "arm64: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# ICU is not in $sysroot: the project builds with InvariantGlobalization (Directory.Build.props), so none is loaded.
publish() {
  dotnet publish src/Krait.Cli -r linux-arm64 --self-contained -c Release -o "$out" -nologo -v quiet "$@"
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

bench="$repo/bench/suite"

# smoke.py prints the closing `arm64: N passed, M failed` line last, as CI reads it.
export KRAIT_ARM64_STEP_START=$step_start
exec "$python" ci/arm64/smoke.py --krait "$out/krait" --sysroot "$sysroot" --repo "$repo" --bench "$bench" "$@"
