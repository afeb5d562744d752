"""Prints, per Markdown file given, the structure a CommonMark + tables renderer
(markdown-it-py) sees in it: every block and inline token that is not plain text, a
paragraph or a line break, one JSON list per line."""
import json
import sys

from markdown_it import MarkdownIt

PLAIN = {"paragraph_open", "paragraph_close", "text", "softbreak", "hardbreak"}
md = MarkdownIt("commonmark").enable("table")

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        tokens = md.parse(f.read())
    structure = []
    for token in tokens:
        if token.type == "inline":
            structure += [child.type for child in token.children or [] if child.type not in PLAIN]
        elif token.type not in PLAIN:
            structure.append(token.type)
    print(json.dumps(structure))
