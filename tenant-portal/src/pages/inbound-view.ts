// The inbound pages without the DOM: how each line of a shipment stands (received against
// expected), the shipment's totals, and what the shop may still do with it.
import type { InboundLineView, InboundShipmentView, InboundStatus } from '../api';

/**
 * A line against its announcement: complete; short (the receipt is closed with units missing);
 * awaiting (counting goes on, units still expected); over (more counted than announced, or not
 * announced at all).
 */
export type LineState = 'complete' | 'short' | 'awaiting' | 'over' | 'cancelled';

export interface LineProgress {
  /** Good and damaged units the dock counted. */
  readonly counted: number;
  /** counted − expected: negative is missing, positive is extra. */
  readonly difference: number;
  readonly state: LineState;
}

export function lineProgress(line: InboundLineView, status: InboundStatus): LineProgress {
  const counted = line.received + line.damaged;
  const difference = counted - line.expected;
  let state: LineState;
  if (status === 'CANCELLED') state = 'cancelled';
  else if (!line.announced || difference > 0) state = 'over';
  else if (difference === 0) state = 'complete';
  else state = status === 'RECEIVED' ? 'short' : 'awaiting';
  return { counted, difference, state };
}

export interface InboundTotals {
  readonly lines: number;
  readonly expected: number;
  readonly received: number;
  readonly damaged: number;
  readonly putAway: number;
}

export function totalsOf(s: Pick<InboundShipmentView, 'lines'>): InboundTotals {
  return s.lines.reduce(
    (t, l) => ({
      lines: t.lines + 1,
      expected: t.expected + l.expected,
      received: t.received + l.received,
      damaged: t.damaged + l.damaged,
      putAway: t.putAway + l.putAway,
    }),
    { lines: 0, expected: 0, received: 0, damaged: 0, putAway: 0 },
  );
}

/** The shop can withdraw an announcement only before the dock counted anything. */
export function canCancel(status: InboundStatus): boolean {
  return status === 'ANNOUNCED';
}

/** A signed difference as the table shows it: "−2", "+1", "0". */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `\u2212${-n}`;
  return '0';
}
