#!/usr/bin/env python3
"""Adds or updates localized strings in both languages at once.

Usage: python3 scripts/resx.py src/Marketplace.Web/Resources/SharedResource < strings.tsv
where each line of strings.tsv is: key<TAB>English<TAB>Simplified Chinese.
Keys are kept sorted, so concurrent additions merge cleanly."""
import sys, os
from xml.sax.saxutils import escape
import xml.etree.ElementTree as ET
base = sys.argv[1]  # path without .resx
HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
def load(path):
    d = {}
    if os.path.exists(path):
        for e in ET.parse(path).getroot().findall('data'):
            d[e.get('name')] = e.find('value').text or ''
    return d
def save(path, d):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(d):
            f.write(f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(d[k])}</value></data>\n')
        f.write('</root>\n')
en, zh = load(base + '.resx'), load(base + '.zh-Hans.resx')
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'): continue
    k, e, z = line.split('\t')
    en[k] = e; zh[k] = z
save(base + '.resx', en); save(base + '.zh-Hans.resx', zh)
print(f'{base}: {len(en)} en, {len(zh)} zh')
