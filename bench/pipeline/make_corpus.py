#!/usr/bin/env python3
"""Writes a realistic JSON Lines news corpus of about SIZE megabytes.

Usage: make_corpus.py SIZE_MB OUT.jsonl [SHARED_DIR]

Articles come from the Reuters-21578 newswire in SHARED_DIR (../shared by
default) and from the bundled examples/, repeated with shifted dates and
lightly perturbed ids until the size is reached, so every run of the benchmark
reads the same bytes. Without the shared data, only the examples are used.
"""
import datetime
import json
import os
import sys


def example_articles(root):
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if name.endswith(".txt"):
            lines = open(path, encoding="utf-8").read().splitlines()
            body = [l for l in lines if not l.lower().lstrip().startswith(("date", "source:", "title:"))]
            yield {"id": name, "source": "examples", "date": "2024-10-29", "text": "\n".join(body)}
        elif name.endswith(".jsonl"):
            for line in open(path, encoding="utf-8"):
                yield json.loads(line)


def main():
    size = int(float(sys.argv[1]) * 1e6)
    out_path = sys.argv[2]
    shared = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "../../../shared")
    here = os.path.dirname(os.path.abspath(__file__))
    articles = list(example_articles(os.path.join(here, "../../examples")))
    reuters = os.path.join(shared, "data/unlabeled/reuters21578/articles.jsonl")
    if os.path.exists(reuters):
        with open(reuters, encoding="utf-8") as f:
            articles += [json.loads(l) for l in f if l.strip()]
    else:
        print(f"note: {reuters} not found; corpus built from examples/ only", file=sys.stderr)
    written = 0
    repeat = 0
    with open(out_path, "w", encoding="utf-8") as out:
        while written < size:
            for a in articles:
                if written >= size:
                    break
                row = dict(a)
                row["id"] = f'{a.get("id")}-r{repeat}'
                if a.get("date"):
                    d = datetime.date.fromisoformat(a["date"][:10]) + datetime.timedelta(days=7 * repeat)
                    row["date"] = d.isoformat()
                line = json.dumps(row, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
            repeat += 1
    print(f"wrote {written / 1e6:.1f} MB to {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
