#!/usr/bin/env bash
# A lab's system (LIMS) takes one sample from the lab's inbox to an issued report over the documented API
# (GET /v3/api-docs), with curl and jq. The lab's own steps use its Bearer token (issued by the security
# administrator); the report's review and approval are decisions of people (HTTP Basic, given in REVIEWER and
# APPROVER as user:password; without them the script stops when the report waits for review).
#
#   SPOTCHECK_URL=http://localhost:8080 SPOTCHECK_TOKEN=sct_... ./lims.sh <case number> <test seal number> results.json
#
# results.json: {"results": {"<item code>": "<result>", ...}} (schema EnterResultsCommand).
set -euo pipefail
url="${SPOTCHECK_URL:-http://localhost:8080}"
token="${SPOTCHECK_TOKEN:?SPOTCHECK_TOKEN: the lab token (sct_...)}"
case_number="${1:?case number, e.g. JH-2027-0001-01-01}"
seal="${2:?the seal number of the test portion, as read on the sample}"
results="${3:?a JSON file with the results}"

lab=(-H "Authorization: Bearer $token")
json=(-H 'Content-Type: application/json')
# -f: any error answer (application/problem+json) stops the script; --show-error prints the status
call() { curl -sS -f "$@"; }

# 1. the receipt task (样品接收) of this case in the lab's inbox (TaskView)
task=$(call "${lab[@]}" "$url/api/tasks?taskKey=receiveSample" \
  | jq -r --arg c "$case_number" '[.[] | select(.businessKey == $c)][0].id // empty')
[ -n "$task" ] || { echo "no receiveSample task for $case_number in the lab's inbox" >&2; exit 1; }

# 2. receive the sample: sample code on the label, seal number read on the sample (TaskForm: ReceiveSampleCommand)
call "${lab[@]}" "${json[@]}" -X POST "$url/api/tasks/$task/complete" \
  -d "$(jq -n --arg code "YP-$case_number" --arg seal "$seal" '{sampleCode: $code, testSealNumber: $seal, sealIntact: true}')"
echo "received YP-$case_number"

# 3. the lab sample of the case (LabSampleView)
sample=$(call "${lab[@]}" "$url/api/lab-samples" | jq -r --arg c "$case_number" '[.[] | select(.taskCode == $c)][0].id')

# 4. submit the results once: the same Idempotency-Key makes a retry after a lost answer safe (201 LimsSubmission)
submission=$(call "${lab[@]}" "${json[@]}" -H "Idempotency-Key: lims-$case_number-$sample" \
  -X POST "$url/api/lims/lab-samples/$sample/results" -d @"$results")
report=$(jq -r '.reportId' <<<"$submission")
echo "report $report drafted: $(jq -r '.conclusion' <<<"$submission")"

# 5. review and approval (审核报告, 批准报告) by people of the lab (TaskForm: DecisionForm)
decide() { # user:password taskKey
  local id
  id=$(call -u "$1" "$url/api/tasks?taskKey=$2" | jq -r --arg c "$case_number" '[.[] | select(.businessKey == $c)][0].id // empty')
  [ -n "$id" ] || { echo "no $2 task for $case_number" >&2; exit 1; }
  call -u "$1" "${json[@]}" -X POST "$url/api/tasks/$id/complete" -d '{"decision": "APPROVE"}'
  echo "$2 done"
}
if [ -z "${REVIEWER:-}" ] || [ -z "${APPROVER:-}" ]; then
  echo "report $report waits for review (set REVIEWER and APPROVER to decide it here)"
  exit 0
fi
decide "$REVIEWER" reviewReport
decide "$APPROVER" approveReport

# 6. the issued report (ReportView) and its PDF
status=$(call "${lab[@]}" "$url/api/reports/$report" | jq -r '.status + " " + .reportNo')
call "${lab[@]}" -o "report-$report.pdf" "$url/api/reports/$report/pdf"
echo "report $status, saved as report-$report.pdf"
