"""Prints the name of every session file given that docs/session.schema.json accepts."""
import json
import os
import sys

from jsonschema import Draft202012Validator

schema_path = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "session.schema.json")
with open(schema_path, encoding="utf-8") as f:
    validator = Draft202012Validator(json.load(f))
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        if validator.is_valid(json.load(f)):
            print(os.path.basename(path))
