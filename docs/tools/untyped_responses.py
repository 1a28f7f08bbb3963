#!/usr/bin/env python3
"""Lists the untyped parts of the responses of an OpenAPI document (issue 18): an object schema with no properties
(a free map) or with additionalProperties: true, reached from any 2xx response. Usage:
    python3 docs/tools/untyped_responses.py app/target/openapi.json   (written by ApiContractTest)
"""
import json
import sys


def main(path):
    doc = json.load(open(path, encoding="utf-8"))
    schemas = doc.get("components", {}).get("schemas", {})
    found = set()

    def walk(schema, where, seen):
        if not isinstance(schema, dict):
            return
        ref = schema.get("$ref")
        if ref:
            name = ref.rsplit("/", 1)[-1]
            if name not in seen:
                walk(schemas.get(name, {}), name, seen | {name})
            return
        types = schema.get("type")
        types = types if isinstance(types, list) else [types]
        if "object" in types:
            extra = schema.get("additionalProperties")
            if extra is True or extra == {} or (not schema.get("properties") and extra in (None, True)):
                found.add(where)
        for key, sub in (schema.get("properties") or {}).items():
            walk(sub, where + "." + key, seen)
        for key in ("items", "additionalProperties"):
            walk(schema.get(key), where + "[]", seen)
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key, []):
                walk(sub, where, seen)

    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            for status, response in op.get("responses", {}).items():
                if status.startswith("2"):
                    for media, content in (response.get("content") or {}).items():
                        walk(content.get("schema"), f"{method.upper()} {path} {status}", frozenset())
    for line in sorted(found):
        print(line)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "app/target/openapi.json")
