#!/usr/bin/env python3
"""Reads a workbook with openpyxl, an implementation independent of ttbd's, and prints what a person would see
as JSON: the sheet's name, its frozen cell, each row's values typed as the file stores them (text, a number, a
date as ISO), which cells are bold, the number formats of dates and percentages, and the column widths.

usage: xlsx-read.py FILE.xlsx
"""
import datetime
import json
import sys

import openpyxl


def value(cell):
    if isinstance(cell.value, datetime.datetime):
        return {"date": cell.value.date().isoformat(), "format": cell.number_format}
    if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
        number = {"number": cell.value}
        if cell.number_format != "General":
            number["format"] = cell.number_format
        return number
    return cell.value


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    sheet = book.worksheets[0]
    rows = [[value(cell) for cell in row] for row in sheet.iter_rows()]
    bold = [cell.coordinate for row in sheet.iter_rows() for cell in row if cell.value is not None and cell.font.b]
    widths = {letter: dimension.width for letter, dimension in sheet.column_dimensions.items()}
    print(json.dumps({"sheets": book.sheetnames, "frozen": sheet.freeze_panes, "rows": rows, "bold": bold,
                      "widths": widths}, ensure_ascii=False))


main()
