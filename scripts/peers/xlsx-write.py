#!/usr/bin/env python3
"""Writes a CSV file's rows as a workbook the way a province's staff keep a roster in Excel, with openpyxl
(independent of ttbd): a merged title row and a blank row above the header, codes stored as numbers whose
format shows their leading zeros, dates stored as serial numbers shown dd/mm/yyyy, and Vietnamese text.

usage: xlsx-write.py ROSTER.csv OUT.xlsx --sheet NAME --title TEXT [--numeric COL,…] [--dates COL,…]
"""
import argparse
import csv
import datetime

import openpyxl
from openpyxl.styles import Font


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("csv")
    arguments.add_argument("out")
    arguments.add_argument("--sheet", required=True)
    arguments.add_argument("--title", required=True)
    arguments.add_argument("--numeric", default="")
    arguments.add_argument("--dates", default="")
    options = arguments.parse_args()
    numeric = set(filter(None, options.numeric.split(",")))
    dates = set(filter(None, options.dates.split(",")))

    with open(options.csv, encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    header, body = rows[0], rows[1:]

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = options.sheet
    sheet.append([options.title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(header)
    for row in body:
        cells = []
        for name, text in zip(header, row):
            if text and name in numeric:
                cells.append(int(text))
            elif text and name in dates:
                cells.append(datetime.datetime.strptime(text, "%Y-%m-%d"))
            else:
                cells.append(text or None)
        sheet.append(cells)
        written = sheet.max_row
        for column, (name, text) in enumerate(zip(header, row), start=1):
            cell = sheet.cell(row=written, column=column)
            if text and name in numeric:
                cell.number_format = "0" * len(text)
            elif text and name in dates:
                cell.number_format = "dd/mm/yyyy"
    book.save(options.out)


main()
