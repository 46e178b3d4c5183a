// Charts of the statistics page and the monitor's history, drawn with Apache ECharts (vendored in
// /lib/echarts, loaded by the page as the global `echarts`). Names and labels go to ECharts as
// data, never as markup (its default tooltip escapes them).
import { st } from "/js/statistics-texts.js";

const charts = new Map();

/** The chart of an element, made once; resized with the window. */
export function chartOf(element) {
  let chart = charts.get(element);
  if (!chart) {
    chart = globalThis.echarts.init(element, null, { renderer: "canvas" });
    charts.set(element, chart);
    addEventListener("resize", () => chart.resize());
  }
  return chart;
}

/** Taken in and closed per label (days or hours): two lines. */
export function drawFlow(element, counts, labelOf = (c) => c.label) {
  chartOf(element).setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: [st("received"), st("closed")] },
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    xAxis: { type: "category", data: counts.map(labelOf) },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      { name: st("received"), type: "line", data: counts.map((c) => c.received) },
      { name: st("closed"), type: "line", data: counts.map((c) => c.closed) },
    ],
  }, { notMerge: true });
}

/** Rows compared: bars of figures per row; a click on a row's bars calls onNarrow(row). */
export function drawRows(element, rows, figures, onNarrow) {
  const chart = chartOf(element);
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: figures.map(([key]) => st(key)) },
    grid: { left: 40, right: 16, top: 32, bottom: 60 },
    xAxis: { type: "category", data: rows.map((r) => r.name), axisLabel: { rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: "value", minInterval: 1 },
    series: figures.map(([key, value]) => ({ name: st(key), type: "bar", data: rows.map((r) => value(r.figures)) })),
  }, { notMerge: true });
  chart.off("click");
  if (onNarrow) chart.on("click", (event) => { const row = rows[event.dataIndex]; if (row) onNarrow(row); });
}
