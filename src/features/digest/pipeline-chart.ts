import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

/**
 * Server-side PNG of the team's "pipeline by stage" chart (English and Simplified Chinese).
 *
 * Font: Noto Sans SC from the `noto-sans-sc` npm package, shipped as Google Fonts' unicode-range slices
 * (~100 WOFF2 files per weight, Latin included, all of Noto Sans SC). The slices a chart needs are registered
 * under one family alias, so Skia picks the slice that holds each glyph. System fonts are never used.
 */
export const CHART_FONT_FAMILY = 'Salesflow Noto Sans SC';
export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 560;

export interface PipelineChartBar {
  label: string;
  count: number;
  value: number;
  weighted?: number;
}

export interface PipelineChartInput {
  title: string;
  subtitle?: string;
  bars: PipelineChartBar[];
  valueLabel: (n: number) => string;
  /** Text after the value, e.g. `n => \`${n} deals\``; defaults to the bare number. */
  countLabel?: (n: number) => string;
  /** Shown top right when any bar has `weighted`, e.g. `{ value: 'Total', weighted: 'Weighted' }`. */
  legend?: { value: string; weighted: string };
}

const COLORS = { background: '#ffffff', ink: '#1d1c1d', muted: '#616061', axis: '#dddddd' };
const BAR = { total: '#a8c7fa', weighted: '#1d6fd8' };
type Legend = NonNullable<PipelineChartInput['legend']>;

interface FontSlice {
  path: string;
  ranges: Array<[number, number]>;
  registered: boolean;
}
let slices: FontSlice[] | undefined;
const coveredCodePoints = new Set<number>();

/** Reads each weight's css.css: which WOFF2 slice holds which unicode ranges. */
function loadSlices(): FontSlice[] {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('noto-sans-sc/package.json'));
  const found: FontSlice[] = [];
  for (const weight of ['noto_sans_sc_regular', 'noto_sans_sc_bold']) {
    const dir = join(pkgDir, weight);
    const css = readFileSync(join(dir, 'css.css'), 'utf8');
    for (const [, file = '', range = ''] of css.matchAll(
      /url\(['"]?([^)'"]+\.woff2)['"]?\)[^}]*?unicode-range:([^;]+);/g,
    )) {
      const ranges = range.split(',').map((r): [number, number] => {
        const [lo = '', hi = lo] = r.trim().replace(/^U\+/i, '').split('-');
        return [Number.parseInt(lo, 16), Number.parseInt(hi, 16)];
      });
      found.push({ path: join(dir, file), ranges, registered: false });
    }
  }
  if (found.length < 2) throw new Error(`pipeline chart: no font slices found in ${pkgDir}`);
  return found;
}

/**
 * Registers, by file path, the font slices (regular and bold) that hold the characters of `text`, plus
 * Latin; idempotent. Registering only what is used keeps text layout fast (Skia scans every registered
 * face of the family per text run: ~1 ms per measure with all 200 slices, ~0.1 ms with a handful).
 * Returns the family name to use in `ctx.font`.
 */
export function ensureChartFonts(text = ''): string {
  slices ??= loadSlices();
  for (const char of `Aa0${text}…·`) {
    const cp = char.codePointAt(0) ?? 0;
    if (coveredCodePoints.has(cp)) continue;
    coveredCodePoints.add(cp);
    for (const slice of slices) {
      if (slice.registered || !slice.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)) continue;
      if (!GlobalFonts.registerFromPath(slice.path, CHART_FONT_FAMILY)) {
        throw new Error(`pipeline chart: cannot register font ${slice.path}`);
      }
      slice.registered = true;
    }
  }
  return CHART_FONT_FAMILY;
}

const font = (size: number, weight: 400 | 700 = 400) => `${weight} ${size}px "${CHART_FONT_FAMILY}"`;
const safe = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : 0);

/** Caps absurdly long input (measuring it is slow); anything this long is ellipsized anyway. */
const cap = (text: string) => (text.length > 120 ? `${Array.from(text).slice(0, 120).join('')}…` : text);

