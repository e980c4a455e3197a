/** What the duty officer did that may change which aircraft is selected. */
export type SelectionEvent =
  | { kind: 'select'; id: string }
  /** The card closed (its close button, Escape inside it, or another popup took its place). */
  | { kind: 'cardClosed' }
  /** Escape with focus on the map; `popupOpen`: a card or group list was open, and this Escape closes it. */
  | { kind: 'escapeOnMap'; popupOpen: boolean }
  | { kind: 'emptyMapClick' }
  | { kind: 'gone'; id: string };

/**
 * The selected aircraft after an event. Like a selected incident, a selected aircraft stays selected (ringed, first in
 * its marker) when its card is closed: closing the card is "stop showing me the details", not "forget this aircraft".
 * Only an explicit deselect ends it: Escape on the map once no popup is open (so Escape twice from the card: close,
 * then deselect), or a click on empty map.
 */
export function nextSelection(current: string | null, e: SelectionEvent): string | null {
  switch (e.kind) {
    case 'select':
      return e.id;
    case 'cardClosed':
      return current;
    case 'escapeOnMap':
      return e.popupOpen ? current : null;
    case 'emptyMapClick':
      return null;
    case 'gone':
      return current === e.id ? null : current;
  }
}
