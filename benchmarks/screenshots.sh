#!/usr/bin/env bash
# The README's screenshots, from the running app in a real X window with real mouse events:
# a virtual screen (Xvfb), the `bnn-gui` command with a fresh user folder, a 4 drawn with the
# mouse (xdotool), F5 to start the training panel's default run, a screenshot a while later.
#
#   bash benchmarks/screenshots.sh            # assets/screenshot.png (1366x768) and
#                                             # assets/screenshot-1920.png (1920x1080)
# Needs: Xvfb, xdotool, ImageMagick's `import` (Debian: xvfb xdotool imagemagick), MNIST in
# $BNN_GUI_DATA for the training run, and Qt's X11 libraries (libxcb-cursor0 and friends).
set -euo pipefail
cd "$(dirname "$0")/.."
shoot() {  # width height seconds-of-training output
  local W=$1 H=$2 WAIT=$3 OUT=$4 home
  home=$(mktemp -d)
  Xvfb :97 -screen 0 "${W}x${H}x24" >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1.5
  DISPLAY=:97 BNN_GUI_HOME="$home" bnn-gui >"$home/app.log" 2>&1 &
  local app=$!
  sleep 8
  local wid
  wid=$(DISPLAY=:97 xdotool search --onlyvisible --name "^bnn-gui —" | head -1)
  eval "$(DISPLAY=:97 xdotool getwindowgeometry --shell "$wid")"
  echo "window at $X,$Y size ${WIDTH}x$HEIGHT"
  # a 4 in the canvas (the left part of the window): a down-and-across stroke, then a bar
  local cx=$((X + WIDTH / 6)) cy=$((Y + HEIGHT / 4))
  stroke() {  # x0 y0 x1 y1: a straight stroke in 20 moves
    DISPLAY=:97 xdotool mousemove "$1" "$2" mousedown 1
    for i in $(seq 1 20); do
      DISPLAY=:97 xdotool mousemove $(($1 + ($3 - $1) * i / 20)) $(($2 + ($4 - $2) * i / 20))
      sleep 0.01
    done
    DISPLAY=:97 xdotool mouseup 1
  }
  stroke $((cx - 10)) $((cy - 60)) $((cx - 70)) $((cy + 50))
  stroke $((cx - 70)) $((cy + 50)) $((cx + 60)) $((cy + 50))
  stroke $((cx + 30)) $((cy - 50)) $((cx + 30)) $((cy + 120))
  DISPLAY=:97 xdotool key F5
  sleep "$WAIT"
  import -display :97 -window root "$OUT"
  kill "$app"; sleep 1; kill "$xvfb"
  rm -rf "$home"
  echo "wrote $OUT"
}
shoot 1366 768 10 assets/screenshot.png
shoot 1920 1080 10 assets/screenshot-1920.png
