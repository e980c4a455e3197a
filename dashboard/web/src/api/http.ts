import type {
  CreatedIncident,
  Facility,
  Incident,
  IncidentEvent,
  LoginResponse,
  NineLineRequest,
  Picture,
  ProblemDetails,
  TaskingOption,
} from './types';

/** A failed call carrying the server's problem details (RFC 9457), so forms can show them by field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  /** Field name -> messages, flattened from `errors` (ASP.NET style) or `invalidParams`-like lists. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    const errors = this.problem.errors;
    if (errors && typeof errors === 'object') {
      for (const [k, v] of Object.entries(errors)) out[k] = Array.isArray(v) ? v.join('; ') : String(v);
    }
    return out;
  }
}

export class ApiClient {
  constructor(
    private readonly base = '',
    private token: string | null = null,
    private readonly onUnauthorised: () => void = () => {},
  ) {}

  setToken(token: string | null): void {
    this.token = token;
  }

  private async call<T>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    let payload: BodyInit | undefined;
    if (body !== undefined) {
      headers['Content-Type'] = contentType;
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const init: RequestInit = { method, headers };
    if (payload !== undefined) init.body = payload;
    const res = await fetch(this.base + path, init);
    if (res.status === 401 && this.token) this.onUnauthorised();
    const text = await res.text();
    const json: unknown = text ? safeJson(text) : undefined;
    if (!res.ok) {
      const problem: ProblemDetails =
        json && typeof json === 'object' ? (json as ProblemDetails) : { status: res.status, title: text || res.statusText };
      throw new ApiError(res.status, problem);
    }
    return json as T;
  }

  login(username: string, password: string): Promise<LoginResponse> {
    return this.call('POST', '/api/v1/auth/login', { username, password });
  }

  picture(): Promise<Picture> {
    return this.call('GET', '/api/v1/picture');
  }

  replayPicture(at: string): Promise<Picture> {
    return this.call('GET', `/api/v1/replay/picture?at=${encodeURIComponent(at)}`);
  }

  createIncident(request: NineLineRequest): Promise<CreatedIncident> {
    return this.call('POST', '/api/v1/incidents', request);
  }

  incident(id: string): Promise<Incident> {
    return this.call('GET', `/api/v1/incidents/${encodeURIComponent(id)}`);
  }

  options(id: string): Promise<TaskingOption[]> {
    return this.call('GET', `/api/v1/incidents/${encodeURIComponent(id)}/options`);
  }

  task(id: string, aircraftId: string, facilityId: string, overrideReason?: string): Promise<unknown> {
    const body: Record<string, string> = { aircraftId, facilityId };
    if (overrideReason) body.overrideReason = overrideReason;
    return this.call('POST', `/api/v1/incidents/${encodeURIComponent(id)}/tasking`, body);
  }

  events(id: string): Promise<IncidentEvent[]> {
    return this.call('GET', `/api/v1/incidents/${encodeURIComponent(id)}/events`);
  }

  setFacilityStatus(id: string, f: Pick<Facility, 'status' | 'availableBeds' | 'availableOperatingTables'> & { note?: string }): Promise<unknown> {
    return this.call('PUT', `/api/v1/facilities/${encodeURIComponent(id)}/status`, f);
  }

  aarUrl(id: string): string {
    return `${this.base}/api/v1/incidents/${encodeURIComponent(id)}/aar`;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
