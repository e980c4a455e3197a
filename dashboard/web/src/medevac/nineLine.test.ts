import { describe, expect, it } from 'vitest';
import { EXAMPLE_NINE_LINE, lineOfField, parseNineLineText, toNineLineText, validateNineLine } from './nineLine';

describe('9-line validation', () => {
  it('accepts the standard example', () => {
    expect(validateNineLine(EXAMPLE_NINE_LINE)).toEqual({});
  });

  it('accepts a lat/lon pickup instead of MGRS', () => {
    expect(validateNineLine({ ...EXAMPLE_NINE_LINE, 1: '14.5, -3.25' })).toEqual({});
  });

  it('names only the wrong line', () => {
    const problems = validateNineLine({ ...EXAMPLE_NINE_LINE, 3: 'Q9' });
    expect(Object.keys(problems)).toEqual(['3']);
  });

  it('refuses an MGRS reference with an odd number of digits', () => {
    expect(validateNineLine({ ...EXAMPLE_NINE_LINE, 1: '30QZD163910071' })[1]).toMatch(/even number/);
  });

  it('refuses a latitude outside the globe', () => {
    expect(validateNineLine({ ...EXAMPLE_NINE_LINE, 1: '123, 10' })[1]).toMatch(/latitude/);
  });

  it('requires lines 1 to 5', () => {
    const problems = validateNineLine({ 1: '', 2: '', 3: '', 4: '', 5: '', 6: '', 7: '', 8: '', 9: '' });
    expect(Object.keys(problems).sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('flags line 5 when its patient count disagrees with line 3', () => {
    expect(validateNineLine({ ...EXAMPLE_NINE_LINE, 5: 'L1' })[5]).toMatch(/3 patients/);
  });

  it('accepts escorts on line 5 without counting them as patients', () => {
    expect(validateNineLine({ ...EXAMPLE_NINE_LINE, 5: 'L2 A1 E1' })).toEqual({});
  });

  it('refuses an unknown marking letter on line 7', () => {
    expect(validateNineLine({ ...EXAMPLE_NINE_LINE, 7: 'Z' })[7]).toBeDefined();
  });
});

describe('9-line paste', () => {
  it('reads numbered lines in any order', () => {
    const { lines } = parseNineLineText('LINE 3: A1\nLINE 1: 30QZD1639100716\n2. 38.90 DUSTOFF 6');
    expect(lines[1]).toBe('30QZD1639100716');
    expect(lines[2]).toBe('38.90 DUSTOFF 6');
    expect(lines[3]).toBe('A1');
  });

  it('reads nine bare lines in order', () => {
    const text = Object.values(EXAMPLE_NINE_LINE).join('\n');
    expect(parseNineLineText(text).lines).toEqual(EXAMPLE_NINE_LINE);
  });

  it('round-trips through the text the API takes', () => {
    expect(parseNineLineText(toNineLineText(EXAMPLE_NINE_LINE)).lines).toEqual(EXAMPLE_NINE_LINE);
  });

  it('maps problem-detail field names to line numbers', () => {
    expect(lineOfField('line3')).toBe(3);
    expect(lineOfField('nineLine.Line1')).toBe(1);
    expect(lineOfField('injuredAt')).toBeNull();
  });
});
