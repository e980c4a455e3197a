// Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008). Every colour is paired with a shape or text
// elsewhere, so nothing is told by colour alone.

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#9A9A9A',
} as const;

export interface StatusStyle {
  colour: string;
  /** Short text shown beside the symbol so the status reads without colour. */
  tag: string;
}

export function aircraftStatusStyle(status: string): StatusStyle {
  const s = status.toLowerCase().replace(/[^a-z]/g, '');
  if (['available', 'ready', 'idle', 'standby', 'onstandby'].includes(s)) return { colour: OKABE_ITO.bluishGreen, tag: 'AVL' };
  if (s.includes('task') || s.includes('enroute') || s.includes('pickup') || s.includes('transit') || s.includes('mission'))
    return { colour: OKABE_ITO.skyBlue, tag: 'TSK' };
  if (s.includes('return') || s.includes('rtb')) return { colour: OKABE_ITO.blue, tag: 'RTB' };
  if (s.includes('mainten') || s.includes('unavail') || s.includes('down') || s.includes('grounded')) return { colour: OKABE_ITO.grey, tag: 'U/S' };
  if (s.includes('emerg')) return { colour: OKABE_ITO.vermillion, tag: 'EMG' };
  return { colour: OKABE_ITO.yellow, tag: status.slice(0, 3).toUpperCase() };
}

export function facilityStatusStyle(status: string): StatusStyle {
  switch (status) {
    case 'open':
      return { colour: OKABE_ITO.bluishGreen, tag: 'OPEN' };
    case 'limited':
      return { colour: OKABE_ITO.orange, tag: 'LTD' };
    case 'diverting':
      return { colour: OKABE_ITO.vermillion, tag: 'DIV' };
    case 'closed':
      return { colour: OKABE_ITO.grey, tag: 'CLSD' };
    default:
      return { colour: OKABE_ITO.yellow, tag: status.toUpperCase() };
  }
}

export function precedenceStyle(letter: string): StatusStyle & { shape: 'diamond' | 'triangle' | 'square' | 'circle' } {
  switch (letter) {
    case 'A':
      return { colour: OKABE_ITO.vermillion, tag: 'URG', shape: 'diamond' };
    case 'B':
      return { colour: OKABE_ITO.reddishPurple, tag: 'U-S', shape: 'triangle' };
    case 'C':
      return { colour: OKABE_ITO.orange, tag: 'PRI', shape: 'square' };
    case 'D':
      return { colour: OKABE_ITO.skyBlue, tag: 'RTN', shape: 'circle' };
    default:
      return { colour: OKABE_ITO.grey, tag: 'CNV', shape: 'circle' };
  }
}

export function airspaceStyle(kind: string, active: boolean): { color: string; fillOpacity: number; dashArray?: string; weight: number; opacity: number } {
  const colour =
    kind === 'prohibited' ? OKABE_ITO.vermillion : kind === 'restricted' ? OKABE_ITO.orange : kind === 'danger' ? OKABE_ITO.yellow : OKABE_ITO.reddishPurple;
  const dash = kind === 'prohibited' ? undefined : kind === 'restricted' ? '10 6' : kind === 'danger' ? '2 6' : '14 4 2 4';
  const base = { color: colour, weight: active ? 2.5 : 1.5, opacity: active ? 0.95 : 0.45, fillOpacity: active ? 0.16 : 0.0 };
  return dash ? { ...base, dashArray: dash } : base;
}
