#!/usr/bin/env bash
# The printed forms and the exported workbooks as pictures in docs/screenshots, to look at:
#   print-*-chromium.png     the print view / 监控 page printed by current Chromium (tests/e2e/print-forms.spec.ts)
#   print-*-chromium-86.png  the same in HeadlessChrome 86 (tests/legacy/smoke-chromium-86.test.ts)
#   workbook-*.png           the 自评表, 监控表 and 目标表 workbooks opened in LibreOffice Calc
# Needs poppler-utils (pdftoppm) and libreoffice-calc (apt-get install -y poppler-utils libreoffice-calc).
# 宋体/SimSun is shown with Noto Serif CJK SC (scripts/fontconfig/fonts.conf), as Debian has no SimSun.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export FONTCONFIG_FILE="$PWD/scripts/fontconfig/fonts.conf"
port="${PW_PORT:-4173}"

PRINT_PDFS="$work" npx playwright test tests/e2e/print-forms.spec.ts
LEGACY_PORT="${LEGACY_PORT:-$((port + 10))}" LEGACY_PDFS="$work" npm run test:legacy

npx tsx --tsconfig tsconfig.app.json scripts/write-form-workbooks.ts "$work"
soffice --headless --convert-to pdf --outdir "$work" "$work"/workbook-*.xlsx >/dev/null

# 72 dpi keeps an A4 page readable and under ~150 KB.
for name in print-assessment-project-chromium print-assessment-project-chromium-86 \
  print-assessment-department-chromium print-assessment-department-chromium-86 print-monitor-chromium \
  print-monitor-chromium-86 print-assessment-project-locked-chromium workbook-assessment workbook-monitor \
  workbook-targets; do
  mkdir "$work/$name"
  pdftoppm -r 72 -png "$work/$name.pdf" "$work/$name/page"
  pages=("$work/$name"/page-*.png)
  if [ "${#pages[@]}" -eq 1 ]; then
    cp "${pages[0]}" "$out/$name.png"
  else
    for p in "${pages[@]}"; do cp "$p" "$out/$name-p$(basename "$p" .png | sed 's/.*-0*//').png"; done
  fi
done
ls -l "$out"/print-*.png "$out"/workbook-*.png
