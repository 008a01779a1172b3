#!/usr/bin/env python3
"""Validates a newsgraph JSON report against the published JSON Schema.

Usage: validate_report.py SCHEMA REPORT
Also checks what a schema cannot: every span lies inside its document's text.
"""
import json
import sys

import jsonschema


def check_spans(report):
    problems = []
    for doc in report["documents"]:
        size = len(doc["text"].encode("utf-8"))
        for field in ("mentions", "quotes", "quantities", "times"):
            for item in doc[field]:
                if not 0 <= item["start"] <= item["end"] <= size:
                    problems.append(f'{doc["id"]}: {field} span {item["start"]}..{item["end"]} outside text')
        for start, end in doc["sentences"]:
            if not 0 <= start < end <= size:
                problems.append(f'{doc["id"]}: sentence span {start}..{end} outside text')
    return problems


def main():
    schema_path, report_path = sys.argv[1], sys.argv[2]
    with open(schema_path) as f:
        schema = json.load(f)
    with open(report_path) as f:
        report = json.load(f)
    jsonschema.validate(report, schema)
    problems = check_spans(report)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"{report_path}: valid ({len(report['documents'])} documents, "
          f"{len(report['entities'])} entities, {len(report['stories'])} stories)")


if __name__ == "__main__":
    main()