/** Cuts `text` (by code point) so that it fits in `maxWidth` with the current font, adding an ellipsis. */
function ellipsize(ctx: SKRSContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${chars.slice(0, mid).join('')}…`).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

function roundedBar(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, color: string) {
  if (w <= 0) return;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(h / 2, w / 2, 6));
  ctx.fill();
}

/** Renders a horizontal bar chart (one row per stage) as a 1000×560 PNG on a white background. */
export async function renderPipelineChart(input: PipelineChartInput): Promise<Buffer> {
  const countLabel = input.countLabel ?? ((n: number) => `${n}`);
  const bars = input.bars.map((b) => ({ ...b, label: cap(b.label) }));
  const texts = bars.map((b) => ({
    value: cap(input.valueLabel(b.value)),
    count: cap(` · ${countLabel(b.count)}`),
  }));
  const legend = input.legend && { value: cap(input.legend.value), weighted: cap(input.legend.weighted) };
  const title = cap(input.title);
  const subtitle = cap(input.subtitle ?? '');
  const allText = [title, subtitle, legend?.value, legend?.weighted, ...bars.map((b) => b.label)];
  ensureChartFonts(allText.concat(texts.flatMap((t) => [t.value, t.count])).join(''));

  const W = CHART_WIDTH;
  const H = CHART_HEIGHT;
  const pad = 40;
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, W, H);

  ctx.fillStyle = COLORS.ink;
  ctx.font = font(28, 700);
  const hasWeighted = bars.some((b) => b.weighted !== undefined);
  const legendW = hasWeighted && legend ? 300 : 0;
  ctx.fillText(ellipsize(ctx, title, W - 2 * pad - legendW), pad, pad + 24);
  let top = pad + 44;
  if (subtitle) {
    ctx.fillStyle = COLORS.muted;
    ctx.font = font(18);
    ctx.fillText(ellipsize(ctx, subtitle, W - 2 * pad - legendW), pad, top + 14);
    top += 30;
  }
  if (hasWeighted && legend) drawLegend(ctx, legend, W - pad, pad + 20);
  top += 16;

  if (bars.length === 0) return canvas.encode('png');
  const rowH = Math.min(72, (H - pad - top) / bars.length);
  const labelSize = Math.max(11, Math.min(20, Math.floor(rowH * 0.4)));
  const barH = Math.max(4, Math.round(rowH * 0.56));
  const maxValue = Math.max(0, ...bars.map((b) => Math.max(safe(b.value), safe(b.weighted))));

  ctx.font = font(labelSize, 700);
  const labelW = Math.min(W * 0.3, Math.max(80, ...bars.map((b) => ctx.measureText(b.label).width)));
  const textW = (t: (typeof texts)[number]) => {
    ctx.font = font(labelSize, 700);
    const v = ctx.measureText(t.value).width;
    ctx.font = font(labelSize);
    return v + ctx.measureText(t.count).width;
  };
  const valueW = Math.min(W * 0.3, Math.max(...texts.map(textW)));
  const barX = pad + labelW + 16;
  const barMax = Math.max(20, W - pad - valueW - 12 - barX);

  ctx.fillStyle = COLORS.axis;
  ctx.fillRect(barX - 1, top, 1, rowH * bars.length);
  bars.forEach((bar, i) => {
    const cy = top + rowH * i + rowH / 2;
    const y = cy - barH / 2;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'right';
    ctx.fillStyle = COLORS.ink;
    ctx.font = font(labelSize, 700);
    ctx.fillText(ellipsize(ctx, bar.label, labelW), pad + labelW, cy);
    ctx.textAlign = 'left';

    const scale = (n: number) => (maxValue > 0 ? (safe(n) / maxValue) * barMax : 0);
    const valueEnd = scale(bar.value);
    const valueColor = hasWeighted ? BAR.total : BAR.weighted;
    roundedBar(ctx, barX, y, Math.max(valueEnd, safe(bar.value) > 0 ? 3 : 0), barH, valueColor);
    if (bar.weighted !== undefined) roundedBar(ctx, barX, y, scale(bar.weighted), barH, BAR.weighted);

    const t = texts[i] ?? { value: '', count: '' };
    const tx = barX + Math.max(valueEnd, scale(bar.weighted ?? 0)) + 10;
    const limit = W - pad - tx;
    ctx.font = font(labelSize, 700);
    ctx.fillStyle = COLORS.ink;
    const value = ellipsize(ctx, t.value, limit);
    ctx.fillText(value, tx, cy);
    const vw = ctx.measureText(value).width;
    ctx.font = font(labelSize);
    ctx.fillStyle = COLORS.muted;
    ctx.fillText(ellipsize(ctx, t.count, limit - vw), tx + vw, cy);
  });
  return canvas.encode('png');
}

function drawLegend(ctx: SKRSContext2D, legend: Legend, right: number, cy: number) {
  ctx.font = font(16);
  ctx.textBaseline = 'middle';
  let x = right;
  for (const [text, color] of [
    [legend.weighted, BAR.weighted],
    [legend.value, BAR.total],
  ] as const) {
    const label = ellipsize(ctx, text, 110);
    x -= ctx.measureText(label).width;
    ctx.fillStyle = COLORS.muted;
    ctx.fillText(label, x, cy);
    x -= 22;
    roundedBar(ctx, x, cy - 7, 14, 14, color);
    x -= 18;
  }
}
