import type { IncidentEvent } from '../api/types';
import { precedenceLabel } from '../format/countdown';
import { zuluTime } from '../format/time';

/** Display names known to the dashboard; a recorded option carries its own callsign and facility name as a fallback. */
export interface EventNames {
  aircraft(id: string): string | undefined;
  facility(id: string): string | undefined;
}

interface RecordedOption {
  rank?: number;
  aircraftId?: string;
  facilityId?: string;
  callsign?: string;
  facilityName?: string;
  feasible?: boolean;
  facilityEta?: string;
  meetsResuscitation?: boolean;
  meetsSurgery?: boolean;
  violations?: Array<{ code?: string; severity?: string }>;
}

type Data = Record<string, unknown>;

// Fields every event carries (who, when, why): shown beside the sentence already, never repeated inside it.
const envelope = new Set(['occurredAt', 'actor', 'correlationId', 'causationId', 'idempotencyKey']);

/**
 * One line a reviewer reads for a recorded incident event ("ANGEL 21 → Gao Level II hospital approved, option #1 of 12"),
 * instead of the event's raw fields. Unknown event types fall back to their plain fields, so a newer server's events
 * still show something.
 */
export function eventSentence(e: IncidentEvent, names: EventNames): string {
  const d: Data = e.data && typeof e.data === 'object' ? (e.data as Data) : {};
  const text = (k: string): string => (typeof d[k] === 'string' ? (d[k] as string) : '');
  const aircraft = (id: string, option?: RecordedOption): string => names.aircraft(id) ?? (option?.callsign || id);
  const facility = (id: string, option?: RecordedOption): string => names.facility(id) ?? (option?.facilityName || id);
  const clocks = (o: RecordedOption): string =>
    `${o.meetsResuscitation ? 'meets' : 'misses'} 1 h, ${o.meetsSurgery ? 'meets' : 'misses'} 2 h`;

  switch (e.type) {
    case 'IncidentReported': {
      const nine = (d.nineLine ?? {}) as Data;
      const patients = typeof nine.litter === 'number' && typeof nine.ambulatory === 'number' ? `${nine.litter} litter, ${nine.ambulatory} ambulatory` : '';
      const parts = [
        `9-line received: ${precedenceLabel(text('precedence'))}`,
        typeof nine.pickupMgrs === 'string' && nine.pickupMgrs ? `pickup ${nine.pickupMgrs}` : '',
        patients,
        text('injuredAt') ? `injured ${zuluTime(text('injuredAt'))}` : '',
      ];
      return parts.filter(Boolean).join(' · ');
    }
    case 'OptionsProposed': {
      const options = Array.isArray(d.options) ? (d.options as RecordedOption[]) : [];
      if (!options.length) return 'No aircraft could be offered.';
      const best = options[0]!;
      const feasible = options.filter((o) => o.feasible).length;
      const eta = best.facilityEta ? `, at facility ${zuluTime(best.facilityEta)}` : '';
      return `${options.length} options offered (${feasible} feasible); best: ${aircraft(best.aircraftId ?? '', best)} → ${facility(best.facilityId ?? '', best)}${eta} (${clocks(best)})`;
    }
    case 'TaskingApproved': {
      const chosen = (d.chosen ?? {}) as RecordedOption;
      const shown = Array.isArray(d.optionsShown) ? d.optionsShown.length : 0;
      const rank = chosen.rank ? `option #${chosen.rank}${shown ? ` of ${shown}` : ''}` : '';
      const blocking = (chosen.violations ?? []).filter((v) => v.severity === 'Blocking' || v.severity === 'blocking').map((v) => v.code);
      const override = text('overrideReason') ? `; override${blocking.length ? ` of ${blocking.join(', ')}` : ''}: “${text('overrideReason')}”` : '';
      return `${aircraft(text('aircraftId'), chosen)} → ${facility(text('facilityId'), chosen)} approved${rank ? `, ${rank}` : ''}${chosen.rank ? ` (${clocks(chosen)})` : ''}${override}`;
    }
    case 'AircraftLaunched':
      return `${aircraft(text('aircraftId'))} launched`;
    case 'ArrivedAtPickup':
      return `${aircraft(text('aircraftId'))} at the pickup`;
    case 'PatientsLoaded':
      return `Casualties on board ${aircraft(text('aircraftId'))}`;
    case 'HandedOver':
      return `Handed over at ${facility(text('facilityId'))}`;
    case 'IncidentClosed':
      return text('note') ? `Closed: ${text('note')}` : 'Closed';
    case 'IncidentCancelled':
      return `Cancelled: ${text('reason')}`;
    case 'MissionAborted':
      return `${aircraft(text('aircraftId'))} mission aborted: ${text('reason')}`;
    case 'MissionDiverted':
      return `Diverted from ${facility(text('previousFacilityId'))} to ${facility(text('facilityId'))}: ${text('reason')}`;
    case 'IncidentFlaggedForReplan':
      return `Flagged for re-planning: ${text('reason')}`;
    default:
      return plainFields(d);
  }
}

function plainFields(d: Data): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(d)) {
    if (envelope.has(k) || v === null || typeof v === 'object') continue;
    parts.push(`${k}: ${String(v)}`);
    if (parts.length >= 6) break;
  }
  return parts.join(' · ');
}
