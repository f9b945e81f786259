#!/usr/bin/env bash
# Times the common POSTs of a signed-in demo fund manager against a running app (Development, demo data):
# add a deal note, rate, assign, move a deal, request an intro, send a message, save the profile.
# Each is posted N times (default 20); prints the median and p90 in ms of the POST alone and of the
# POST with its redirect followed (the page the browser shows next).
#   bash bench/post-timings.sh [base-url] [N]      e.g. bash bench/post-timings.sh http://127.0.0.1:5000 20
# Needs curl and data/demo-accounts.txt (written at the first start in Development). It changes demo data
# (notes, ratings, stages, intros, messages): run it on a throw-away data/ folder.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://127.0.0.1:5000}
N=${2:-20}
ACCOUNTS=data/demo-accounts.txt
PW=$(head -1 "$ACCOUNTS" | sed 's/.*password: //')
FUND_MANAGER=$(awk '$1 == "fund-manager" && $2 ~ /london/ { print $2; exit }' "$ACCOUNTS")
FOUNDERS=$(awk '$1 == "founder" && $2 ~ /london/ { print $2 }' "$ACCOUNTS")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FM="$WORK/fund.jar" FO="$WORK/founder.jar"
GUID='[0-9a-f]\{8\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{12\}'

token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
version() { grep -io 'name="Version" value="[0-9]*"' | head -1 | sed 's/.*value="\([0-9]*\)"/\1/'; }
get() { curl -sf -b "$1" -c "$1" "$BASE$2"; }
sign_in() {
  local t; t=$(get "$1" /account/login | token)
  curl -sf -o /dev/null -b "$1" -c "$1" "$BASE/account/login" --data-urlencode "__RequestVerificationToken=$t" \
    --data-urlencode "Email=$2" --data-urlencode "Password=$PW"
}
# post <jar> <path> <form data...>: prints "post_ms total_ms" (total: with the redirect followed).
post() {
  local jar=$1 path=$2; shift 2
  local args=(); for kv in "$@"; do args+=(--data-urlencode "$kv"); done
  local t; t=$(get "$jar" "$PAGE" | token)
  curl -s -o /dev/null -b "$jar" -c "$jar" -L -w '%{time_redirect} %{time_total} %{http_code}\n' \
    "$BASE$path" --data-urlencode "__RequestVerificationToken=$t" "${args[@]}" \
    | awk -v path="$path" '{ if ($3 != 200) { print "unexpected status " $3 " for " path > "/dev/stderr"; exit 1 } printf "%.1f %.1f\n", ($1 > 0 ? $1 : $2) * 1000, $2 * 1000 }'
}
report() {
  sort -n -k1,1 "$WORK/$1" | awk -v name="$1" '{ a[NR] = $1 } END { post = a[int((NR + 1) / 2)]; p90 = a[int(NR * 0.9 + 0.5)]; printf "%-10s n=%-3d POST median %7.1f ms  p90 %7.1f ms", name, NR, post, p90 }'
  sort -n -k2,2 "$WORK/$1" | awk '{ a[NR] = $2 } END { printf "   with redirect median %7.1f ms  p90 %7.1f ms\n", a[int((NR + 1) / 2)], a[int(NR * 0.9 + 0.5)] }'
}

sign_in "$FM" "$FUND_MANAGER"
FUND=$(get "$FM" /funds/mine | grep -o "href=\"/funds/$GUID\"" | head -1 | grep -o "$GUID")
# A published project of a founder's in the same cluster (one the fund can see).
PROJECT=""
for FOUNDER in $FOUNDERS; do
rm -f "$FO"; sign_in "$FO" "$FOUNDER"
STARTUPS=$(get "$FO" /dashboard | grep -o "href=\"/startups/$GUID\"" | grep -o "$GUID" | sort -u)
for p in $(for s in $STARTUPS; do get "$FO" "/startups/$s"; done | grep -o "href=\"/projects/$GUID\"" | grep -o "$GUID" | sort -u); do
  if get "$FM" "/projects/$p" | grep -q 'action="/projects/'"$p"'/pipeline"'; then PROJECT=$p; break; fi
