// Dates and times in a named time zone (the shop's, or the buyer's), with Intl only. An instant is
// shown as the wall clock of that zone; a calendar day of that zone becomes the instant it starts.

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function wallClock(epochMs: number, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: (parts['hour'] ?? 0) % 24,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

/** The zone's offset from UTC at that instant, in milliseconds (+3 h for Moscow). */
export function offsetMs(epochMs: number, zone: string): number {
  const w = wallClock(epochMs, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** True when Intl knows the zone (an IANA id such as Europe/Moscow). */
export function isKnownZone(zone: string): boolean {
  try {
    partsFormat(zone);
    return true;
  } catch {
    return false;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-03-01" → its parts, or null when it is not a real calendar date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * The instant the calendar day starts in the zone, as an ISO string in UTC:
 * ("2025-03-01", "Europe/Moscow") → "2025-02-28T21:00:00.000Z". Where a clock change skips
 * midnight, the day starts at the first minute that exists. Null for a date that is not real.
 */
export function startOfDay(date: string, zone: string): string | null {
  const parts = parseIsoDate(date);
  if (!parts) return null;
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day);
  // The offset at the wall time read as UTC is a first guess; the offset at the guess settles it.
  let instant = wall - offsetMs(wall, zone);
  instant = wall - offsetMs(instant, zone);
  // A skipped midnight: the second guess lands in the evening before; the offset there (before
  // the jump) gives the moment the clock jumps forward, where the day begins.
  const w = wallClock(instant, zone);
  if (Date.UTC(w.year, w.month - 1, w.day) < wall) {
    instant = wall - offsetMs(instant, zone);
  }
  return new Date(instant).toISOString();
}

/** The day after an ISO date: "2025-02-28" → "2025-03-01". */
export function nextDay(date: string): string | null {
  const parts = parseIsoDate(date);
  if (!parts) return null;
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day + 1)).toISOString().slice(0, 10);
}

/** Today's date in the zone, "2025-03-01". */
export function todayIn(zone: string, now: number = Date.now()): string {
  const w = wallClock(now, zone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

const displayFormats = new Map<string, Intl.DateTimeFormat>();

function displayFormat(lang: string, zone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang} ${zone} ${withTime}`;
  let format = displayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
    displayFormats.set(key, format);
  }
  return format;
}

/** An ISO instant as the zone's wall clock in the language: "01.03.2025, 14:05" / "03/01/2025, 14:05". */
export function formatDateTime(instant: string, zone: string, lang: string): string {
  const epoch = Date.parse(instant);
  if (Number.isNaN(epoch)) return instant;
  return displayFormat(lang, zone, true).format(new Date(epoch));
}

/** A calendar date ("2025-03-01") written in the language, without any zone shift. */
export function formatDate(date: string, lang: string): string {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  return displayFormat(lang, 'UTC', false).format(new Date(Date.UTC(parts.year, parts.month - 1, parts.day)));
}
