# Shared by the shell suites (sourced, not run): a temporary folder, pass/fail
# counters and the expect helper. The sourcing script prints its own closing
# line "SUITE: $pass passed, $fail failed".
BUILD=${BUILD:-build}
T="$BUILD/tocsin"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/    /' "$tmp/err" | head -5; }
# expect NAME STATUS PATTERN -- command...: exit status and a stdout/stderr pattern
expect() {
  name=$1; want=$2; pat=$3; shift 4
  "$@" > "$tmp/out" 2> "$tmp/err"; rc=$?
  if [ "$rc" -ne "$want" ]; then bad "$name (exit $rc, want $want)"; return; fi
  if [ -n "$pat" ] && ! grep -qE -- "$pat" "$tmp/out" "$tmp/err"; then bad "$name (no /$pat/)"; return; fi
  ok "$name"
}
