#!/usr/bin/env python3
"""The arrows of docs/architecture.md, checked on every project include.

With one include root every header is reachable from every folder, so the
compiler alone no longer stops an include against the arrow: this does. Each
rule names the folders a source folder may include from; the first matching
prefix wins. Exits 1 and prints every include that breaks a rule.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.').resolve()

# source folder -> folders it may include from (its own always included).
RULES = [
    ('net/', ['net/']),
    ('model/inspector/', ['model/inspector/', 'net/secretbytes.h', 'net/tokenfingerprint.h']),
    ('model/', ['model/', 'net/']),
    ('ui/', ['ui/', 'model/', 'net/', 'resources/']),
    # The sandbox's executable may run the gateway in-process (--gateway); its library
    # stays on its own.
    ('app/sandbox/main.cpp', ['app/sandbox/', 'app/gateway/', 'net/secretbytes.h']),
    ('app/sandbox/', ['app/sandbox/']),
    ('app/gateway/', ['app/gateway/', 'net/', 'model/inspector/']),
    ('app/latchkeyctl/', ['app/latchkeyctl/', 'model/', 'net/', 'translations/']),
    ('app/latchkey/', ['app/latchkey/', 'ui/', 'model/', 'net/', 'resources/',
                       'translations/', 'app/sandbox/', 'app/gateway/']),
    ('resources/', ['resources/']),
    ('translations/', ['translations/']),
]

include = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
broken = []
for path in sorted(root.rglob('*')):
    rel = path.relative_to(root).as_posix()
    if path.suffix not in ('.h', '.cpp') or rel.startswith(('build', 'tests/')):
        continue
    allowed = next((a for prefix, a in RULES if rel.startswith(prefix)), None)
    if allowed is None:
        continue
    for target in include.findall(path.read_text(encoding='utf-8')):
        if '/' not in target or target.endswith('.moc'):
            continue  # generated: moc output, latchkeyversion.h, ui_*.h
        if not any(target.startswith(a) for a in allowed):
            broken.append(f'{rel}: includes "{target}" against the arrows')
print('\n'.join(broken) if broken else 'every include follows the arrows')
sys.exit(1 if broken else 0)
