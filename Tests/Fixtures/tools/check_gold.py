#!/usr/bin/env python3
"""Checks an annotated set's gold.json: every alias occurs in its document (the scorer's mention test),
every scored entity is mentioned, every event pattern matches its own name and no other surface, and
the plausible labels in the set's tools/labels.json each resolve to their event alone.

Run from the repository: python3 Tests/Fixtures/tools/check_gold.py Tests/Fixtures/HeldOut15
The scorer is read from ../shared/eval beside the repository, or from $KGRAPH_EVAL."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("KGRAPH_EVAL", os.path.join(HERE, "..", "..", "..", "..", "shared", "eval")))
import score  # the scorer itself
if len(sys.argv) != 2:
    sys.exit("usage: check_gold.py SET_FOLDER (holding gold.json, docs/ and tools/labels.json)")
ROOT = sys.argv[1]
gold_path = os.path.join(ROOT, "gold.json")
data = json.load(open(gold_path, encoding="utf-8"))
G = score.Gold(gold_path, ROOT)
problems = []

# 1. every name in aliases occurs in its document (scorer's mention regex)
for doc in data["documents"]:
    text = open(os.path.join(ROOT, doc["file"]), encoding="utf-8").read()
    body = text
    if doc["file"].endswith(".tsv"):  # only the Content column counts
        body = "\n".join(l.split("\t", 1)[0] for l in text.split("\n")[1:])
    for e in doc["entities"]:
        for a in e["aliases"]:
            if not score.mention_regex(a).search(body):
                problems.append(f"alias not in text: {a!r} ({e['name']}, {doc['file']})")
        # scored non-event entities must be mentioned at least once as their own (longest-first) mention
    local = [(i, [e["name"]] + e["aliases"], e["optional"]) for i, e in enumerate(doc["entities"])]
    present = set()
    for seg in score.segments(os.path.join(ROOT, doc["file"])):
        present |= score.mentioned(seg, local)
    for i, e in enumerate(doc["entities"]):
        if not e["optional"] and e["aliases"] and i not in present:
            problems.append(f"scored entity never mentioned (swallowed by a longer name?): {e['name']} ({doc['file']})")

# 2. patterns
events = [g for g in G.entities if g["type"] == "event"]
nonevents = [g for g in G.entities if g["type"] != "event"]
for g in events:
    for p in g["patterns"]:
        if not p.search(g["name"]):
            problems.append(f"pattern does not match own name: {g['name']}")
    for h in events:
        if h is g:
            continue
        for s in [h["name"]] + [a for a in h["surfaces"]]:
            for p in g["patterns"]:
                if p.search(s):
                    problems.append(f"pattern of {g['name']!r} matches {h['name']!r} surface {s!r}")
    for h in nonevents:
        for s in [h["name"]] + list(h["surfaces"]):
            for p in g["patterns"]:
                if p.search(s):
                    problems.append(f"pattern of {g['name']!r} matches non-event {h['name']!r} ({s!r})")
# raw aliases too (not normalised)
for doc in data["documents"]:
    for e in doc["entities"]:
        for a in e["aliases"]:
            for g in events:
                if g["name"] == e["name"]:
                    continue
                for p in g["patterns"]:
                    if p.search(a):
                        problems.append(f"pattern of {g['name']!r} matches raw alias {a!r} of {e['name']!r}")

# 3. event aliases contain no other entity's name
for doc in data["documents"]:
    names = [(e["name"], a) for e in doc["entities"] if e["type"] != "event" for a in e["aliases"]]
    for e in doc["entities"]:
        if e["type"] != "event":
            continue
        for a in e["aliases"]:
            for n, b in names:
                if score.mention_regex(b).search(a):
                    problems.append(f"event alias {a!r} contains the name {b!r} of {n}")

# 4. surface collisions across different entities
idx = collections.defaultdict(set)
for g in G.entities:
    for s in g["surfaces"]:
        idx[s].add((g["name"], g["type"], g["optional"]))
for s, v in idx.items():
    if len(v) > 1:
        print("shared surface:", s, sorted(v))

# 5. plausible labels
labels = json.load(open(os.path.join(ROOT, "tools", "labels.json"), encoding="utf-8"))
bad = 0
for want, labs in labels.items():
    for lab in labs:
        hits = G.match(lab, [])
        ev = [h for h in hits if G.entities[h]["type"] == "event"]
        got = sorted(G.entities[h]["name"] for h in ev)
        if got != [want]:
            bad += 1
            problems.append(f"label {lab!r}: want {want!r}, got {got}")
print(f"{sum(len(v) for v in labels.values())} labels checked, {bad} wrong")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"{len(problems)} problems")
