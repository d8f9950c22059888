#!/usr/bin/env bash
# `make ARGUMENTS...` for this checkout inside a Debian root of another release, so
# that the whole suite (or the demo) runs on that release's QGIS:
#   trixie  Debian 13, QGIS 3.40 LTR, Python 3.13
#   forky   Debian 14 (testing), QGIS 3.44, Python 3.14
# The root is made once with debootstrap from the host's Debian mirror and cached in
# .build/roots/DIST (`make clean` removes it). Each run copies the checkout in afresh
# (tracked and untracked-not-ignored files), next to the root's own .venv and .build,
# so a second run installs nothing. Mounts live in a private mount namespace and end
# with the run. Needs root: debootstrap, chroot and mounts do.
set -euo pipefail

usage="usage: tests/matrix/in_root.sh trixie|forky MAKE-ARGUMENTS..."
dist=${1:?$usage}
shift
case $dist in
    trixie) script="" ;;
    # Debian 12's debootstrap knows forky only through the script of sid.
    forky) script=/usr/share/debootstrap/scripts/sid ;;
    *) echo "Unknown DIST '$dist'. $usage" >&2; exit 2 ;;
esac
if [ "$(id -u)" != 0 ]; then
    echo "The QGIS matrix needs root (debootstrap, chroot, mounts): run it with sudo." >&2
    exit 2
fi

repo=$(cd "$(dirname "$0")/../.." && pwd)
root=$repo/.build/roots/$dist

# The mirror the host's apt uses (deb822 sources on Debian 12, else sources.list).
mirror=${DEBIAN_MIRROR:-$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
mirror=${mirror:-$(awk '$1 == "deb" && $2 !~ /security/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)}

if [ ! -e "$root/.bootstrapped" ]; then
    command -v debootstrap >/dev/null || {
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    }
    [ -n "$mirror" ] || { echo "No Debian mirror found in the host's apt sources: set DEBIAN_MIRROR." >&2; exit 2; }
    echo "Bootstrapping Debian $dist into $root (once) ..."
    rm -rf --one-file-system "$root"
    mkdir -p "$(dirname "$root")"
    debootstrap --variant=minbase --include=make,ca-certificates "$dist" "$root" "$mirror" $script
    # A testing snapshot's Release file may be past its Valid-Until date; services never start in a chroot.
    echo 'Acquire::Check-Valid-Until "false";' > "$root/etc/apt/apt.conf.d/99lsghnet-matrix"
    printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
    chmod +x "$root/usr/sbin/policy-rc.d"
    touch "$root/.bootstrapped"
fi

# Reach the package registries as the host does: its resolver, CA certificates and pip configuration.
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
if [ -f /etc/pip.conf ]; then cp /etc/pip.conf "$root/etc/pip.conf"; fi

# The checkout, afresh: only the root's own .venv and .build survive from the last run.
work=$root/lsghnet
mkdir -p "$work"
find "$work" -mindepth 1 -maxdepth 1 ! -name .venv ! -name .build -exec rm -rf {} +
(cd "$repo" && git ls-files -z --cached --others --exclude-standard |
    tar --null --files-from=- --ignore-failed-read -cf -) | tar -xf - -C "$work"

environment=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
             PYTHONUNBUFFERED=1 "CI=${CI:-}")
while IFS= read -r name; do environment+=("$name=${!name}"); done < <(compgen -e | grep '^PIP_' || true)

echo "Debian $dist: make $* (QGIS $(chroot "$root" dpkg-query -W -f='${Version}' qgis 2>/dev/null || echo 'not yet installed'))"
exec unshare --mount --propagation private -- bash -c '
    root=$1
    shift
    mount --rbind /dev "$root/dev"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys"
    exec chroot "$root" /usr/bin/env -i "$@"
' in_root "$root" "${environment[@]}" /bin/sh -c 'cd /lsghnet && exec make "$@"' make "$@"
