"""Reads {"id", "dct", "text"} JSONL on standard input and tags each text with dateparser's
search_dates, relative to its document date; prints the number of expressions found."""
import datetime
import json
import sys

from dateparser.search import search_dates

found = 0
for line in sys.stdin:
    if not line.strip():
        continue
    doc = json.loads(line)
    base = datetime.datetime.fromisoformat(doc["dct"]) if doc.get("dct") else datetime.datetime.now()
    result = search_dates(doc["text"], languages=["en"], settings={"RELATIVE_BASE": base})
    found += len(result or [])
print(found)
