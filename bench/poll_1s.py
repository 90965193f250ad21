"""A Query Data API client that polls every second (as bendrucker's Python client does): the baseline
`bench/query.sh` compares `cruddur-obs query run` with. Standard library only.

Usage: poll_1s.py API_URL CONFIG_KEY DATASET SPEC_JSON
Creates the query, creates its result (no series), sleeps 1 s between checks until it is complete, and
prints the rows as a plain table on stdout.
"""

import json
import sys
import time
import urllib.request


def call(method, url, key, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("X-Honeycomb-Team", key)
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def main():
    api, key, dataset, spec = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    query = call("POST", f"{api}/1/queries/{dataset}", key, spec)
    result = call("POST", f"{api}/1/query_results/{dataset}", key, {"query_id": query["id"], "disable_series": True})
    while not result.get("complete"):
        time.sleep(1)
        result = call("GET", f"{api}/1/query_results/{dataset}/{result['id']}", key)
    if "error" in result:
        sys.exit(f"query failed: {result['error']}")
    rows = [row["data"] for row in result["data"]["results"]]
    columns = list(spec.get("breakdowns", [])) + list(rows[0].keys() - set(spec.get("breakdowns", []))) if rows else []
    print("  ".join(columns))
    for row in rows:
        print("  ".join(str(row.get(column, "")) for column in columns))


if __name__ == "__main__":
    main()
