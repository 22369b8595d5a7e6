import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { CHART_PALETTE, chartHeight, type ChartData } from './chart-data';

// Only what the dashboard draws is bundled (the full build is ~1.4 MB). SVG keeps the text crisp
// at any zoom and sets its styles through the DOM, which the strict CSP allows.
use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<BarSeriesOption | LineSeriesOption | AriaComponentOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

// Lines are told apart by marker shape and dash as well as colour.
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'] as const;
const DASHES = ['solid', 'dashed', 'dotted'] as const;

const TEXT = '#1A1A1A';
const FONT_SIZE = 14;

function optionOf(data: ChartData, label: string, fontFamily: string): Option {
  const axisLabel = { fontSize: FONT_SIZE, color: TEXT };
  const valueAxis = {
    type: 'value' as const,
    ...(data.integer ? { minInterval: 1 } : {}),
    ...(data.axisMax === undefined ? {} : { max: ({ max }: { max: number }) => Math.max(max, data.axisMax!) }),
    axisLabel: { ...axisLabel, formatter: (value: number) => (data.axisFormat ?? data.format)(value) },
  };
  const categoryAxis = {
    type: 'category' as const,
    data: data.categories,
    inverse: data.horizontal,
    axisLabel: data.horizontal ? { ...axisLabel, width: 240, overflow: 'truncate' as const } : axisLabel,
  };
  // Room for the figure written after a horizontal bar's end.
  const labelsOutside = data.horizontal && data.series.some((series) => series.type === 'bar' && !series.stacked);
  let line = 0;
  return {
    color: [...CHART_PALETTE],
    textStyle: { fontFamily, fontSize: FONT_SIZE, color: TEXT },
    aria: { enabled: true, label: { description: label }, decal: { show: true } },
    animation: false,
    legend: { top: 0, textStyle: { fontSize: FONT_SIZE, color: TEXT } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      textStyle: { fontFamily, fontSize: FONT_SIZE },
      valueFormatter: (value) => (typeof value === 'number' ? data.format(value) : '―'),
    },
    grid: { top: 48, left: 16, right: labelsOutside ? 80 : 24, bottom: 16 },
    xAxis: data.horizontal ? valueAxis : categoryAxis,
    yAxis: data.horizontal ? categoryAxis : valueAxis,
    series: data.series.map((series): BarSeriesOption | LineSeriesOption => {
      if (series.type === 'line') {
        const index = line++;
        return {
          type: 'line',
          name: series.name,
          data: series.values,
          connectNulls: series.connectNulls ?? false,
          symbol: SYMBOLS[index % SYMBOLS.length],
          symbolSize: 10,
          lineStyle: { width: 3, type: DASHES[index % DASHES.length] },
        };
      }
      return {
        type: 'bar',
        name: series.name,
        data: series.values,
        ...(series.stacked ? { stack: 'total' } : {}),
        barMaxWidth: 40,
        label: {
          show: true,
          position: series.stacked ? 'inside' : data.horizontal ? 'right' : 'top',
          color: series.stacked ? '#FFFFFF' : TEXT,
          fontSize: FONT_SIZE,
          fontWeight: 'bold',
          formatter: ({ value }) => (typeof value === 'number' && value !== 0 ? data.format(value) : ''),
        },
      };
    }),
  };
}

/** Every text the chart draws, so the web font's subsets holding its glyphs are loaded before ECharts measures them. */
const textOf = (data: ChartData) => [...data.categories, ...data.series.map((series) => series.name), '0123456789,.%円千百万件'].join('');

/** An ECharts chart of `data`, labelled for assistive technology; redrawn when the data change, resized with its box. */
export function EChart({ data, label }: { data: ChartData; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // The figures, not the object: callers build `data` afresh on every render.
  const signature = JSON.stringify([data.categories, data.series, data.horizontal, data.axisMax, label]);
  const latest = useRef({ data, label });
  latest.current = { data, label };

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const drawn = latest.current;
    const fontFamily = getComputedStyle(element).fontFamily;
    let live = true;
    // Measured with a fallback font, Japanese labels come out wider than the room ECharts left for them.
    void document.fonts
      .load(`${FONT_SIZE}px ${fontFamily}`, textOf(drawn.data))
      .catch(() => [])
      .then(() => {
        if (live) chart.current?.setOption(optionOf(drawn.data, drawn.label, fontFamily), { notMerge: true });
      });
    return () => {
      live = false;
    };
  }, [signature]);

  return <div ref={ref} role="img" aria-label={label} className="w-full" style={{ height: chartHeight(data) }} />;
}
