"""An import-linter contract for modules grouped by name: `award*.py` apart from `program*.py`.

The fact kinds live side by side in `govreader/facts/` as families of modules named for their
kind (`award.py`, `award_told.py`, …). The built-in contracts name whole modules, so a family
would have to be listed module by module and a new module would slip past; this one finds each
family by its prefix in the import graph, so a module added tomorrow is checked too.
"""

from __future__ import annotations

from itertools import permutations
from typing import cast

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output


class FamiliesIndependentContract(Contract):
    """No module of one family imports a module of another, directly or not.

    - `container`: the package the families live in (`govreader.facts`).
    - `families`: one family a line, its names separated by spaces: `target count` is the
      family of `target*.py` and `count*.py`.
    """

    type_name = "families_independent"

    container = fields.StringField()
    families = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        families = cast("list[str]", self.families)  # a field, read as its parsed value
        members = {family: self._members(graph, family) for family in families}
        chains = []
        for importer_family, imported_family in permutations(members, 2):
            both = {*members[importer_family], *members[imported_family]}
            for importer in members[importer_family]:
                for imported in members[imported_family]:
                    chain = graph.find_shortest_chain(importer=importer, imported=imported)
                    # a chain through another member of either family is reported from there
                    if chain and not both.intersection(chain[1:-1]):
                        chains.append(chain)
        empty = [family for family, modules in members.items() if not modules]
        kept = not chains and not empty
        return ContractCheck(kept=kept, metadata={"chains": chains, "empty": empty})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for family in check.metadata["empty"]:
            output.print_error(f"No module of {self.container} belongs to the family '{family}'.")
        for chain in check.metadata["chains"]:
            output.print_error(" -> ".join(chain))

    def _members(self, graph: ImportGraph, family: str) -> list[str]:
        """The modules directly in the container whose name is a name of the family, or starts
        with one and an underscore."""
        names = family.split()
        found = []
        for module in sorted(graph.find_children(cast(str, self.container))):
            name = module.rsplit(".", 1)[1]
            if any(name == stem or name.startswith(stem + "_") for stem in names):
                found.append(module)
        return found
