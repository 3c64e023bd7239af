#!/usr/bin/env python3
"""Regenerates iso3166.txt from Debian's iso-codes package (apt-get install iso-codes).

Usage: python3 make-iso3166.py [/usr/share/iso-codes/json] > iso3166.txt
"""
import json
import subprocess
import gzip
import re
import sys
from collections import defaultdict

folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json"
version = subprocess.run(
    ["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True
).stdout.strip() or "unknown"
release = "unknown release"
try:
    with gzip.open("/usr/share/doc/iso-codes/changelog.gz", "rt", encoding="utf-8") as log:
        m = re.search(r"^## \[([0-9.]+)\] . ([0-9-]+)", log.read(), re.M)
        release = f"upstream release {m.group(1)} of {m.group(2)}" if m else release
except OSError:
    pass
countries = sorted(c["alpha_2"] for c in json.load(open(f"{folder}/iso_3166-1.json", encoding="utf-8"))["3166-1"])
subdivisions = defaultdict(list)
for s in json.load(open(f"{folder}/iso_3166-2.json", encoding="utf-8"))["3166-2"]:
    country, _, rest = s["code"].partition("-")
    subdivisions[country].append(rest)
missing = set(subdivisions) - set(countries)
if missing:
    sys.exit(f"subdivisions of unknown countries: {sorted(missing)}")

print("# ISO 3166-1 alpha-2 country codes and ISO 3166-2 subdivision codes, for report validation.")
print(f"# Source: Debian package iso-codes {version} ({release}),")
print("# files iso_3166-1.json and iso_3166-2.json; iso-codes is LGPL-2.1-or-later.")
print("# Regenerate with make-iso3166.py beside this file.")
print(f"# {len(countries)} countries, {sum(len(v) for v in subdivisions.values())} subdivisions.")
print("# One country a line: its alpha-2 code, then the part after 'CC-' of each of its subdivision codes.")
for country in countries:
    print(" ".join([country] + sorted(subdivisions[country])))
