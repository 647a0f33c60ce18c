#!/usr/bin/env python3
"""Writes the ladders the export benchmark and the layout checks use (text written for Dualtrack):
   bench/ladder-60.ladder.json         60 levels, 10 behaviours each (the speed benchmark)
   src/test/resources/app/dualtrack/export/long-behaviours.ladder.json
                                       technical-only, 5 levels, 25 long behaviours per level in 4 areas
Run from the repository root: python3 bench/make-ladders.py"""
import json

AREAS = [("systems", "Systems and architecture"), ("delivery", "Delivery and quality"),
         ("direction", "Technical direction"), ("people", "Working with others")]
VERBS = ["Designs", "Reviews", "Simplifies", "Measures", "Hardens", "Documents", "Replaces", "Benchmarks", "Untangles", "Migrates"]
OBJECTS = ["the storage layer that several product teams write to", "the deployment pipeline that every service ships through",
           "the billing integration and the failure modes it hides", "the search index and the latency budget it must meet",
           "the shared client libraries that mobile and web teams depend on", "the data model behind the reporting tools"]
TAILS = ["so that a change in one team no longer forces a release in another, and explains the trade-off in writing.",
         "with measurements before and after, and keeps the result visible on the team's dashboard.",
         "while the system keeps serving traffic, and leaves a plan that others can finish without them.",
         "and retires the parts nobody needs any more, after checking who still calls them."]


def sentence(i, j):
    return f"{VERBS[(i + j) % len(VERBS)]} {OBJECTS[(i * 3 + j) % len(OBJECTS)]} {TAILS[(i + 2 * j) % len(TAILS)]}"


def level(prefix, i, title, n_primary, n_supporting, areas=False, extra=None):
    lv = {"id": f"{prefix}-{i}", "title": title, "code": f"{prefix.upper()}{i}",
          "summary": f"Holds problems of a size that {title} is trusted with, and leaves them simpler than found.",
          "scope": f"Systems and decisions at the reach of a {title.lower()}: wider than the level below, measured by what others can build on.",
          "primary": [], "supporting": []}
    for j in range(n_primary):
        text = sentence(i, j)
        lv["primary"].append({"text": text, "area": AREAS[j % 3][0]} if areas else text)
    for j in range(n_supporting):
        text = f"Helps colleagues with {OBJECTS[(i + j) % len(OBJECTS)]}, by pairing, reviewing and writing down what they learn."
        lv["supporting"].append({"text": text, "area": "people"} if areas else text)
    if extra:
        lv.update(extra)
    return lv


def sixty():
    shared = [level("l", i, f"Engineer {i}", 7, 3) for i in range(1, 5)]
    tech = [level("ic", i, f"Technical Level {i}", 7, 3) for i in range(5, 33)]
    mgmt = [level("m", i, f"Management Level {i}", 7, 3) for i in range(1, 29)]
    for t, m in zip(tech, mgmt):
        t["peer"] = m["id"]
    tech[-1]["growth"] = ["depth", "breadth", "external"]
    return {"format": "ladder", "formatVersion": 1, "name": "Sixty-Level Benchmark Ladder", "organisation": "Benchmark Co",
            "headcount": 4000, "edition": "bench", "reviewed": "2026-06-01", "shared": shared, "technical": tech, "management": mgmt,
            "visibility": [{"kind": "scope-document", "title": "Quarterly scope document", "cadence": "quarterly", "appliesFrom": "ic-5",
                            "required": True}]}


def long_behaviours():
    titles = ["Engineer", "Senior Engineer", "Staff Engineer", "Principal Engineer", "Fellow"]
    tech = [level("ic", i + 1, t, 22, 3, areas=True) for i, t in enumerate(titles)]
    tech[-1]["growth"] = ["depth", "breadth", "external"]
    return {"format": "ladder", "formatVersion": 1, "name": "Long-Form Technical Ladder", "organisation": "Example Works",
            "edition": "2026.2", "reviewed": "2026-10-01",
            "areas": [{"id": a, "title": t} for a, t in AREAS], "shared": [], "technical": tech, "management": [],
            "visibility": [{"kind": "technical-review", "title": "Technical review", "cadence": "quarterly", "appliesFrom": "ic-3",
                            "required": True}]}


for path, ladder in [("bench/ladder-60.ladder.json", sixty()),
                     ("src/test/resources/app/dualtrack/export/long-behaviours.ladder.json", long_behaviours())]:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(ladder, f, indent=2, ensure_ascii=False)
        f.write("\n")
