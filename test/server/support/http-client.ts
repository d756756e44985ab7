/** A browser's side of the organisation's server: its session cookie and CSRF token. */
export class Browser {
  private cookie = '';
  private csrf = '';

  constructor(private base: string) {}

  /** The same browser (cookie and CSRF token) talking to a restarted server. */
  moveTo(base: string): void {
    this.base = base;
  }

  async login(login: string, password: string): Promise<Response> {
    const response = await fetch(`${this.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    const cookie = response.headers.get('set-cookie');
    if (cookie) this.cookie = cookie.split(';')[0] ?? '';
    if (response.ok) this.csrf = ((await response.clone().json()) as { value: { csrf: string } }).value.csrf;
    return response;
  }

  /** `POST /api/<operation>` with the session; `csrf: false` leaves the CSRF header out. */
  async call(
    name: string,
    input: object,
    options: { csrf?: boolean } = {},
  ): Promise<{ status: number; body: Envelope }> {
    return this.post(`/api/${name}`, input, options);
  }

  async post(
    path: string,
    input: object,
    options: { csrf?: boolean } = {},
  ): Promise<{ status: number; body: Envelope }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (options.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
    });
    return { status: response.status, body: (await response.json()) as Envelope };
  }
}

/** An API answer as the tests read it (the value is whatever the operation returns). */
export type Envelope = {
  ok: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value?: any;
  problems?: { code: string; params?: Record<string, string> }[];
};
