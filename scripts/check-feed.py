#!/usr/bin/env python3
"""Parses an iCalendar document with an independent parser (the `icalendar` package from PyPI) and prints
what it read as JSON, for ttbd's feed test to compare with the database.

Usage: scripts/check-feed.py [FILE]   (standard input without FILE)

Prints {"calendar": {...}, "events": [{"uid", "sequence", "status", "start", "end", "summary", "location",
"description"}, ...]}: start and end as UTC instants (YYYY-MM-DDTHH:MM:SSZ), or "floating:…"/"date:…" when the
feed wrote a time without a zone or a bare date, so the test sees it; text values unescaped. Exits 65 when
the document does not parse.
"""
import json
import sys
from datetime import date, datetime, timezone

import icalendar


def instant(value):
    moment = value.dt
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            return "floating:" + moment.isoformat()
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(moment, date):
        return "date:" + moment.isoformat()
    return "unknown:" + repr(moment)


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def main():
    data = open(sys.argv[1], "rb").read() if len(sys.argv) > 1 else sys.stdin.buffer.read()
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        print(f"not an iCalendar document: {error}", file=sys.stderr)
        return 65
    events = []
    for event in calendar.walk("VEVENT"):
        events.append({
            "uid": text(event, "UID"),
            "sequence": int(event.get("SEQUENCE", 0)),
            "status": text(event, "STATUS"),
            "start": instant(event["DTSTART"]),
            "end": instant(event["DTEND"]),
            "stamp": instant(event["DTSTAMP"]) if "DTSTAMP" in event else None,
            "summary": text(event, "SUMMARY"),
            "location": text(event, "LOCATION"),
            "description": text(event, "DESCRIPTION"),
        })
    print(json.dumps({
        "calendar": {"version": text(calendar, "VERSION"), "prodid": text(calendar, "PRODID"),
                     "method": text(calendar, "METHOD")},
        "events": events,
    }, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
