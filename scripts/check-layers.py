#!/usr/bin/env python3
"""Checks that the core's modules form no import cycle and that no layer imports from a layer
above it, on the module graph printed by cargo-modules.

Why not `cargo modules dependencies --acyclic`: cargo-modules 0.27 (the last that builds on
rustc 1.95) runs that check on the unfiltered *item* graph, where every type and its own
methods form a cycle (`Lang` owns `Lang::code`, which names `Lang`), so it fails on any crate
with methods. This script reads the same tool's graph with items folded into their modules
(`--no-fns --no-types --no-traits`: an item's edges are lifted to the module that owns it, an
inherent impl's to the module of its type) and checks that graph.

Usage: cargo modules dependencies --lib -p berdaya --no-externs --no-sysroot \
         --no-fns --no-types --no-traits | python3 scripts/check-layers.py
"""
import re
import sys

# A module may use modules of its own layer or of a layer of lower rank; layers of the same
# rank may not use each other. model <- frameworks, screening <- validate, insight <- render,
# cases (the prelude only re-exports and is left out, like the crate root).
RANK = {"model": 0, "frameworks": 1, "screening": 1, "validate": 2, "insight": 2, "render": 3,
        "cases": 3}


def layer(module: str) -> str | None:
    parts = module.split("::")
    return parts[1] if len(parts) > 1 else None


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """An iterative depth-first search; returns one cycle as a list of modules, or None."""
    colour: dict[str, int] = {}
    for start in sorted(graph):
        if colour.get(start):
            continue
        stack = [(start, iter(sorted(graph.get(start, ()))))]
        path = [start]
        colour[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                colour[node] = 2
                stack.pop()
                path.pop()
            elif colour.get(child) == 1:
                return path[path.index(child):] + [child]
            elif not colour.get(child):
                colour[child] = 1
                path.append(child)
                stack.append((child, iter(sorted(graph.get(child, ())))))
    return None


def main() -> int:
    dot = sys.stdin.read()
    edges = re.findall(r'"([\w:]+)" -> "([\w:]+)" \[label="uses"', dot)
    if not re.search(r'label="owns"', dot):
        print("check-layers: no module graph on standard input", file=sys.stderr)
        return 2
    graph: dict[str, set[str]] = {}
    wrong: list[str] = []
    for src, dst in edges:
        if src in ("berdaya", "berdaya::prelude") or src == dst:
            continue  # the crate root and the prelude only re-export
        graph.setdefault(src, set()).add(dst)
        a, b = layer(src), layer(dst)
        if a and b and a != b and a in RANK and b in RANK and RANK[b] >= RANK[a]:
            wrong.append(f"{src} -> {dst} ({a} may not use {b})")
    status = 0
    cycle = find_cycle(graph)
    if cycle:
        print("check-layers: import cycle: " + " -> ".join(cycle))
        status = 1
    for line in sorted(set(wrong)):
        print("check-layers: layer order: " + line)
        status = 1
    if status == 0:
        print(f"check-layers: {len(graph)} modules, {sum(map(len, graph.values()))} uses edges, "
              "no cycle, every import points down the layers")
    return status


if __name__ == "__main__":
    sys.exit(main())
