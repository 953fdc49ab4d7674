# Shared by the checks in .ci/checks/ (sourced, not run): counts in $passed and $failed, logs in $out.
# step NAME EXPECTED-EXIT PATTERN -- COMMAND...: runs COMMAND, expects the exit code and, when
# PATTERN is not empty, a line of its output (stdout and stderr) matching it. Lines start with $step_prefix.
step() {
  local name=$1 expected=$2 pattern=$3; shift 4
  local log="$out/${name//[^A-Za-z0-9]/-}.log"
  "$@" >"$log" 2>&1
  local code=$?
  if [[ $code -eq $expected ]] && { [[ -z $pattern ]] || grep -Eq "$pattern" "$log"; }; then
    echo "$step_prefix $name: passed (exit $code)"; passed=$((passed + 1))
  else
    echo "$step_prefix $name: FAILED (exit $code, expected $expected${pattern:+, output matching '$pattern'})"
    tail -20 "$log"; failed=$((failed + 1))
  fi
}
