"""`netmap template`: the import template to fill in with LibreOffice or Excel."""

from __future__ import annotations

import argparse
from pathlib import Path

from netmap.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("template", help="write the import template (XLSX workbook or a folder of CSV files)")
    cmd.add_argument("-o", "--output", default="netmap-vorlage.xlsx", help="an .xlsx file, or a folder for CSV files")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.ingest.template import write_template

    for path in write_template(Path(args.output)):
        print(f"Wrote {path}")
    print("Fill it in, then: netmap import " + args.output)
    return 0
