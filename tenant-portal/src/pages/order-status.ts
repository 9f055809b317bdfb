// An order's status as a badge: the status's name, coloured by its stage, its meaning as a tooltip.
import type { OrderStatus } from '../api';
import { h, setAttrText, setText } from '../dom';
import { stageOf, statusHint, statusLabel } from '../orders';

export function statusBadge(status: OrderStatus, testId = 'order-status'): HTMLElement {
  const badge = h('span', { class: `status status--${stageOf(status)}`, 'data-testid': testId, 'data-status': status });
  setText(badge, { key: statusLabel(status) });
  setAttrText(badge, 'title', statusHint(status));
  return badge;
}
