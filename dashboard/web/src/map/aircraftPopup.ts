import type { Aircraft } from '../api/types';
import { zuluTimeSeconds } from '../format/time';
import { h } from '../ui/dom';
import { aircraftStatusStyle } from '../ui/palette';

/** The selected aircraft's card: what a duty officer asks first (who, what airframe, state, where it is going). */
export function aircraftCard(a: Aircraft): HTMLElement {
  const style = aircraftStatusStyle(a.status);
  const p = a.position;
  const rows: Array<[string, string]> = [
    ['Type', a.type || '—'],
    ['Status', a.status],
    ['Night (NVG)', a.nvgCapable ? 'yes' : 'no'],
    ['Litters', String(a.litters)],
  ];
  if (a.baseId) rows.push(['Base', a.baseId]);
  if (p) {
    rows.push(['Position', `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`]);
    rows.push(['Flight', `${Math.round(p.altitudeM)} m · ${Math.round(p.speedKts)} kt · ${String(Math.round(p.headingDeg) % 360).padStart(3, '0')}°`]);
    rows.push(['Reported', zuluTimeSeconds(p.reportedAt)]);
  }
  return h(
    'div',
    { class: 'ac-card', 'data-testid': 'aircraft-card', 'data-aircraft-id': a.id, tabindex: -1, role: 'group', 'aria-label': `${a.callsign}, ${a.status}` },
    h('h3', {}, `${a.callsign} `, h('b', { text: style.tag })),
    h('dl', {}, ...rows.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })])),
  );
}

/** What changes a card's text: redraw the card only when this does. */
export function aircraftCardKey(a: Aircraft): string {
  const p = a.position;
  return `${a.callsign}|${a.type}|${a.status}|${a.nvgCapable}|${a.litters}|${a.baseId ?? ''}|${p ? `${p.lat.toFixed(3)}|${p.lon.toFixed(3)}|${Math.round(p.altitudeM)}|${Math.round(p.speedKts)}|${Math.round(p.headingDeg)}|${p.reportedAt}` : ''}`;
}

/** A group marker's list: one button per aircraft (the same selection as clicking its callsign), and a zoom-in. */
export function groupList(aircraft: readonly Aircraft[], pick: (id: string) => void, zoomIn: (() => void) | null): HTMLElement {
  const items = aircraft.map((a) => {
    const style = aircraftStatusStyle(a.status);
    const b = h('button', { type: 'button', class: 'ac-pick', 'data-aircraft-id': a.id }, h('span', { class: 'swatch', style: `background:${style.colour}` }), `${a.callsign} `, h('b', { text: style.tag }), h('small', { text: ` ${a.type}` }));
    // The pick replaces this list, detaching the button mid-click; Leaflet would then take the click for the map's
    // own and close the popup (it looks for the popup among the target's ancestors). The map never needs it.
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      pick(a.id);
    });
    return h('li', {}, b);
  });
  const zoom = zoomIn ? h('button', { type: 'button', class: 'secondary', text: 'Zoom in to separate' }) : null;
  zoom?.addEventListener('click', (e) => {
    e.stopPropagation();
    zoomIn?.();
  });
  return h('div', { class: 'ac-group', 'data-testid': 'aircraft-group' }, h('h3', { text: `${aircraft.length} aircraft here` }), h('ul', {}, ...items), zoom);
}
