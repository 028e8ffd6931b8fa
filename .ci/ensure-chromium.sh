#!/bin/sh
# End-to-end tests drive Debian's Chromium; install it when it is absent (needs root or sudo).
set -e
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "Installing Debian's chromium for the end-to-end tests…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  chromium fonts-liberation fonts-noto-color-emoji >/dev/null
