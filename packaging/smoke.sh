#!/usr/bin/env bash
# Proves that a built pos-app works on this machine the way a shop runs it:
#   packaging/smoke.sh [EXECUTABLE]   default dist/pos-app/pos-app; `pos-app` (the command on the
#                                     PATH) after installing the .deb
# - every shared library in the bundle finds the libraries it needs;
# - `--version`, and `--smoke` (the window shown and painted, offscreen) in production and in
#   the sandbox, in Russian;
# - the OS keyring: in a private D-Bus session with its own gnome-keyring and a throwaway HOME,
#   the bundled app reports the Secret Service backend, stores the sandbox's demo credentials
#   and reads them back;
# - `fiscalize` against `EXECUTABLE sandbox serve --tls` (HTTPS, a throwaway CA), with a
#   Checker.uz copy and the fiscal QR as PNG, decoded again by zbarimg: the bundled requests,
#   ssl, keyring and qrcode at work.
# Needs: gnome-keyring, dbus (dbus-run-session), python3; zbar-tools for the QR check
# (scripts/bootstrap.sh test installs them). Prints each step and how long it all took.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
given=${1:-dist/pos-app/pos-app}
# A path is made absolute (the checks run elsewhere); a bare name is looked up on the PATH and
# run through it, as a shop runs it (/usr/bin/pos-app is a symlink into /opt/pos-app).
if [[ $given == */* ]]; then executable=$(realpath -s "$given"); else executable=$(command -v "$given" || true); fi
[ -n "$executable" ] && [ -x "$executable" ] || { echo "No executable $given: run make bundle" >&2; exit 1; }

if [ -z "${POS_APP_SMOKE_INNER:-}" ]; then
  started=$(date +%s%N)
  home=$(mktemp -d)
  runtime=$(mktemp -d)
  chmod 700 "$runtime"
  trap 'rm -rf "$home" "$runtime"' EXIT
  env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$runtime" \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen POS_APP_SMOKE_INNER=1 \
    dbus-run-session -- "$repo/packaging/smoke.sh" "$executable"
  elapsed_ms=$((($(date +%s%N) - started) / 1000000))
  echo "Smoke test passed in $((elapsed_ms / 1000)).$((elapsed_ms % 1000 / 100)) s: $executable"
  exit 0
fi

# From here on: inside the private D-Bus session.
eval "$(printf %s pos-app-smoke | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
work=$(mktemp -d)
export POS_APP_DATA_DIR="$work/data" POS_APP_CONFIG_DIR="$work/config"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
step() { printf '== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

bundle=$(dirname "$(readlink -f "$executable")")
step "shared libraries in $bundle"
internal=$bundle/_internal
if [ -d "$internal" ]; then
  missing=$(find "$internal" -name '*.so*' -type f -print0 \
    | xargs -0 -n 50 env LD_LIBRARY_PATH="$internal" ldd 2>/dev/null | grep 'not found' | sort -u || true)
  [ -z "$missing" ] || fail "libraries not found: $missing"
  # requests verifies the real services' certificates against certifi's CA list.
  [ -s "$internal/certifi/cacert.pem" ] || fail "certifi's cacert.pem is not in the bundle"
fi

step "--version"
version=$("$executable" --version)
[[ $version == "pos-app "* ]] || fail "--version printed '$version'"
echo "$version"

step "--smoke (production settings)"
out=$("$executable" --smoke 2>"$work/smoke.err") || fail "--smoke exited $?: $(cat "$work/smoke.err")"
[ "$out" = ok ] || fail "--smoke printed '$out'"
echo "$out"

step "--smoke --sandbox --lang ru"
out=$("$executable" --smoke --sandbox --lang ru 2>"$work/smoke.err") \
  || fail "--smoke --sandbox exited $?: $(cat "$work/smoke.err")"
[ "$out" = ok ] || fail "--smoke --sandbox printed '$out'"
echo "$out"

step "sandbox serve --tls (HTTPS with a throwaway CA)"
mkfifo "$work/sandbox.fifo"
"$executable" sandbox serve --tls --pending-polls 0 >"$work/sandbox.fifo" 2>"$work/sandbox.err" &
pids+=($!)
read -r -t 60 sandbox_line <"$work/sandbox.fifo" || fail "the sandbox did not start: $(cat "$work/sandbox.err")"
# field credentials.invoice_id: a value from the sandbox's first line (JSON).
field() {
  python3 -c 'import functools, json, sys
print(functools.reduce(lambda d, k: d[k], sys.argv[2].split("."), json.loads(sys.argv[1])))' \
    "$sandbox_line" "$1"
}
base_url=$(field base_url)
ca_bundle=$(field ca_bundle)
[[ $base_url == https://* ]] || fail "the sandbox does not serve HTTPS: $base_url"
echo "$base_url"

step "keyring: the backend, storing and reading the demo credentials"
for pair in intellectmoney.token:bearer_token intellectmoney.sign_secret_key:sign_secret_key \
    intellectmoney.user_token:user_token checker.token:checker_token; do
  field "credentials.${pair#*:}" | "$executable" credentials set "${pair%%:*}" >/dev/null
done
"$executable" credentials list >"$work/list.out" 2>"$work/list.err" || fail "$(cat "$work/list.err")"
cat "$work/list.err"
grep -q 'OS keyring: keyring.backends.SecretService.Keyring' "$work/list.err" \
  || fail "the bundle does not use the Secret Service: $(cat "$work/list.err")"
[ "$(grep -c '  set ' "$work/list.out")" = 4 ] || fail "credentials not read back: $(cat "$work/list.out")"
grep '  set ' "$work/list.out"

step "fiscalize over HTTPS, with a Checker.uz copy and the QR as PNG"
python3 - "$sandbox_line" "$work/receipt.json" <<'EOF'
import json, sys
credentials = json.loads(sys.argv[1])["credentials"]
receipt = {
    "Inn": credentials["shop_inn"],
    "Group": credentials["group"],
    "Content": {
        "Type": 1,
        "CustomerContact": "buyer@example.com",
        "Positions": [{"Quantity": "2", "Price": "45.50", "Tax": 2, "Text": "Хлеб бородинский",
                       "PaymentSubjectType": 1, "PaymentMethodType": 4}],
        "CheckClose": {"Payments": [{"Type": 1, "Amount": "100.00"}], "TaxationSystem": 0},
    },
}
with open(sys.argv[2], "w", encoding="utf-8") as file:
    json.dump(receipt, file, ensure_ascii=False)
EOF
POS_APP_INTELLECTMONEY_URL=$base_url POS_APP_CHECKER_URL=$base_url POS_APP_INSHOPPER_URL=$base_url \
  REQUESTS_CA_BUNDLE="$ca_bundle" \
  "$executable" fiscalize --invoice "$(field credentials.invoice_id)" \
  --receipt "$work/receipt.json" --phone +998901234567 --qr-png "$work/qr.png" --json \
  >"$work/fiscalize.out" 2>"$work/fiscalize.err" \
  || fail "fiscalize exited $?: $(cat "$work/fiscalize.err" "$work/fiscalize.out")"
qr=$(python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
assert d["state"] == "fiscalized" and d["delivery"] == "delivered", d
print(d["qr"])' "$work/fiscalize.out") || fail "not fiscalized and delivered: $(cat "$work/fiscalize.out")"
echo "fiscalized, copy delivered; QR $qr"
if command -v zbarimg >/dev/null; then
  decoded=$(zbarimg -q --raw "$work/qr.png" 2>/dev/null)
  [ "$decoded" = "$qr" ] || fail "the QR PNG decodes to '$decoded', not '$qr'"
  echo "the QR PNG decodes back exactly"
else
  echo "(zbarimg not installed: the QR PNG was written, not decoded)"
fi
