import { describe, expect, it } from 'vitest';
import { incidentStatusLabel } from './incidentStatus';

describe('incidentStatusLabel', () => {
  it('says what the duty officer has to do next', () => {
    expect(incidentStatusLabel('optionsProposed')).toBe('awaiting tasking');
    expect(incidentStatusLabel('launched')).toBe('airborne');
  });

  it('spells out a status it does not know instead of hiding it', () => {
    expect(incidentStatusLabel('handoverDelayed')).toBe('handover delayed');
  });
});
