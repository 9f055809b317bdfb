// Where a server's field error goes on a form with rows of lines (an order's goods, an inbound
// shipment's lines): problem+json names JSON paths such as lines[1].qty, and blank rows are not
// sent, so request line 1 may be the form's row 2. One rule for every such form.
import type { ProblemError } from '../api';
import type { Text } from '../i18n';

const LINE_PATH = /^lines\[(\d+)\](?:\.(\w+))?$/;

/** A field of the form's row n, e.g. "lines[2].qty". */
export type RowField<L extends string> = `lines[${number}].${L}`;

export function rowField<L extends string>(row: number, field: L): RowField<L> {
  return `lines[${row}].${field}`;
}

/**
 * The form field a server field names, or null: a known path as it is; "lines[i].f" → f of the
 * row that request line i came from (lineRows[i]); "lines[i]" → that row's first line field. A path
 * with a prefix (a Bean Validation "create.request.notes") is matched by its longest known tail.
 */
export function placeField<F extends string, L extends string>(
  serverField: string,
  known: readonly F[],
  lineFields: readonly L[],
  lineRows: readonly number[],
): F | RowField<L> | null {
  const parts = serverField.split('.');
  for (let start = 0; start < parts.length; start++) {
    const path = parts.slice(start).join('.');
    if ((known as readonly string[]).includes(path)) return path as F;
    const match = LINE_PATH.exec(path);
    if (match) {
      const row = lineRows[Number(match[1])];
      const field = match[2] ?? lineFields[0];
      if (row === undefined || field === undefined || !(lineFields as readonly string[]).includes(field)) return null;
      return rowField(row, field as L);
    }
  }
  return null;
}

export interface SortedErrors<F extends string> {
  readonly byField: Partial<Record<F, Text[]>>;
  /** Errors that name no input of the form, with their field named. */
  readonly other: readonly Text[];
}

/** Puts each server error under the input place() finds for it; the rest go to the summary. */
export function sortErrors<F extends string>(errors: readonly ProblemError[], place: (serverField: string) => F | null): SortedErrors<F> {
  const byField: Partial<Record<F, Text[]>> = {};
  const other: Text[] = [];
  for (const error of errors) {
    const field = error.field ? place(error.field) : null;
    if (field) (byField[field] ??= []).push({ raw: error.message });
    else other.push({ raw: error.field ? `${error.field}: ${error.message}` : error.message });
  }
  return { byField, other };
}
