#!/usr/bin/env bash
# A small arm64 sysroot (C/C++ runtime, OpenSSL, ICU, zlib) from Debian's arm64 packages, for running the
# linux-arm64 krait and xunit test executables under qemu user-mode emulation (qemu-aarch64-static -L ROOT).
# The packages come from the same Debian mirror and release that this machine's apt uses, through a private
# apt state (nothing of the machine's own apt configuration or package database changes), and are unpacked
# with dpkg-deb. Cached: a second run with the same package list does nothing and prints the root.
# Usage: ci/arm64/sysroot.sh   (prints the sysroot path on its last line)
# KRAIT_ARM64_SYSROOT sets the folder (default: $HOME/.cache/krait-arm64-sysroot).
set -euo pipefail
base=${KRAIT_ARM64_SYSROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/krait-arm64-sysroot}
root=$base/root
packages=(libc6 libgcc-s1 libstdc++6 libssl3 libicu72 zlib1g)
stamp="packages: ${packages[*]}"

if [ -f "$base/complete" ] && [ "$(cat "$base/complete")" = "$stamp" ] && [ -e "$root/lib/ld-linux-aarch64.so.1" ]; then
  echo "$root"
  exit 0
fi

t0=$(date +%s)
rm -rf "$base"
mkdir -p "$base/apt/state/lists/partial" "$base/apt/cache/archives/partial" "$base/apt/etc/sources.list.d" \
  "$base/apt/etc/preferences.d" "$base/debs" "$root"
touch "$base/apt/state/status"

# The arm64 sources: each Debian entry of the machine's own sources (deb822 .sources or one-line .list) for
# its release codename (and -updates, -security), restricted to arm64. Other repositories are left out.
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
[ -n "$codename" ] || { echo "sysroot: no VERSION_CODENAME in /etc/os-release" >&2; exit 1; }
sources=$base/apt/etc/sources.list.d/arm64.sources
: > "$sources"
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  # Paragraphs are separated by blank lines; keep those of Types deb whose Suites name this release.
  awk -v rel="$codename" -v out="$sources" '
    function flush() {
      if (types ~ /(^| )deb( |$)/ && ok && uris != "") {
        printf "Types: deb\nURIs: %s\nSuites: %s\nComponents: %s\nArchitectures: arm64\n", uris, suites, comps >> out
        if (signed != "") printf "Signed-By: %s\n", signed >> out
        printf "\n" >> out
      }
      types = ""; uris = ""; suites = ""; comps = ""; signed = ""; ok = 0
    }
    /^[ \t]*$/ { flush(); next }
    /^[ \t]*#/ { next }
    {
      key = $1; sub(/:$/, "", key); val = $0; sub(/^[^:]*:[ \t]*/, "", val)
      if (key == "Types") types = val
      else if (key == "URIs") uris = val
      else if (key == "Components") comps = val
      else if (key == "Signed-By") signed = val
      else if (key == "Suites") {
        suites = val; n = split(val, s, /[ \t]+/)
        for (i = 1; i <= n; i++) if (s[i] == rel || s[i] == rel "-updates" || s[i] == rel "-security") ok = 1
      }
    }
    END { flush() }' "$f"
done
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  [ -f "$f" ] || continue
  # deb [options] URI SUITE COMPONENT...: keep signed-by, force arch=arm64.
  awk -v rel="$codename" -v out="$sources" '
    $1 == "deb" {
      signed = ""; i = 2
      if ($2 ~ /^\[/) {
        while (i <= NF) { if ($i ~ /^\[?signed-by=/) { signed = $i; gsub(/[\[\]]|signed-by=/, "", signed) }
                          if ($i ~ /\]$/) { i++; break } i++ }
      }
      uri = $i; suite = $(i + 1); comps = ""
      for (j = i + 2; j <= NF; j++) comps = comps (comps == "" ? "" : " ") $j
      if (suite == rel || suite == rel "-updates" || suite == rel "-security") {
        printf "Types: deb\nURIs: %s\nSuites: %s\nComponents: %s\nArchitectures: arm64\n", uri, suite, comps >> out
        if (signed != "") printf "Signed-By: %s\n", signed >> out
        printf "\n" >> out
      }
    }' "$f"
done
[ -s "$sources" ] || { echo "sysroot: no Debian $codename source found in /etc/apt" >&2; exit 1; }

apt_private=(
  -o "Dir::State=$base/apt/state" -o "Dir::State::status=$base/apt/state/status"
  -o "Dir::Cache=$base/apt/cache" -o "Dir::Etc::SourceList=/dev/null"
  -o "Dir::Etc::SourceParts=$base/apt/etc/sources.list.d" -o "Dir::Etc::Preferences=/dev/null"
  -o "Dir::Etc::PreferencesParts=$base/apt/etc/preferences.d"
  -o "APT::Architecture=arm64" -o "APT::Architectures=arm64" -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root"
)
apt-get "${apt_private[@]}" -qq update >&2
(cd "$base/debs" && apt-get "${apt_private[@]}" -qq download "${packages[@]}" >&2)
for deb in "$base"/debs/*.deb; do
  dpkg-deb -x "$deb" "$root"
done
# Debian's merged /usr: the loader is looked up as /lib/ld-linux-aarch64.so.1, libraries under /lib and /usr/lib.
for d in lib lib64; do
  if [ -d "$root/usr/$d" ] && [ ! -e "$root/$d" ]; then ln -s "usr/$d" "$root/$d"; fi
done
rm -rf "$base/apt/cache" "$base/apt/state/lists" "$base/debs"
[ -e "$root/lib/ld-linux-aarch64.so.1" ] || { echo "sysroot: no ld-linux-aarch64.so.1 in $root" >&2; exit 1; }
echo "$stamp" > "$base/complete"
echo "sysroot: $(du -sm "$root" | cut -f1) MB in $(( $(date +%s) - t0 )) s at $root" >&2
echo "$root"
