"""What an evaluator sees of a workbook besides its values, read by openpyxl (Debian's /usr/bin/python3).

Input on stdin: {"files": [path, ...], "cells": {sheet: [cell, ...]}}; output on stdout: {path: properties},
where properties lists every sheet with its state, protection, frozen pane, print titles and page setup,
merged ranges, column widths and hidden columns, the cells with a dropdown or number check, hyperlinks,
the style of the given cells, and the values both as saved (formulas) and as last computed (data_only).
"""
import json
import sys

import openpyxl


def style(cell):
    fill = cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type else None
    return {
        "bold": bool(cell.font.b),
        "fill": fill if isinstance(fill, str) else None,
        "format": cell.number_format,
        "wrap": bool(cell.alignment.wrap_text),
        "locked": bool(cell.protection.locked),
        "border": cell.border.left.style,
    }


def validated(sheet):
    cells = {}
    for rule in sheet.data_validations.dataValidation:
        for rng in rule.sqref.ranges:
            for row in sheet.iter_rows(min_row=rng.min_row, max_row=rng.max_row, min_col=rng.min_col, max_col=rng.max_col):
                for cell in row:
                    cells[cell.coordinate] = [rule.type, rule.formula1, rule.formula2]
    return cells


def sheet_properties(sheet, values, cells):
    setup = sheet.page_setup
    return {
        "state": sheet.sheet_state,
        "protected": bool(sheet.protection.sheet),
        "passwordHash": sheet.protection.hashValue,
        "freeze": sheet.freeze_panes,
        "printTitleRows": sheet.print_title_rows,
        "printArea": sheet.print_area,
        "page": {
            "orientation": setup.orientation,
            "paperSize": setup.paperSize,
            "scale": setup.scale,
            "fitToWidth": setup.fitToWidth,
            "fitToHeight": setup.fitToHeight,
            "fitToPage": bool(sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage),
            "margins": [sheet.page_margins.left, sheet.page_margins.right, sheet.page_margins.top, sheet.page_margins.bottom],
        },
        "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
        "widths": {k: round(v.width, 2) for k, v in sheet.column_dimensions.items() if v.width},
        "hiddenColumns": sorted(k for k, v in sheet.column_dimensions.items() if v.hidden),
        "validated": validated(sheet),
        "links": {c.coordinate: c.hyperlink.target for row in sheet.iter_rows() for c in row if c.hyperlink},
        "styles": {c: style(sheet[c]) for c in cells},
        "formulas": {c.coordinate: c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")},
        "results": {c: values[c].value for c in cells},
        "maxRow": sheet.max_row,
    }


request = json.load(sys.stdin)
result = {}
for path in request["files"]:
    book = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    result[path] = {
        "sheets": [s.title for s in book.worksheets],
        "properties": {
            s.title: sheet_properties(s, values[s.title], request.get("cells", {}).get(s.title, []))
            for s in book.worksheets
        },
    }
json.dump(result, sys.stdout, default=str)
