#!/usr/bin/env python3
"""Turns the statements one console page ran, as PostgreSQL logged them (log_statement = all), into a pgbench
script that runs the same SQL with the same values: scripts/bench/console's reference.

Usage: console-sql.py LOG-EXCERPT > page.sql

Each `execute <name>: SQL` (the extended protocol postgres-nio speaks) or `statement: SQL` entry, with the values
of its `DETAIL:  parameters: $1 = '…'` line put in place of $1, $2…, becomes one line of the script.
"""
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\] (LOG|DETAIL):  (.*)$")
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")

entries = []
for line in open(sys.argv[1], encoding="utf-8"):
    match = ENTRY.match(line.rstrip("\n"))
    if match:
        entries.append([match.group(1), match.group(2)])
    elif entries and line.startswith("\t"):
        entries[-1][1] += "\n" + line[1:].rstrip("\n")

statements = []
for kind, text in entries:
    if kind == "LOG":
        sql = re.sub(r"^(execute [^:]*|statement): ", "", text, count=1)
        if sql != text and "ALTER SYSTEM" not in sql and "pg_reload_conf" not in sql:
            statements.append([sql, {}])
    elif kind == "DETAIL" and text.startswith("parameters: ") and statements:
        statements[-1][1] = {int(n): value for n, value in PARAMETER.findall(text)}


def without_line_comments(sql):
    """Drops `-- …` comments outside quoted text: the script puts each statement on one line, where a comment
    would swallow the rest of the statement."""
    return "\n".join(re.sub(r"^((?:[^'-]|'(?:[^']|'')*'|-(?!-))*)--.*$", r"\1", line) for line in sql.split("\n"))


for sql, values in statements:
    bound = re.sub(r"\$(\d+)\b", lambda m: values.get(int(m.group(1)), m.group(0)), without_line_comments(sql))
    line = " ".join(bound.split())
    print(line if line.endswith(";") else line + ";")