done
[ -z "$PROJECT" ] || break
done
[ -n "$PROJECT" ] || { echo "no published project of a London founder found" >&2; exit 1; }
# The founder's project in the fund's pipeline (idempotent), and an accepted intro for a conversation.
PAGE=/projects/$PROJECT
DEAL_URL=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$FM" -c "$FM" "$BASE/projects/$PROJECT/pipeline" \
  --data-urlencode "__RequestVerificationToken=$(get "$FM" "$PAGE" | token)" --data-urlencode "FundId=$FUND")
DEAL=$(echo "$DEAL_URL" | grep -o "deals/$GUID" | grep -o "$GUID")
CONVERSATION=$(get "$FM" /conversations | grep -o "href=\"/conversations/$GUID\"" | head -1 | grep -o "$GUID" || true)
if [ -z "$CONVERSATION" ]; then
  # (Refused as a duplicate when an earlier run left the request pending: the founder accepts that one.)
  PAGE=/projects/$PROJECT/intro; post "$FM" "/projects/$PROJECT/intro" "FundId=$FUND" "Message=Shall we talk?" >/dev/null 2>&1 || true
  ACCEPT=$(get "$FO" /applications | grep -o "action=\"/applications/intros/$GUID/accept\"" | head -1 | sed 's/action="//;s/"//')
  PAGE=/applications; post "$FO" "$ACCEPT" "Version=$(get "$FO" /applications | grep -A3 "$ACCEPT" | version)" >/dev/null
  CONVERSATION=$(get "$FM" /conversations | grep -o "href=\"/conversations/$GUID\"" | head -1 | grep -o "$GUID")
fi
ME=$(get "$FM" "/funds/$FUND/deals/$DEAL" | grep -o "<option value=\"$GUID\"" | head -1 | grep -o "$GUID")
OTHERS=$(get "$FM" /projects | grep -o "href=\"/projects/$GUID\"" | grep -o "$GUID" | sort -u | grep -v "$PROJECT" | head -1)
# Intros still pending from earlier runs are taken back, so the timed requests are not duplicates.
withdraw_first() {
  PAGE=/funds/$FUND/inbox
  local w; w=$(get "$FM" "$PAGE" | grep -o "action=\"/funds/$FUND/inbox/intros/$GUID/withdraw\"" | head -1 | sed 's/action="//;s/"//')
  [ -n "$w" ] || return 1
  post "$FM" "$w" "Version=$(get "$FM" "$PAGE" | grep -A3 "$w" | version)" > /dev/null
}
while withdraw_first; do :; done
echo "fund manager $FUND_MANAGER, fund $FUND, deal $DEAL, conversation $CONVERSATION; $N of each"

for i in $(seq 1 "$N"); do
  PAGE=/funds/$FUND/deals/$DEAL
  post "$FM" "$PAGE/notes" "Note=Bench note $i" >> "$WORK/note"
  post "$FM" "$PAGE/ratings" "Team=$((i % 5 + 1))" "Market=3" "Technology=4" "Traction=2" "Fit=5" >> "$WORK/rate"
  v=$(get "$FM" "$PAGE" | version)
  # Alternately to the fund manager and to nobody (assigning the same person again is refused).
  if [ "$(get "$FM" "$PAGE" | grep -o "<option value=\"$ME\" selected")" ]; then a=""; else a="$ME"; fi
  post "$FM" "$PAGE/assign" "Version=$v" "AssigneeId=$a" >> "$WORK/assign"
  # Between Screening and Meeting: the form offers every stage but the current one.
  deal=$(get "$FM" "$PAGE"); v=$(echo "$deal" | version)
  if echo "$deal" | grep -q '<option value="Screening"'; then s=Screening; else s=Meeting; fi
  post "$FM" "$PAGE/move" "Version=$v" "Stage=$s" >> "$WORK/move"
  PAGE=/projects/$OTHERS/intro
  post "$FM" "/projects/$OTHERS/intro" "FundId=$FUND" "Message=Bench intro $i" >> "$WORK/intro"
  withdraw_first  # not timed: the next request is then not a duplicate
  PAGE=/conversations/$CONVERSATION
  post "$FM" "$PAGE" "Body=Bench message $i" >> "$WORK/message"
  PAGE=/account/profile
  v=$(get "$FM" "$PAGE" | version)
  post "$FM" "$PAGE" "Version=$v" "DisplayName=$(get "$FM" "$PAGE" | grep -o 'id="DisplayName"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')" >> "$WORK/profile"
done
for f in note rate assign move intro message profile; do report $f; done
