import { useEffect, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import type { ParticipationRow } from '../api/get-participation';
import { formatCount } from './format';

type Props = {
  rows: ParticipationRow[];
  /** What the picture shows, for screen readers: the figures are in the table. */
  label: string;
  registeredLabel: string;
  womenLabel: string;
  language: string;
};

const HEIGHT = 260;
const WOMEN_COLOUR = '#c2571a';

/** Cuts a category label to what fits under its bars. */
function truncate(text: string, chars: number) {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
}

/**
 * The rows as grouped bars (registered, women) drawn by uPlot on a canvas, one category per row in
 * the order given. uPlot is loaded on first use; the chart follows its container's width.
 */
export function ParticipationChart({ rows, label, registeredLabel, womenLabel, language }: Props) {
  const container = useRef<HTMLDivElement>(null);
  // Callers may pass a fresh array with the same rows on each render: draw again only when what is drawn changes.
  const drawn = JSON.stringify(rows.map((row) => [row.label, row.registered, row.women]));
  const points = useMemo(() => JSON.parse(drawn) as [string, number, number][], [drawn]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let chart: uPlot | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;

    void import('./uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      const labels = points.map(([rowLabel]) => rowLabel);
      const max = Math.max(1, ...points.map(([, registered]) => registered));
      const brand = getComputedStyle(element).getPropertyValue('--brand').trim() || '#0b4f6c';
      const count = (value: number) => formatCount(value, language);
      const width = () => Math.max(200, Math.floor(element.clientWidth));
      const bars = (align: -1 | 1) => UPlot.paths.bars!({ size: [0.4, 48], align, gap: 1 });
      const options: uPlot.Options = {
        width: width(),
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        select: { show: false, left: 0, top: 0, width: 0, height: 0 },
        scales: {
          x: { time: false, range: () => [-0.5, points.length - 0.5] },
          y: { range: () => [0, Math.ceil(max * 1.1)] },
        },
        axes: [
          {
            splits: () => points.map((_, index) => index),
            // Every label if they fit, otherwise every n-th; each cut to its share of the width.
            values: (u, splits) => {
              const slot = Math.max(0, u.width - 56) / Math.max(1, points.length);
              const step = Math.max(1, Math.ceil(48 / slot));
              const chars = Math.max(3, Math.floor((slot * step) / 7.5));
              return splits.map((index) => (index % step === 0 && labels[index] !== undefined ? truncate(labels[index], chars) : ''));
            },
            grid: { show: false },
            ticks: { show: false },
            gap: 4,
            size: 28,
          },
          {
            incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000],
            values: (_u, splits) => splits.map(count),
            size: 48,
            grid: { stroke: 'rgba(0, 0, 0, 0.1)', width: 1 },
          },
        ],
        series: [
          {},
          { label: registeredLabel, fill: brand, stroke: brand, width: 0, paths: bars(-1), points: { show: false } },
          { label: womenLabel, fill: WOMEN_COLOUR, stroke: WOMEN_COLOUR, width: 0, paths: bars(1), points: { show: false } },
        ],
      };
      const data: uPlot.AlignedData = [points.map((_, index) => index), points.map(([, registered]) => registered), points.map(([, , women]) => women)];
      chart = new UPlot(options, data, element);
      if (typeof ResizeObserver !== 'undefined') {
        observer = new ResizeObserver(() => {
          if (chart && chart.width !== width()) chart.setSize({ width: width(), height: HEIGHT });
        });
        observer.observe(element);
      }
    });

    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
    };
  }, [points, registeredLabel, womenLabel, language]);

  return <div ref={container} className="participation-chart" role="img" aria-label={label} style={{ minHeight: HEIGHT }} />;
}
