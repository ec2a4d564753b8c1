"""Checks the annotated page's JSON-LD with real extractors.

extruct takes the JSON-LD out of the page as a linked-data tool would;
pyld expands it to IRIs (schema.org's context, which sets @vocab to
schema.org, is served locally: CI has no network). Every figure of the
figures CSV must be one schema.org Observation with its id as identifier,
its value as value, and its finite bounds as minValue and maxValue.

Usage: python3 .ci/jsonld.py page.html data/shenyang-2019.csv
"""

import csv
import sys

import extruct
from pyld import jsonld

SCHEMA = "http://schema.org/"


def loader(url, options=None):
    """Serves schema.org's context without the network."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": {"@context": {"@vocab": SCHEMA}}}
    raise jsonld.JsonLdError("no network in CI", "loading document failed", {"url": url})


def value(node, prop):
    """The one literal of prop in an expanded node, or None."""
    vals = node.get(SCHEMA + prop, [])
    if len(vals) > 1:
        raise SystemExit(f"{prop}: {len(vals)} values")
    return vals[0].get("@value") if vals else None


def main(page, figures_csv):
    with open(page, encoding="utf-8") as f:
        html = f.read()
    blocks = extruct.extract(html, syntaxes=["json-ld"])["json-ld"]
    if len(blocks) != 1:
        raise SystemExit(f"{len(blocks)} JSON-LD blocks, want 1")
    expanded = jsonld.expand(blocks[0], {"documentLoader": loader})
    nodes = expanded[0]["@graph"] if expanded and "@graph" in expanded[0] else expanded
    datasets = [n for n in nodes if SCHEMA + "Dataset" in n.get("@type", [])]
    if len(datasets) != 1:
        raise SystemExit(f"{len(datasets)} Dataset nodes, want 1")
    obs = {}
    for n in nodes:
        if SCHEMA + "Observation" in n.get("@type", []):
            obs[value(n, "identifier")] = n
    with open(figures_csv, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    failures = []
    for row in rows:
        n = obs.get(row["id"])
        if n is None:
            failures.append(f"{row['id']}: no Observation")
            continue
        for prop, col in (("value", "value"), ("minValue", "low"), ("maxValue", "high")):
            want = row[col] or None
            if value(n, prop) != want:
                failures.append(f"{row['id']}: {prop} {value(n, prop)!r}, want {want!r}")
        if value(n, "unitText") != row["unit"]:
            failures.append(f"{row['id']}: unitText {value(n, 'unitText')!r}, want {row['unit']!r}")
    if len(obs) != len(rows):
        failures.append(f"{len(obs)} Observations for {len(rows)} figures")
    for msg in failures:
        print("FAIL", msg)
    if failures:
        raise SystemExit(f"{len(failures)} JSON-LD checks failed")
    print(f"ok: one Dataset and {len(obs)} Observations, every id, value and bound of the CSV")


if __name__ == "__main__":
    main(*sys.argv[1:])
