// The contract between the scanner shell (main.ts, shell.ts) and its pages. See main.ts for the
// convention of adding a page.
import type { Call } from '../api';
import type { MessageKey, Params, Text } from '../i18n';
import type { Scan } from './scan';

/** The result signal of a scan or an action: a full-width banner and a beep of its tone. */
export type Signal = 'ok' | 'error' | 'info';

/** Keys a page may bind to its actions (besides Enter, which submits a scan, and Esc, back). */
export const ACTION_KEYS = ['F1', 'F2', 'F3', 'F4', 'F6', 'F7', 'F8', 'F9'] as const;
export type ActionKey = (typeof ACTION_KEYS)[number];

export interface ScanAction {
  readonly key: ActionKey;
  readonly label: Text;
  /** data-testid of the action's button. */
  readonly testId: string;
  /** Pressed state for toggles (damaged on/off); undefined for plain actions. */
  readonly pressed?: boolean;
  run(): void | Promise<void>;
}

export interface ScanContext {
  /** One authorised API call (bearer token, Accept-Language, problem+json → ApiError). */
  readonly call: (spec: Call) => Promise<unknown>;
  readonly username: string;
  readonly roles: ReadonlySet<string>;
  /** Shows the full-width banner and beeps (ok: high short tone, error: low long tone). */
  signal(kind: Signal, text: Text): void;
  /** Shows what a failed call says: the server's problem (with the field it names) or the network. */
  fail(error: unknown): void;
  /** Goes to another page by id with optional parameters ('' is the menu): #/<id>/<param>. */
  go(pageId: string, param?: string): void;
  /** Redraws the action bar after the page changed its state. */
  refresh(): void;
}

export interface ScanPageInstance {
  /** The page's body; the shell keeps the scan input and the banner above it. */
  readonly element: HTMLElement;
  /** A scan (Enter in the scan input). Scans are handled one at a time, in the order typed. */
  scan(scan: Scan): void | Promise<void>;
  /** The actions of the current step, bound to their keys and shown as big buttons. */
  actions(): readonly ScanAction[];
  /** Esc: go back one step inside the page and return true, or return false to leave the page. */
  back(): boolean;
  /** A hint of what to scan now, shown in the input's placeholder. */
  prompt(): MessageKey;
}

export interface ScanPage {
  /** The hash path: #/<id>. */
  readonly id: string;
  readonly title: MessageKey;
  /** Realm roles that may open the page (any of them). */
  readonly roles: readonly string[];
  /** Builds the page; param is the rest of the hash (#/<id>/<param>), '' when none. */
  open(context: ScanContext, param: string): ScanPageInstance;
}

/** A scan the page's own logic refused (no call made): what it says and the text's parameters. */
export interface Refusal {
  readonly reason: MessageKey;
  readonly params?: Params;
}

/** Signals a refusal of the page's logic: the red banner and the low beep. */
export function refuse(context: Pick<ScanContext, 'signal'>, refusal: Refusal): void {
  context.signal('error', refusal.params ? { key: refusal.reason, params: refusal.params } : { key: refusal.reason });
}
