#!/usr/bin/env python3
"""Checks the core's module graph: no import cycle, and imports flow one way between layers.

Reads the DOT graph that `cargo modules dependencies` prints with functions, types and traits
filtered out (so each item's `use` edges are credited to the module that owns it) and fails
when

- modules form a cycle (a child that uses its parent while the parent uses the child counts);
- a module imports through the crate root (`crate::Case` instead of the defining path);
- a layer imports from a layer to its right: model <- frameworks, screening <- insight <- render;
  screening reads only the model; validate and cases read the model and the frameworks.

Usage: cargo modules dependencies ... --layout dot | python3 scripts/check_modules.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

CRATE = "berdaya"

# What each layer (a top-level module of the core) may import besides itself.
ALLOWED = {
    "model": set(),
    "frameworks": {"model"},
    "screening": {"model"},
    "validate": {"model", "frameworks"},
    "insight": {"model", "frameworks", "screening", "validate"},
    "render": {"model", "frameworks", "screening", "validate", "insight"},
    "exchange": {"model", "frameworks", "screening", "validate", "insight"},
    "cases": {"model", "frameworks", "validate"},
    # The prelude only re-exports the names most programs need; nothing imports it.
    "prelude": {"model", "frameworks", "screening", "validate", "insight", "render"},
}

EDGE = re.compile(r'^\s*"([^"]+)"\s*->\s*"([^"]+)"\s*\[label="uses"')


def layer(module: str) -> str | None:
    parts = module.split("::")
    return parts[1] if len(parts) > 1 else None


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    nodes = sorted(set(graph) | {t for ts in graph.values() for t in ts})
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def main() -> int:
    graph: dict[str, set[str]] = defaultdict(set)
    edges = 0
    for line in sys.stdin:
        m = EDGE.match(line)
        if m and m.group(1) != m.group(2):
            graph[m.group(1)].add(m.group(2))
            edges += 1
    if edges == 0:
        print("check_modules: no `uses` edges read; is cargo-modules' output piped in?")
        return 1

    failures: list[str] = []
    for component in cycles(graph):
        inner = [f"  {a} -> {b}" for a in component for b in sorted(graph[a]) if b in component]
        failures.append("import cycle among " + ", ".join(component) + ":\n" + "\n".join(inner))
    for source in sorted(graph):
        for target in sorted(graph[source]):
            if source == CRATE:
                continue  # the crate root re-exports the main types
            if target == CRATE:
                failures.append(f"{source} imports through the crate root; use the defining path")
                continue
            a, b = layer(source), layer(target)
            if a is None or b is None or a == b:
                continue
            if a not in ALLOWED:
                failures.append(f"{source}: layer `{a}` is not in scripts/check_modules.py's table")
            elif b not in ALLOWED[a]:
                failures.append(f"{source} -> {target}: `{a}` may not import from `{b}`")

    modules = len(set(graph) | {t for ts in graph.values() for t in ts})
    if failures:
        print(f"check_modules: {len(failures)} problem(s) in {modules} modules, {edges} imports:")
        for f in failures:
            print("- " + f)
        return 1
    print(f"check_modules: {modules} modules, {edges} imports, no cycle, layers in order")
    return 0


if __name__ == "__main__":
    sys.exit(main())
