"""The heads a store stood at before a given migration (siblings included), for the
tests that upgrade a store "from the version before" a migration that later ones build on."""

from __future__ import annotations

from jpf_desk.store import migrate


def heads_before(revision: str) -> list[str]:
    """Every head of the graph once `revision` and the revisions built on it are taken out."""
    graph = migrate.revision_graph()

    def builds_on(name: str) -> bool:
        return name == revision or any(builds_on(p) for p in graph[name])

    kept = {name for name in graph if not builds_on(name)}
    followed = {parent for name in kept for parent in graph[name]}
    return sorted(kept - followed)
