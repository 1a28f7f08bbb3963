#!/usr/bin/env python3
"""A lab's system (LIMS) takes one sample from the lab's inbox to an issued report over the documented API
(GET /v3/api-docs), with the Python standard library only. The lab's own steps use its Bearer token (issued by
the security administrator); the report's review and approval are decisions of people (HTTP Basic, given in
REVIEWER and APPROVER as user:password; without them the script stops when the report waits for review).

    SPOTCHECK_URL=http://localhost:8080 SPOTCHECK_TOKEN=sct_... python3 lims.py <case number> <test seal number> results.json

results.json: {"results": {"<item code>": "<result>", ...}} (schema EnterResultsCommand).
"""
import base64
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

URL = os.environ.get("SPOTCHECK_URL", "http://localhost:8080")


class Problem(Exception):
    """An RFC 9457 problem answer: status, rule and detail."""


def call(method, path, authorization, body=None, headers=None):
    request = urllib.request.Request(URL + path, method=method)
    request.add_header("Authorization", authorization)
    data = None
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, data=data, timeout=60) as response:
            raw = response.read()
            kind = response.headers.get("Content-Type", "")
            return json.loads(raw) if raw and "json" in kind else raw
    except urllib.error.HTTPError as error:
        problem = json.loads(error.read() or b"{}")
        raise Problem(f"{method} {path}: {error.code} {problem.get('rule')} {problem.get('detail')} {problem.get('errors', '')}")


def bearer(token):
    return "Bearer " + token


def basic(user_and_password):
    return "Basic " + base64.b64encode(user_and_password.encode("utf-8")).decode("ascii")


def task_of(authorization, task_key, case_number):
    """The id of the task with this key for this case in the caller's inbox (TaskView), or None."""
    tasks = call("GET", "/api/tasks?" + urllib.parse.urlencode({"taskKey": task_key}), authorization)
    return next((t["id"] for t in tasks if t["businessKey"] == case_number), None)


def main(case_number, seal, results_file):
    lab = bearer(os.environ["SPOTCHECK_TOKEN"])

    # 1-2. receive the sample: sample code on the label, seal number read on the sample (ReceiveSampleCommand)
    task = task_of(lab, "receiveSample", case_number)
    if task is None:
        sys.exit(f"no receiveSample task for {case_number} in the lab's inbox")
    call("POST", f"/api/tasks/{task}/complete", lab,
         {"sampleCode": "YP-" + case_number, "testSealNumber": seal, "sealIntact": True})
    print("received YP-" + case_number)

    # 3. the lab sample of the case (LabSampleView)
    sample = next(s["id"] for s in call("GET", "/api/lab-samples", lab) if s["taskCode"] == case_number)

    # 4. submit the results once; a retry with the same Idempotency-Key returns the first answer (201 LimsSubmission)
    with open(results_file, encoding="utf-8") as f:
        results = json.load(f)
    submission = call("POST", f"/api/lims/lab-samples/{sample}/results", lab, results,
                      {"Idempotency-Key": f"lims-{case_number}-{sample}"})
    report = submission["reportId"]
    print(f"report {report} drafted: {submission['conclusion']}")

    # 5. review and approval (审核报告, 批准报告) by people of the lab (DecisionForm)
    reviewer, approver = os.environ.get("REVIEWER"), os.environ.get("APPROVER")
    if not reviewer or not approver:
        print(f"report {report} waits for review (set REVIEWER and APPROVER to decide it here)")
        return
    for person, task_key in ((reviewer, "reviewReport"), (approver, "approveReport")):
        task = task_of(basic(person), task_key, case_number)
        if task is None:
            sys.exit(f"no {task_key} task for {case_number}")
        call("POST", f"/api/tasks/{task}/complete", basic(person), {"decision": "APPROVE"})
        print(task_key + " done")

    # 6. the issued report (ReportView) and its PDF
    issued = call("GET", f"/api/reports/{report}", lab)
    pdf = call("GET", f"/api/reports/{report}/pdf", lab)
    with open(f"report-{report}.pdf", "wb") as f:
        f.write(pdf)
    print(f"report {issued['status']} {issued['reportNo']}, saved as report-{report}.pdf")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    try:
        main(*sys.argv[1:])
    except Problem as problem:
        sys.exit(str(problem))
