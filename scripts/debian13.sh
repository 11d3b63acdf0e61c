#!/usr/bin/env bash
# Run a command in this clone inside a Debian 13 (trixie) root: QGIS 3.40 LTR, Python 3.13, numpy 2,
# shapely 2, geopandas 1.x with pyogrio and no fiona — the stack most analysts install today.
#
#   scripts/debian13.sh [make target ...]      (default: make test)
#   scripts/debian13.sh -- COMMAND [ARG ...]     (any command, in the clone's copy inside the root)
#
# The root is built once with debootstrap (about 2 min) and QGIS is installed in it from its own
# packages (about 3 min); it lives outside the clone, in $FB_DEBIAN13_ROOT (default
# /var/cache/fragile-borders/debian13), and is reused while it is there, so CI on the same machine
# does not rebuild it. Each run copies the clone's files into the root (its .venv is kept between
# runs), mounts /proc and binds /dev, and always undoes the mounts on exit, also when a test fails
# or the run is interrupted. Needs root.
set -euo pipefail

ROOT_DIR=${FB_DEBIAN13_ROOT:-/var/cache/fragile-borders/debian13}
REPO=$(cd "$(dirname "$0")/.." && pwd)
INSIDE=/work/fragile_borders  # the clone's copy, inside the root
HOST_CA=/etc/ssl/host-ca-bundle.crt
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(test)

[ "$(id -u)" = 0 ] || { echo "scripts/debian13.sh must run as root (debootstrap, chroot, mount)." >&2; exit 1; }

# The Debian mirror that the host's apt sources name (deb822 .sources or one-line .list files).
host_mirror() {
    local uri
    uri=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -E '/debian/?$' | head -n1 || true)
    [ -n "$uri" ] || uri=$(grep -hsE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
                           | awk '{print $2}' | grep -E '/debian/?$' | head -n1 || true)
    echo "${uri:-http://deb.debian.org/debian}"
}

mount_root() {
    mountpoint -q "$ROOT_DIR/proc" || mount -t proc proc "$ROOT_DIR/proc"
    mountpoint -q "$ROOT_DIR/dev" || mount --rbind /dev "$ROOT_DIR/dev"
}

unmount_root() {
    if mountpoint -q "$ROOT_DIR/dev"; then umount -R "$ROOT_DIR/dev" || umount -lR "$ROOT_DIR/dev" || true; fi
    if mountpoint -q "$ROOT_DIR/proc"; then umount "$ROOT_DIR/proc" || umount -l "$ROOT_DIR/proc" || true; fi
}

# Network settings the root needs to reach the package registries as the host does. The host's CA
# bundle is also kept under a name of its own, which the root's ca-certificates package never rewrites.
copy_host_settings() {
    install -D -m 644 /etc/ssl/certs/ca-certificates.crt "$ROOT_DIR/etc/ssl/certs/ca-certificates.crt"
    install -D -m 644 /etc/ssl/certs/ca-certificates.crt "$ROOT_DIR$HOST_CA"
    [ -f /etc/pip.conf ] && install -m 644 /etc/pip.conf "$ROOT_DIR/etc/pip.conf"
    cp -L /etc/resolv.conf "$ROOT_DIR/etc/resolv.conf" 2>/dev/null || true
}

in_root() {
    chroot "$ROOT_DIR" /usr/bin/env -i HOME=/root LANG=C.UTF-8 CI="${CI:-}" DEBIAN_FRONTEND=noninteractive \
        PIP_CERT="$HOST_CA" SSL_CERT_FILE="$HOST_CA" REQUESTS_CA_BUNDLE="$HOST_CA" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

build_root() {
    local partial="$ROOT_DIR.partial" mirror
    mirror=$(host_mirror)
    echo "== Building the Debian 13 root in $ROOT_DIR from $mirror (once; reused afterwards)"
    rm -rf "$partial"
    debootstrap --variant=minbase trixie "$partial" "$mirror"
    mv "$partial" "$ROOT_DIR"
}

install_stack() {
    # the Makefile's own package list, so both environments install exactly the same thing
    local debs
    debs=$(make -s -C "$REPO" --no-print-directory print-debs)
    echo "== Installing in the Debian 13 root: make $debs"
    in_root apt-get update -qq
    in_root apt-get install -y -qq --no-install-recommends make ca-certificates $debs
    touch "$ROOT_DIR/.fragile-borders-ready"
}

copy_clone() {
    mkdir -p "$ROOT_DIR$INSIDE"
    find "$ROOT_DIR$INSIDE" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
    tar -C "$REPO" --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./.git \
        --exclude='__pycache__' -cf - . | tar -C "$ROOT_DIR$INSIDE" -xf -
}

command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; }
mkdir -p "$(dirname "$ROOT_DIR")"
exec 9>"$ROOT_DIR.lock"
flock 9  # one build or run of the root at a time
trap unmount_root EXIT
trap 'exit 130' INT TERM

[ -d "$ROOT_DIR/usr/bin" ] || build_root
copy_host_settings
mount_root
[ -f "$ROOT_DIR/.fragile-borders-ready" ] || install_stack
copy_clone
echo "== Debian 13 root: $(in_root sh -c '. /etc/os-release; echo $PRETTY_NAME'), $(in_root sh -c 'dpkg-query -W -f "QGIS \${Version}" qgis')"
if [ "${TARGETS[0]}" = "--" ]; then
    in_root bash -c 'cd "$0" && exec "$@"' "$INSIDE" "${TARGETS[@]:1}"
else
    in_root bash -c "cd $INSIDE && make ${TARGETS[*]}"
fi
