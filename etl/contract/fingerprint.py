"""A mart's identity in the manifest: the fingerprint of the contract it was checked against and
the hash of the file written, so a reader can trust a mart of this build without checking again.

The build checks every mart against its schema before writing it. A reader that finds the same
schema fingerprint (the declared contract in its code) and the same file hash knows the file is
exactly what passed that check; anything else (a mart of an older or other build, a changed
contract, a changed file) is checked with pandera again.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import sys
from functools import cache

import pandera.pandas as pa

from etl.contract import base
from etl.contract.stamp import file_identity, is_same_file


@cache
def schema_fingerprint(schema: type[pa.DataFrameModel]) -> str:
    """A hash of what the schema declares: columns, types, checks and their arguments, table
    settings, its name, and the source of the module that defines it and of the shared checks
    it may call."""
    built = schema.to_schema()
    columns = [
        [
            name,
            str(column.dtype),
            column.nullable,
            column.unique,
            column.required,
            [[check.name, repr(check.statistics)] for check in column.checks],
        ]
        for name, column in built.columns.items()
    ]
    table = [built.strict, built.coerce, built.ordered, repr(built.unique)]
    table.append([[check.name, repr(check.statistics)] for check in built.checks])
    # The whole module, not the class: a class's own source costs inspect a parse of its module
    # (~0,1 s for the marts on every server start), a module's is its text. Stricter, too.
    sources = [inspect.getsource(sys.modules[schema.__module__]), inspect.getsource(base)]
    name = f"{schema.__module__}.{schema.__qualname__}"
    text = json.dumps([name, columns, table, sources], ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def mart_identity(schema: type[pa.DataFrameModel], content: bytes) -> dict[str, object]:
    """What the manifest records for a mart that passed `schema`: fingerprint, hash, size."""
    return {"schema": schema_fingerprint(schema), **file_identity(content)}


def is_intact(recorded: object, schema: type[pa.DataFrameModel], content: bytes) -> bool:
    """Whether the manifest's record says this very file passed this very contract."""
    if not is_same_file(recorded, content):
        return False
    return recorded.get("schema") == schema_fingerprint(schema)
