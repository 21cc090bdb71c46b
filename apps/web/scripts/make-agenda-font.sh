#!/usr/bin/env bash
# Regenerates apps/web/src/features/agenda/assets/NotoSansSC-GB2312.ttf, the CJK font the PDF agenda embeds.
# Run by hand, once; the result is committed, so neither the build nor the browser fetches a font.
# Source: Noto Sans SC Regular (SIL OFL 1.1) as the npm package @expo-google-fonts/noto-sans-sc ships it (a TrueType
# font: pdf-lib's fontkit subsets glyf outlines cleanly, its CFF subsetting of the OpenType/CFF builds is broken).
# Kept: ASCII, Latin-1, general and CJK punctuation, full-width forms and every GB2312 character (6,763 hanzi).
# Needs: npm, python3 with fontTools (Debian: apt-get install python3-fonttools).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/features/agenda/assets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null && tar xzf ./*.tgz)
/usr/bin/python3 - "$work/chars.txt" <<'PY'
import sys
chars = set(chr(c) for c in range(0x20, 0x7F)) | set(chr(c) for c in range(0xA0, 0x100))
chars |= set(chr(c) for c in range(0x2000, 0x2070)) | set(chr(c) for c in range(0x3000, 0x3040))
chars |= set(chr(c) for c in range(0xFF00, 0xFFF0))
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(chars)))
PY
/usr/bin/python3 -m fontTools.subset "$work/package/400Regular/NotoSansSC_400Regular.ttf" \
  --text-file="$work/chars.txt" --output-file="$out/NotoSansSC-GB2312.ttf" \
  --layout-features='kern,liga,vert' --no-hinting --desubroutinize --name-IDs='*' --name-languages='*'
# fontkit copies glyph data as is and writes short loca offsets (bytes ÷ 2) when they fit: every glyph must have an
# even length, or all glyphs after an odd one are misread. Pad each to 4 bytes.
/usr/bin/python3 - "$out/NotoSansSC-GB2312.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
font['glyf'].padding = 4
font.save(sys.argv[1])
PY
cp "$work/package/LICENSE_FONT" "$out/OFL.txt"
ls -l "$out/NotoSansSC-GB2312.ttf"
