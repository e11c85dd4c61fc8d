"""Developer tool for the Japanese translation file (not used at run time).

    python -m familycare.i18n.ts_tool update          # lupdate over the package
    python -m familycare.i18n.ts_tool untranslated    # JSON list of what still needs Japanese
    python -m familycare.i18n.ts_tool fill FILE.json  # [{"context","source","translation"}]
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
TS_FILE = PACKAGE.parent / "resources" / "i18n" / "familycare_ja.ts"


def lupdate_binary() -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / "lupdate")


def update() -> None:
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [lupdate_binary(), "-no-obsolete", "-locations", "none", "-target-language", "ja_JP",
         *sources, "-ts", str(TS_FILE)],
        check=True,
    )
    fill([])  # rewrite in this tool's layout, so an update alone leaves no formatting churn


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def untranslated() -> list[dict[str, str]]:
    root = ET.parse(TS_FILE).getroot()
    out = []
    for context, message in _messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            out.append({"context": context, "source": message.findtext("source") or ""})
    return out


def fill(entries: list[dict[str, str]]) -> int:
    tree = ET.parse(TS_FILE)
    wanted = {(e["context"], e["source"]): e["translation"] for e in entries}
    filled = 0
    for context, message in _messages(tree.getroot()):
        key = (context, message.findtext("source") or "")
        if key not in wanted:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.text = wanted[key]
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree)
    with TS_FILE.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    return filled


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["untranslated"]:
        json.dump(untranslated(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif argv[:1] == ["fill"] and len(argv) == 2:
        entries = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"filled {fill(entries)} of {len(entries)}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
