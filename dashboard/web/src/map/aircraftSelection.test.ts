import { describe, expect, it } from 'vitest';
import { nextSelection } from './aircraftSelection';

describe('nextSelection', () => {
  it('keeps the aircraft selected when its card is closed', () => {
    expect(nextSelection('UNO-103', { kind: 'cardClosed' })).toBe('UNO-103');
  });

  it('lets the first Escape close the card and the second deselect', () => {
    const afterFirst = nextSelection('UNO-103', { kind: 'escapeOnMap', popupOpen: true });
    expect(afterFirst).toBe('UNO-103');
    expect(nextSelection(afterFirst, { kind: 'escapeOnMap', popupOpen: false })).toBeNull();
  });

  it('deselects on a click on empty map', () => {
    expect(nextSelection('UNO-103', { kind: 'emptyMapClick' })).toBeNull();
  });

  it('moves the selection to the aircraft picked next', () => {
    expect(nextSelection('UNO-103', { kind: 'select', id: 'UNO-101' })).toBe('UNO-101');
  });

  it('drops the selection only when the selected aircraft itself leaves the picture', () => {
    expect(nextSelection('UNO-103', { kind: 'gone', id: 'UNO-101' })).toBe('UNO-103');
    expect(nextSelection('UNO-103', { kind: 'gone', id: 'UNO-103' })).toBeNull();
  });
});
