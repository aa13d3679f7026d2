#!/usr/bin/env bash
# Installs what kgraph needs on a fresh Debian machine, once: the libxml2 and SQLite
# headers and pkg-config (to build), xmllint and Graphviz (to validate and render), and a Python
# virtual environment with the consumer libraries (NetworkX, igraph, rdflib, PyLD) used
# by the tests. Safe to run again: it does only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v pkg-config >/dev/null 2>&1 || packages+=(pkg-config)
[ -f /usr/include/libxml2/libxml/xmlwriter.h ] || packages+=(libxml2-dev)
[ -f /usr/include/sqlite3.h ] || packages+=(libsqlite3-dev)
command -v xmllint >/dev/null 2>&1 || packages+=(libxml2-utils)
command -v dot >/dev/null 2>&1 || packages+=(graphviz)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || packages+=(python3-venv)
if [ ${#packages[@]} -gt 0 ]; then
  echo "setup: installing ${packages[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
fi

if [ "${1:-}" = "--with-python" ]; then
  requirements=Tests/ConsumerChecks/requirements.txt
  stamp=.venv/.requirements
  if [ ! -x .venv/bin/python ] || ! cmp -s "$requirements" "$stamp"; then
    echo "setup: creating .venv with the consumer-check libraries" >&2
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$stamp"
  fi
fi
