// A message for the next page: "Order created." shown on the order's page after the form sends
// the browser there. Taken once.
import type { Text } from './i18n';

let pending: Text | null = null;

export function setFlash(text: Text): void {
  pending = text;
}

export function takeFlash(): Text | null {
  const text = pending;
  pending = null;
  return text;
}
