#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a calendar written by `keel-cli export ics` with a real RFC 5545 parser (Debian's
# python3-icalendar) and the line rules that parser forgives: CRLF ends, 75-octet lines.
# Prints one line per event ("UID|DTSTART|SUMMARY|DESCRIPTION") for the C++ test to compare.
import sys

import icalendar

data = open(sys.argv[1], "rb").read()
lines = data.split(b"\r\n")
assert lines[-1] == b"", "the file does not end with CRLF"
for number, line in enumerate(lines[:-1], 1):
    assert b"\n" not in line and b"\r" not in line, f"line {number}: a bare line break"
    assert len(line) <= 75, f"line {number}: {len(line)} octets"
    line.decode("utf-8")  # a fold never splits a character

calendar = icalendar.Calendar.from_ical(data)
assert calendar["VERSION"] == "2.0"
assert calendar.get("PRODID")
uids = set()
for event in calendar.walk("VEVENT"):
    uid = str(event["UID"])
    assert uid not in uids, f"UID {uid} twice"
    uids.add(uid)
    assert event.get("DTSTAMP") is not None
    start = event.decoded("DTSTART")
    print(f"{uid}|{start.isoformat()}|{event['SUMMARY']}|{event['DESCRIPTION']}".replace("\n", "\\n"))
