// Code 128 (ISO/IEC 15417) as bars, pure: the parcel label prints its number with it, and the
// scanners at the dispatch desk read it back as the text and Enter. Set B (ASCII 32-126) with runs
// of digits packed two per symbol in set C, which keeps "PCL000000123" narrow enough for a label.

/** Bar/space widths in modules of the symbol values 0-106 (106: stop, with its termination bar). */
export const PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

export const START_B = 104;
export const START_C = 105;
/** In set B: switch to set C. */
export const CODE_C = 99;
/** In set C: switch to set B. */
export const CODE_B = 100;
export const STOP = 106;
/** Light modules each side that a scanner needs to find the code. */
export const QUIET_ZONE = 10;

/** Whether the text can be written in Code 128 here: 1-80 printable ASCII characters. */
export function encodable(text: string): boolean {
  return text.length > 0 && text.length <= 80 && /^[\x20-\x7e]+$/.test(text);
}

function digitRun(text: string, from: number): number {
  let end = from;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end - from;
}

/**
 * The symbol values: start, data (set B, with set C for runs of at least 4 digits at either end or
 * 6 in the middle), the mod-103 check symbol, stop. Throws RangeError for text it cannot write.
 */
export function code128Values(text: string): number[] {
  if (!encodable(text)) throw new RangeError(`Code 128 here writes 1-80 printable ASCII characters, not ${JSON.stringify(text)}`);
  const data: number[] = [];
  let set: 'B' | 'C';
  let i = 0;
  if (digitRun(text, 0) === text.length && text.length % 2 === 0) {
    set = 'C';
    data.push(START_C);
  } else if (digitRun(text, 0) >= 4) {
    // Digits first: pack as many pairs as there are in C, then the rest in B.
    set = 'C';
    data.push(START_C);
  } else {
    set = 'B';
    data.push(START_B);
  }
  while (i < text.length) {
    if (set === 'C') {
      if (digitRun(text, i) >= 2) {
        data.push(Number(text.slice(i, i + 2)));
        i += 2;
        continue;
      }
      data.push(CODE_B);
      set = 'B';
      continue;
    }
    const run = digitRun(text, i);
    const atEnd = i + run === text.length;
    if (run >= 6 || (atEnd && run >= 4)) {
      // An odd run: its first digit stays in B so the rest pairs up.
      if (run % 2 === 1) {
        data.push(text.charCodeAt(i) - 32);
        i++;
      }
      data.push(CODE_C);
      set = 'C';
      continue;
    }
    data.push(text.charCodeAt(i) - 32);
    i++;
  }
  data.push(checkSymbol(data));
  data.push(STOP);
  return data;
}

/** The check symbol: the start's value plus each data symbol's value times its position, mod 103. */
export function checkSymbol(values: readonly number[]): number {
  let sum = values[0] ?? 0;
  for (let i = 1; i < values.length; i++) sum += (values[i] as number) * i;
  return sum % 103;
}

/** The widths of the bars and spaces in modules, bar first, from start to the termination bar. */
export function code128Widths(text: string): number[] {
  return code128Values(text).flatMap((value) => [...(PATTERNS[value] as string)].map(Number));
}

export interface Bar {
  /** Left edge in modules, the quiet zone included. */
  readonly x: number;
  readonly width: number;
}

/** The dark bars to draw, in modules, with the quiet zone on both sides counted in {@code modules}. */
export function code128Bars(text: string): { readonly modules: number; readonly bars: readonly Bar[] } {
  const bars: Bar[] = [];
  let x = QUIET_ZONE;
  code128Widths(text).forEach((width, i) => {
    if (i % 2 === 0) bars.push({ x, width });
    x += width;
  });
  return { modules: x + QUIET_ZONE, bars };
}
