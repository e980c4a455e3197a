// The wire names are camelCase identifiers; a wall screen shows the words a duty officer would say.
const LABELS: Record<string, string> = {
  reported: 'reported',
  optionsProposed: 'awaiting tasking',
  tasked: 'tasked',
  launched: 'airborne',
  atPickup: 'at pickup',
  patientsOnBoard: 'patients on board',
  atFacility: 'at facility',
  closed: 'closed',
  cancelled: 'cancelled',
  aborted: 'aborted',
  diverted: 'diverted',
};

/** A readable incident status; an unknown one is spelled out from its camelCase name rather than hidden. */
export function incidentStatusLabel(status: string): string {
  return LABELS[status] ?? status.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
