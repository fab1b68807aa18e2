#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real, when they are missing:
# LibreOffice (recalculates generated workbooks), xmllint (validates the manifest offline)
# Chromium (runs the task pane end to end) and poppler-utils (pdftoppm and pdfinfo: the
# charts and page counts of LibreOffice's PDFs), ClickHouse (a two-shard cluster runs the
# paths query) and sqlglot (parses the BigQuery, Spark and Snowflake queries). Does nothing
# when all are present.
set -euo pipefail

declare -A need=(
  [soffice]=libreoffice-calc-nogui
  [xmllint]=libxml2-utils
  [chromium]=chromium
  [pdftoppm]=poppler-utils
  [clickhouse-server]=clickhouse-server
  [clickhouse-client]=clickhouse-client
)
missing=()
for cmd in "${!need[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${need[$cmd]}")
done
# Debian's sqlglot, for the system python3 (test/cli/paths/dialects.test.ts runs /usr/bin/python3).
[ -d /usr/lib/python3/dist-packages/sqlglot ] || missing+=(python3-sqlglot)
# Chinese text in screenshots needs a CJK font.
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || missing+=(fonts-wqy-zenhei)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${missing[*]}. Install them with your package manager, then run the tests again." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} (Debian packages the tests need)..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
