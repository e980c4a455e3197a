#!/usr/bin/env python3
"""Adds up the outcomes in every TRX file (dotnet test) and every *.vitest.json report (the dashboard's vitest JSON
reporter) under a folder; exits 1 on any failure or skip, or when nothing ran."""
import glob, json, sys, xml.etree.ElementTree as ET

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

# vitest's JSON report (Jest's shape): each assertion result is passed, failed, or skipped/pending/todo.
vitest_files = sorted(glob.glob(f'{folder}/**/*.vitest.json', recursive=True))
for path in vitest_files:
    with open(path, encoding='utf-8') as f:
        report = json.load(f)
    for suite in report.get('testResults', []):
        for result in suite.get('assertionResults', []):
            status = result.get('status')
            if status == 'passed':
                passed += 1
            elif status in ('skipped', 'pending', 'todo', 'disabled'):
                skipped += 1
                skipped_names.append(result.get('fullName'))
            else:
                failed += 1
    # A test file that failed to load has no assertion results: count it as a failure.
    failed += sum(1 for s in report.get('testResults', []) if s.get('status') == 'failed' and not s.get('assertionResults'))
files += vitest_files

for name in skipped_names:
    print(f'ci: skipped: {name}')
print(f'ci: {len(files)} test result files')
print(f'{passed} passed, {failed} failed, {skipped} skipped')
if failed or skipped or passed == 0:
    print('ci: FAIL (a test failed, was skipped, or no test ran)')
    sys.exit(1)
print('ci: OK')
