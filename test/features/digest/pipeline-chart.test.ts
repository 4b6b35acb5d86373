import { createCanvas, GlobalFonts, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import {
  CHART_FONT_FAMILY,
  CHART_HEIGHT,
  CHART_WIDTH,
  ensureChartFonts,
  type PipelineChartInput,
  renderPipelineChart,
} from '../../../src/features/digest/pipeline-chart.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function expectPng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBe(CHART_WIDTH);
  expect(png.readUInt32BE(20)).toBe(CHART_HEIGHT);
}

/** Number of pixels in the rectangle that are not (near) white. */
async function inkIn(png: Buffer, x: number, y: number, w: number, h: number) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(x, y, w, h);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) ink++;
  }
  return { ink, pixels: data };
}

const base: PipelineChartInput = {
  title: 'Pipeline by stage 销售管道',
  subtitle: 'Open deals',
  valueLabel: (n) => `$${n.toLocaleString('en-US')}`,
  bars: [
    { label: 'Lead', count: 12, value: 120_000, weighted: 12_000 },
    { label: '需求分析', count: 5, value: 80_000, weighted: 24_000 },
    { label: '签订合同', count: 1, value: 20_000 },
  ],
};

describe('renderPipelineChart', () => {
  it('returns a 1000×560 PNG', async () => {
    const png = await renderPipelineChart({ ...base, legend: { value: 'Total', weighted: 'Weighted' } });
    expectPng(png);
    // Something other than background was drawn in the bar area.
    expect((await inkIn(png, 200, 120, 600, 300)).ink).toBeGreaterThan(1000);
  });

  it('renders all-zero, single-stage and empty inputs', async () => {
    const zero = base.bars.map((b) => ({ ...b, count: 0, value: 0, weighted: 0 }));
    expectPng(await renderPipelineChart({ ...base, bars: zero }));
    expectPng(await renderPipelineChart({ ...base, bars: [{ label: '潜在客户', count: 3, value: 9000 }] }));
    expectPng(await renderPipelineChart({ ...base, subtitle: undefined, bars: [] }));
  });

  it('survives very long labels, titles, odd numbers and many stages', async () => {
    const long = `${'非常长的阶段名称 Very long stage name '.repeat(60)}`;
    const bars = Array.from({ length: 25 }, (_, i) => ({
      label: i % 2 ? long : `${i}`,
      count: i,
      value: i === 3 ? Number.NaN : i === 4 ? -5 : i * 1000,
      weighted: i === 5 ? Number.POSITIVE_INFINITY : i * 100,
    }));
    const png = await renderPipelineChart({
      title: long,
      subtitle: long,
      bars,
      valueLabel: (n) => `¥${n}`.repeat(40),
      countLabel: (n) => `${n} 个商机`.repeat(40),
      legend: { value: long, weighted: long },
    });
    expectPng(png);
  });

  it('registers the CJK font by file path and has real glyphs for Chinese characters', () => {
    const family = ensureChartFonts('签订潜龘');
    expect(family).toBe(CHART_FONT_FAMILY);
    expect(GlobalFonts.has(CHART_FONT_FAMILY)).toBe(true);
    const glyph = (ch: string) => {
      const ctx = createCanvas(80, 80).getContext('2d');
      ctx.font = `64px "${family}"`;
      ctx.textBaseline = 'middle';
      ctx.fillText(ch, 8, 40);
      return Buffer.from(ctx.getImageData(0, 0, 80, 80).data);
    };
    // U+E000 has no glyph: it renders as the missing-glyph box (or nothing), which real glyphs must not match.
    const missing = glyph('\uE000');
    const seen = new Set<string>();
    for (const ch of ['签', '订', '潜', '龘']) {
      const pixels = glyph(ch);
      expect(pixels.some((v, i) => i % 4 === 3 && v > 128)).toBe(true);
      expect(pixels.equals(missing)).toBe(false);
      seen.add(pixels.toString('base64'));
    }
    expect(seen.size).toBe(4);
  });

  it('draws distinct Chinese glyphs in the label column', async () => {
    const chart = (label: string) =>
      renderPipelineChart({ title: '', valueLabel: () => '', bars: [{ label, count: 0, value: 0 }] });
    // The label is right-aligned in a column starting at x=40 that is at least 80 px wide.
    const region = [40, 60, 60, 120] as const;
    const empty = await inkIn(await chart(''), ...region);
    const sign = await inkIn(await chart('签订合同'), ...region);
    const needs = await inkIn(await chart('需求分析'), ...region);
    expect(empty.ink).toBe(0);
    expect(sign.ink).toBeGreaterThan(200);
    expect(needs.ink).toBeGreaterThan(200);
    // Missing-glyph boxes would look the same for every character; real glyphs do not.
    expect(Buffer.from(sign.pixels).equals(Buffer.from(needs.pixels))).toBe(false);
  });
});
