#!/usr/bin/env bash
# Builds dist/pos-app_VERSION_amd64.deb from the bundle in dist/pos-app (make deb runs it):
#   /opt/pos-app/            the bundle
#   /usr/bin/pos-app         a symlink to /opt/pos-app/pos-app (the command on the PATH)
#   /usr/share/applications/pos-app.desktop, and the icon in the hicolor theme
# Depends: the system libraries the bundle does not carry (OpenGL/EGL, the C library of the
# build machine or newer) and those Qt's xcb platform expects on a desktop.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: packaging/build-deb.sh VERSION}
[ -x dist/pos-app/pos-app ] || { echo "No bundle in dist/pos-app: run make bundle" >&2; exit 1; }
arch=$(dpkg --print-architecture)
# The bundle runs on the C library it was built with, or a newer one.
glibc=$(ldd --version | sed -n '1s/.* \([0-9][0-9.]*\)$/\1/p')
root=build/deb/pos-app
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/icons/hicolor/256x256/apps"
cp -a dist/pos-app "$root/opt/pos-app"
ln -s /opt/pos-app/pos-app "$root/usr/bin/pos-app"
cp resources/icons/pos-app.svg "$root/usr/share/icons/hicolor/scalable/apps/pos-app.svg"
cp resources/icons/pos-app.png "$root/usr/share/icons/hicolor/256x256/apps/pos-app.png"
cp packaging/linux/pos-app.desktop "$root/usr/share/applications/pos-app.desktop"
installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@GLIBC@/$glibc/" \
  -e "s/@SIZE@/$installed_size/" packaging/linux/control >"$root/DEBIAN/control"
# Files root-owned, directories 755, whatever the builder's umask.
find "$root" -type d -exec chmod 755 {} +
out="dist/pos-app_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
echo "$out: $(du -h "$out" | cut -f1)"
