#!/bin/sh
# Rasterises the icon sources into the PNGs the manifest names. The PNGs are committed (CI does not
# redraw them); run this after changing icon.svg or icon-16.svg and look at every size before committing.
# Needs rsvg-convert: apt-get install -y librsvg2-bin
set -eu
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert ontbreekt: apt-get install -y librsvg2-bin" >&2; exit 1; }
# 16 px has its own hand-hinted drawing; the larger sizes come from the master, whose straight edges sit on
# multiples of 8 so they land on whole pixels at 32, 64 and 80.
rsvg-convert -w 16 -h 16 icon-16.svg -o icon-16.png
for size in 32 64 80 128; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"
done
