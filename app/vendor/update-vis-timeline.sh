#!/usr/bin/env bash
# Re-vendors vis-timeline (Apache-2.0 OR MIT) from the npm registry into the page's static files.
# The Maven build does not run this: the files it copies are committed, so the build and the page
# need no network. Usage: app/vendor/update-vis-timeline.sh [VERSION]
set -euo pipefail
version="${1:-8.5.4}"
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../src/main/resources/web/vendor/vis-timeline"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "vis-timeline@$version" >/dev/null && tar xzf "vis-timeline-$version.tgz")
mkdir -p "$dest"
cp "$tmp/package/standalone/umd/vis-timeline-graph2d.min.js" "$tmp/package/styles/vis-timeline-graph2d.min.css" \
   "$tmp/package/LICENSE.MIT.txt" "$tmp/package/LICENSE.Apache-2.0.txt" "$dest/"
echo "$version" > "$dest/VERSION"
echo "vendored vis-timeline $version into $dest"
