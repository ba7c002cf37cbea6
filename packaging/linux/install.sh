#!/usr/bin/env bash
# Installs the one-folder bundle for the current user: the folder under ~/.local/opt, a command in
# ~/.local/bin, the menu entry, the icon and the .psiproj file type. Run from the repository after building.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundle="${1:-$here/../../build/dist/psi-wizard}"
[ -x "$bundle/psi-wizard" ] || { echo "no bundle at $bundle: build it first (packaging/README.md)" >&2; exit 2; }
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps" \
         "$prefix/icons/hicolor/scalable/apps"
rm -rf "$HOME/.local/opt/psi-wizard" && cp -a "$bundle" "$HOME/.local/opt/psi-wizard"
ln -sf "$HOME/.local/opt/psi-wizard/psi-wizard" "$HOME/.local/bin/psi-wizard"
cp "$here/psi-wizard.desktop" "$prefix/applications/"
cp "$here/../../resources/icons/psi-wizard-256.png" "$prefix/icons/hicolor/256x256/apps/psi-wizard.png"
cp "$here/../../resources/icons/psi-wizard.svg" "$prefix/icons/hicolor/scalable/apps/psi-wizard.svg"
command -v xdg-mime >/dev/null && xdg-mime install --novendor "$here/psi-wizard-mime.xml" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
echo "installed: run psi-wizard, or find 'PSI Commissioning Wizard' in the menu"
