#!/usr/bin/env python3
"""Adds up the outcomes in every TRX file under a folder; exits 1 on any failure or skip, or when nothing ran."""
import glob, sys, xml.etree.ElementTree as ET

NS = {'t': 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010'}
folder = sys.argv[1]
passed = failed = skipped = 0
skipped_names = []
files = sorted(glob.glob(f'{folder}/**/*.trx', recursive=True))
for path in files:
    root = ET.parse(path).getroot()
    for result in root.iterfind('.//t:UnitTestResult', NS):
        outcome = result.get('outcome')
        if outcome == 'Passed':
            passed += 1
        elif outcome in ('NotExecuted', 'Inconclusive', 'Pending', 'Disconnected', 'Warning'):
            skipped += 1
            skipped_names.append(result.get('testName'))
        else:
            failed += 1

for name in skipped_names:
    print(f'ci: skipped: {name}')
print(f'ci: {len(files)} test result files')
print(f'{passed} passed, {failed} failed, {skipped} skipped')
if failed or skipped or passed == 0:
    print('ci: FAIL (a test failed, was skipped, or no test ran)')
    sys.exit(1)
print('ci: OK')
