#!/usr/bin/env python3
# Fills the English plural catalogue (translations/latchkey_en.ts, made by
# lupdate -pluralonly) with singular/plural forms derived from the "(s)"
# sources. Run after `cmake --build build --target update_translations`.
import re, sys, xml.etree.ElementTree as ET
p = sys.argv[1]
tree = ET.parse(p)
root = tree.getroot()
special = {"%n years": "%n year", "%n days": "%n day", "%n hours": "%n hour",
           "%n minutes": "%n minute", "%n seconds": "%n second",
           "%n copies found": "%n copy found"}
n = 0
for msg in root.iter("message"):
    if msg.get("numerus") != "yes":
        continue
    src = msg.find("source").text
    tr = msg.find("translation")
    if tr.get("type") != "unfinished" and len(tr):
        continue
    one = src
    for k, v in special.items():
        one = one.replace(k, v)
    one = one.replace("%n times", "%n time").replace("Revoke %n tokens", "Revoke %n token")
    one = one.replace("(s)", "")
    many = src.replace("(s)", "s")
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    tr.attrib.pop("type", None)
    for form in (one, many):
        e = ET.SubElement(tr, "numerusform"); e.text = form
    n += 1
body = ET.tostring(root, encoding="unicode")
with open(p, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
print("filled", n)
