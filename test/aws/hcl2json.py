"""Prints terraform/*.tf as one JSON document, for the static checks in terraform.test.ts.

python-hcl2 keeps HCL's quotes around strings and marks blocks; both are removed so that the TypeScript side
reads plain values: {"variable": {"region": {...}}, "resource": {"aws_instance": {"stack": {...}}}, ...}.
"""

import json
import sys
from pathlib import Path
from typing import Any

import hcl2


def clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items() if k not in ("__is_block__", "__comments__")}
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, str) and len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        return value[1:-1]
    return value


def merge(into: dict[str, Any], block: str, entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        for key, body in clean(entry).items():
            if block in ("resource", "data"):
                for name, inner in body.items():
                    into.setdefault(block, {}).setdefault(key, {})[name] = inner
            elif block in ("variable", "output"):
                into.setdefault(block, {})[key] = body
            else:
                into.setdefault(block, {})[key] = body


def main(folder: str) -> None:
    doc: dict[str, Any] = {}
    for path in sorted(Path(folder).glob("*.tf")):
        parsed = hcl2.load(path.open())
        for block, entries in parsed.items():
            merge(doc, block, entries if isinstance(entries, list) else [entries])
    print(json.dumps(doc))


if __name__ == "__main__":
    main(sys.argv[1])
