/** The header that names the window a browser-mode call comes from (a tab; kept across its reloads). */
export const WINDOW_HEADER = 'x-rbw-window';

/** What a window id may be: it is the window's own name for itself, never trusted further than that. */
export const WINDOW_ID = /^[A-Za-z0-9_-]{8,64}$/;
