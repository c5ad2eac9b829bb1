#!/usr/bin/env bash
# Refreshes the registry's province and regency files from the pinned npm package idn-area-data.
# The rows are the package's, never typed by hand; they stay under the ODbL (see NOTICE).
# Usage: scripts/update-area-data.sh [version]   (needs npm; the application itself does not)
set -euo pipefail
version=${1:-4.0.1}
target=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/registry/idn-area-data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "idn-area-data@${version}" >/dev/null && tar xzf "idn-area-data-${version}.tgz")
cp "$work/package/data/provinces.csv" "$work/package/data/regencies.csv" "$work/package/data/LICENSE.md" "$target/"
(cd "$target" && sha256sum provinces.csv regencies.csv > SHA256SUMS)
echo "idn-area-data ${version} copied to ${target}; update the version in NOTICE and in the registry migration if it changed."
