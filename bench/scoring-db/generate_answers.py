#!/usr/bin/env python3
"""Writes a national-size synthetic answer set as CSV for COPY into the answers table.

Input on stdin: the methodology tree (GET /api/v1/methodologies/ombudsman-2022) as JSON.
Argument 1: a CSV of locus units (entity_code,unit_code). Output on stdout: the answers CSV.
Respondents per data source follow the 2022 methodology's targets: 4 officials, 2 complaint officers,
2 observed products, 1 document check per unit, and ~16 service users per unit (65,000 nationally).
Seeded, so every run loads the same data.
"""
import csv
import json
import random
import sys

USERS_NATIONALLY = 65_000

tree = json.load(sys.stdin)
indicators = []
for dimension in tree["dimensions"]:
    for variable in dimension["variables"]:
        for indicator in variable["indicators"]:
            indicators.append((indicator["code"], indicator["source"], len(indicator["scale"]["levels"]) - 1))

units = [tuple(row) for row in csv.reader(open(sys.argv[1]))]
rng = random.Random(2024)
users_per_unit = [USERS_NATIONALLY // len(units)] * len(units)
for i in range(USERS_NATIONALLY - sum(users_per_unit)):
    users_per_unit[i] += 1

out = csv.writer(sys.stdout)
answers = 0
for (entity, unit), users in zip(units, users_per_unit):
    quality = rng.uniform(0.45, 1.0)
    for code, source, top in indicators:
        if source == "OFFICIAL_INTERVIEW":
            slots = [("", r) for r in range(1, 5)]
        elif source == "COMPLAINT_OFFICER_INTERVIEW":
            slots = [("", r) for r in range(1, 3)]
        elif source == "OBSERVATION":
            slots = [("P1", 1), ("P2", 1)]
        elif source == "USER_INTERVIEW":
            slots = [("", r) for r in range(1, users + 1)]
        else:
            slots = [("", 1)]
        for product, respondent in slots:
            level = min(top, max(0, round(rng.gauss(quality * top, 0.8))))
            out.writerow([2024, entity, unit, product, code, respondent, level])
            answers += 1
print(f"{len(units)} units, {answers} answers, {sum(users_per_unit)} user interviews", file=sys.stderr)
