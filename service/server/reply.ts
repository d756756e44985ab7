/** What the organisation's server answers an HTTP call: its status and JSON body. */
export interface Reply {
  status: number;
  body: unknown;
}
