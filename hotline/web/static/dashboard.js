// 统计看板: ECharts (vendored) from the figures the page carries; a click drills down to the cases.
(function () {
  "use strict";
  var holder = document.getElementById("chart-data");
  if (!holder || !window.echarts) { return; }
  var data = JSON.parse(holder.getAttribute("data-json"));
  var base = data.links.cases;
  var charts = [];

  function drill(extra) {
    window.location.href = base + (base.indexOf("?") < 0 ? "?" : "&") + extra;
  }
  function make(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    var chart = window.echarts.init(el, null, { renderer: "canvas", locale: "ZH" });
    charts.push(chart);
    return chart;
  }

  var volume = make("chart-volume");
  if (volume) {
    volume.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 40 },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: data.series.labels, axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", name: "受理量", data: data.series.values, barMaxWidth: 36, itemStyle: { color: "#0b5cab" } }]
    });
  }

  var cats = make("chart-categories");
  if (cats) {
    var items = data.categories.slice().reverse();
    cats.setOption({
      animation: false,
      grid: { left: 110, right: 30, top: 10, bottom: 24 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: items.map(function (c) { return c.name; }) },
      series: [{ type: "bar", name: "工单数", data: items.map(function (c) { return { value: c.count, code: c.code }; }),
                 barMaxWidth: 28, itemStyle: { color: "#1e7b34" }, label: { show: true, position: "right" } }]
    });
    cats.on("click", function (p) { if (p.data && p.data.code) { drill("category=" + encodeURIComponent(p.data.code)); } });
  }

  var map = make("chart-map");
  if (map) {
    var max = data.provinces.reduce(function (m, p) { return Math.max(m, p.count); }, 1);
    map.setOption({
      animation: false,
      tooltip: { trigger: "item", formatter: function (p) { return p.name + "：" + (p.value || 0) + " 件"; } },
      visualMap: { min: 0, max: max, left: 10, bottom: 10, text: ["多", "少"], calculable: true,
                   inRange: { color: ["#e8f0fb", "#0b5cab"] } },
      series: [{ type: "map", map: "china", roam: false, name: "受理量", zoom: 1.15,
                 label: { show: false }, emphasis: { label: { show: true } },
                 data: data.provinces.map(function (p) { return { name: p.name, value: p.count, code: p.code }; }) }]
    });
    map.on("click", function (p) { if (p.data && p.data.code) { drill("region=" + p.data.code); } });
  }

  // Resize once the window has settled, and never a chart of a page being left: a resize that ran
  // while the browser was already loading the next page threw inside ECharts.
  var resizing = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      charts.forEach(function (c) { if (!c.isDisposed()) { c.resize(); } });
    }, 120);
  });
  window.addEventListener("pagehide", function () {
    clearTimeout(resizing);
    charts.forEach(function (c) { c.dispose(); });
  });
})();
