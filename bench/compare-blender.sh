#!/usr/bin/env bash
# Facet against the Blender peer (what BlenderProc/Kubric run underneath), on this machine,
# one after the other, same frame count, image size and object count. Prints one line per
# engine and the ratios. Blender is installed from Debian by the peer's run.sh if missing.
#
#   bench/compare-blender.sh [FRAMES]          (default 50; Cycles at 16 spp takes ~2.5 s a frame on 2 cores)
#   BLENDER_DIR=path/to/shared/bench/blender   (default: ../shared/bench/blender beside the repo)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
frames="${1:-50}"
width=640; height=480; objects=20
blender_dir="${BLENDER_DIR:-$root/../shared/bench/blender}"
work="$(mktemp -d /tmp/facet-vs-blender.XXXXXX)"
[ -x "$blender_dir/run.sh" ] || { echo "no Blender peer at $blender_dir (set BLENDER_DIR)" >&2; exit 2; }

field() { sed -n "s/.*[ ^]$1=\([^ ]*\).*/\1/p" <<<" $2"; }

echo "== Blender Cycles, 16 samples ($frames frames, ${width}x${height}, $objects objects)" >&2
cycles=$(LOG="$work/cycles.log" "$blender_dir/run.sh" --engine CYCLES --samples 16 --frames "$frames" \
  --width "$width" --height "$height" --objects "$objects" --out "$work/cycles" | tail -1)
echo "== Blender Workbench, 8 AA samples" >&2
workbench=$(LOG="$work/wb.log" "$blender_dir/run.sh" --engine BLENDER_WORKBENCH --samples 8 --frames "$frames" \
  --width "$width" --height "$height" --objects "$objects" --out "$work/wb" | tail -1)

echo "== Facet, full pipeline (rgb, instance, semantic, depth, meta)" >&2
"$root/facet" --version >/dev/null   # builds the jar outside the timed runs
t0=$(date +%s.%N)
"$root/facet" run tabletop --frames "$frames" --width "$width" --height "$height" --out "$work/facet-run" 2>/dev/null
t1=$(date +%s.%N)
facet_wall_fps=$(awk -v f="$frames" -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", f/(b-a)}')
bench_frames=$(( frames < 1000 ? 1000 : frames ))
facet_json=$("$root/facet" bench --frames "$bench_frames" --width "$width" --height "$height" --objects "$objects" --full-only 2>/dev/null | tail -1)
facet_loop_fps=$(sed -n 's/.*"full_pipeline_fps":\([0-9.]*\).*/\1/p' <<<"$facet_json")

c_fps=$(field fps "$cycles"); c_loop=$(field loop_fps "$cycles")
w_fps=$(field fps "$workbench"); w_loop=$(field loop_fps "$workbench")
printf '%-28s %12s %12s\n' "engine" "fps (wall)" "fps (loop)"
printf '%-28s %12s %12s\n' "blender cycles 16spp" "$c_fps" "$c_loop"
printf '%-28s %12s %12s\n' "blender workbench" "$w_fps" "$w_loop"
printf '%-28s %12s %12s\n' "facet (full pipeline)" "$facet_wall_fps" "$facet_loop_fps"
awk -v fw="$facet_wall_fps" -v fl="$facet_loop_fps" -v cw="$c_fps" -v cl="$c_loop" -v ww="$w_fps" -v wl="$w_loop" 'BEGIN{
  printf "ratio facet/cycles:    %.0fx wall, %.0fx loop\n", fw/cw, fl/cl;
  printf "ratio facet/workbench: %.1fx wall, %.1fx loop\n", fw/ww, fl/wl }'
echo "(wall = whole process incl. start-up for $frames frames; loop = steady state; facet loop measured over $bench_frames frames)"
rm -rf "$work"
