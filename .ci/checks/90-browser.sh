#!/usr/bin/env bash
# Browser, validator, accessibility and budget checks of the built site (see ../browser-checks.sh).
exec "$(dirname "$0")/../browser-checks.sh" "$@"
