#!/usr/bin/env bash
# Measures CSV import through the pages, as a key account manager would do it: starts Keyline on a
# fresh embedded database seeded with N demo accounts (so duplicates are checked against real
# data: 10,000 accounts and some 200,000 contacts by default), then uploads, previews and confirms
# a file of ROWS accounts (Salesforce report shape, every tenth a subsidiary of the row before),
# then a file of ROWS contacts of those accounts (HubSpot shape), then the accounts file again with
# every row a duplicate to update. Prints the time of each request (curl) and how long the
# listeners took afterwards (grading and coverage summaries, from Keyline's log).
#   scripts/bench-import.sh [rows=10000] [accounts=10000]
# Uses ports $PORT (8097) and $DB_PORT (54397) and a folder under /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-10000}; ACCOUNTS=${2:-10000}; REQUESTS=0; CONCURRENCY=1
PORT=${PORT:-8097}; DB_PORT=${DB_PORT:-54397}
source scripts/bench-lib.sh
start_keyline
grep -a "Seeding demo data\|Started KeylineApplication" "$DATA/keyline.log" | sed 's/^.*: //'
sign_in_as manager

python3 - "$ROWS" "$DATA" <<'PY'
import sys
rows, folder = int(sys.argv[1]), sys.argv[2]
industries = ["Banking", "Retail", "Biotechnology", "Energy", "Manufacturing", "Technology"]
countries = ["Germany", "United States", "FR", "Sweden", "Japan", "Brazil"]
with open(folder + "/accounts.csv", "w", encoding="utf-8", newline="") as f:
    f.write("Account Name,Industry,Billing Country,Employees,Website,Parent Account,Description\r\n")
    for i in range(rows):
        parent = f"Bench Import {i - 1}" if i % 10 == 9 else ""
        f.write(f'Bench Import {i},{industries[i % 6]},{countries[i % 6]},"{100 + i:,}",'
                f'www.bench-import-{i}.example,{parent},"Imported, row {i}"\r\n')
titles = ["Chief Executive Officer", "VP Sales", "IT Manager", "Software Engineer", "Buyer", ""]
with open(folder + "/contacts.csv", "w", encoding="utf-8", newline="") as f:
    f.write("Record ID,First Name,Last Name,Email,Phone Number,Job Title,Associated Company\r\n")
    for i in range(rows):
        f.write(f"{i},First{i},Last{i},person{i}@bench-import.example,+49 40 {i:06d},{titles[i % 6]},"
                f"Bench Import {i % rows}\r\n")
PY
ls -l "$DATA"/accounts.csv "$DATA"/contacts.csv | awk '{print $5, $9}'

token() {
  curl -s -b "$JAR" -c "$JAR" "$BASE/accounts/import" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//;s/"//'
}
listener_lines() { grep -ac "Graded every account in\|Refreshed coverage of every account in" "$DATA/keyline.log" || true; }

# import KIND FILE DUPLICATES SEEN_DUPLICATES
import() {
  local kind=$1 file=$2 choice=$3 seen=$4 token out preview
  token=$(token)
  local before; before=$(listener_lines)
  out=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url} %{time_total}' \
    -F "kind=$kind" -F "_csrf=$token" -F "file=@$file;type=text/csv" "$BASE/accounts/import")
  preview=${out% *}
  printf '%-9s %s rows: upload  %6.0f ms\n' "$kind" "$ROWS" "$(echo "${out#* } * 1000" | bc)"
  out=$(curl -s -b "$JAR" -o "$DATA/preview.html" -w '%{time_total}' "$preview")
  printf '%-9s %s rows: preview %6.0f ms  (%s)\n' "$kind" "$ROWS" "$(echo "$out * 1000" | bc)" \
    "$(grep -o '[0-9,]* new [a-z]*\|[0-9,]* already in Keyline\|[0-9,]* failing rows\?' "$DATA/preview.html" | head -3 | tr '\n' ' ')"
  out=$(curl -s -b "$JAR" -o /dev/null -w '%{http_code} %{time_total}' \
    -d "_csrf=$token&duplicates=$choice&seenFailing=0&seenDuplicates=$seen" "$preview")
  printf '%-9s %s rows: confirm %6.0f ms  (HTTP %s)\n' "$kind" "$ROWS" "$(echo "${out#* } * 1000" | bc)" "${out% *}"
  local waited=0
  until [ "$(listener_lines)" -ge $((before + 2)) ] || [ $waited -ge 300 ]; do sleep 1; waited=$((waited + 1)); done
  grep -a "Graded every account in\|Refreshed coverage of every account in\|imported" "$DATA/keyline.log" | tail -3 \
    | sed 's/^.*: /    /'
}

import ACCOUNTS "$DATA/accounts.csv" SKIP 0
import CONTACTS "$DATA/contacts.csv" SKIP 0
import ACCOUNTS "$DATA/accounts.csv" UPDATE "$ROWS"
