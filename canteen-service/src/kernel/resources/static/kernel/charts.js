/*
 * The charts of both services' pages, drawn by uPlot (webjar org.webjars.npm:uplot) on a canvas.
 *
 * Why this shape: the bureau reads these pages on office screens and prints them, and some readers cannot see a
 * chart at all. So every chart comes with its numbers in a real table below it (printable, read by screen readers),
 * the type is large, the colours are dark enough on white (WCAG 1.4.11), and there is no hover tooltip to find.
 * Names that come from stored data (canteens, facilities) are drawn on the canvas as text or set with textContent;
 * nothing here builds HTML from strings. uPlot sets sizes through element.style (CSSOM), which the pages' CSP allows.
 *
 *   XingfuCharts.draw(host, {
 *     kind: 'bars' (one series) | 'stacked' | 'grouped' | 'lines',
 *     title: '每月供餐 Meals per month', tableHint: '数字见下表 Figures in the table below',
 *     categoryHeading: '月份 Month', categories: ['2031-01', ...],
 *     series: [{ label: '堂食 Dine-in', values: [3, 0, ...] }, ...],
 *     totalHeading: '合计 Total' (stacked: a total column), format: v => '…' (table and value labels),
 *     yMax: 100, axisFormat: v => v + '%', yLabel: '入住率 %', emptyText: '暂无数据 No data', height: 320
 *   });
 *
 * draw() replaces whatever the host showed before (a language switch simply draws again); XingfuCharts.resizeAll()
 * fits every chart to its host again, e.g. after a hidden part of the page was shown.
 */
(function () {
  'use strict';

  var FONT = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif';
  var AXIS_PX = 17;
  var INK = '#1a1a1a';
  var GRID = '#c8c8c8';
  /* blue, dark orange, green, purple, grey: each at least 4.5:1 on white, and blue/orange apart for red-green blindness */
  var PALETTE = ['#1f5fa8', '#b35900', '#1c6b3a', '#6a3d9a', '#5c5c5c'];
  var INTEGER_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000,
    50000, 100000, 200000, 250000, 500000, 1000000, 2000000, 5000000, 10000000];
  var charts = [];
  var measuring = document.createElement('canvas').getContext('2d');

  function node(tag, className, text) {
    var n = document.createElement(tag);
    if (className) n.className = className;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }

  function plain(v) {
    return v === null || v === undefined ? '–' : Number(v).toLocaleString('zh-CN');
  }

  /** A category name cut to the width of its slot on the axis; the table below always has it in full. */
  function fit(text, widthPx) {
    var s = String(text === null || text === undefined ? '' : text);
    measuring.font = AXIS_PX + 'px ' + FONT;
    if (measuring.measureText(s).width <= widthPx) return s;
    var chars = Array.from(s);
    while (chars.length > 1 && measuring.measureText(chars.join('') + '…').width > widthPx) chars.pop();
    return chars.join('') + '…';
  }

  function niceTop(max) {
    if (!(max > 0)) return 1;
    var room = max * 1.18;
    var step = Math.pow(10, Math.floor(Math.log10(room)));
    var top = Math.ceil(room / step) * step;
    return max >= 1 && top - max < 1 ? top + 1 : top;
  }

  function colourOf(spec, i) {
    return spec.series[i].color || PALETTE[i % PALETTE.length];
  }

  /** Sums per category, and for a stack the running sums: segment s goes from base[s] to top[s]. */
  function stack(spec) {
    var bases = [];
    var tops = [];
    var running = spec.categories.map(function () { return 0; });
    spec.series.forEach(function (s) {
      bases.push(running.slice());
      running = running.map(function (r, i) { return r + (Number(s.values[i]) || 0); });
      tops.push(running.slice());
    });
    return { bases: bases, tops: tops, totals: running };
  }

  /** Grouped bars: series s of k takes slot s of a group 0.72 categories wide, centred on the category. */
  function groupGeometry(k) {
    var group = 0.72;
    var width = group / k;
    return { width: width, left: function (i, s) { return i - group / 2 + s * width; } };
  }

  function legend(spec) {
    var list = node('ul', 'xf-legend');
    spec.series.forEach(function (s, i) {
      var item = node('li');
      var swatch = node('span', 'xf-swatch');
      swatch.style.backgroundColor = colourOf(spec, i);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(s.label));
      list.appendChild(item);
    });
    return list;
  }

  function numbers(spec, totals) {
    var format = spec.format || plain;
    var table = node('table', 'xf-numbers');
    table.appendChild(node('caption', null, spec.title));
    var head = node('tr');
    head.appendChild(node('th', null, spec.categoryHeading)).scope = 'col';
    spec.series.forEach(function (s) { head.appendChild(node('th', 'num', s.label)).scope = 'col'; });
    if (totals) head.appendChild(node('th', 'num', spec.totalHeading)).scope = 'col';
    table.appendChild(node('thead')).appendChild(head);
    var body = table.appendChild(node('tbody'));
    spec.categories.forEach(function (c, i) {
      var tr = node('tr');
      tr.appendChild(node('th', null, c)).scope = 'row';
      spec.series.forEach(function (s) { tr.appendChild(node('td', 'num', format(s.values[i]))); });
      if (totals) tr.appendChild(node('td', 'num', format(totals[i])));
      body.appendChild(tr);
    });
    return table;
  }

  /** The host's content width (no padding); a host in a hidden part of the page has none yet, and gets 640. */
  function widthOf(host) {
    var style = getComputedStyle(host);
    var inner = host.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
    return inner > 0 ? Math.floor(inner) : 640;
  }

  /** The numbers above the bars, in the same large type as the axes, so the chart reads without the table too. */
  function valueLabels(spec, geometry, sums) {
    var format = spec.format || plain;
    return function (u) {
      var ratio = uPlot.pxRatio || 1;
      var ctx = u.ctx;
      ctx.save();
      ctx.font = 'bold ' + Math.round(16 * ratio) + 'px ' + FONT;
      ctx.fillStyle = INK;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      spec.categories.forEach(function (c, i) {
        if (spec.kind === 'grouped') {
          var slot = u.valToPos(geometry.width, 'x', true) - u.valToPos(0, 'x', true);
          if (slot < 22 * ratio) return;
          spec.series.forEach(function (s, si) {
            var v = Number(s.values[i]) || 0;
            ctx.fillText(format(v), u.valToPos(geometry.left(i, si) + geometry.width / 2, 'x', true),
              u.valToPos(v, 'y', true) - 3 * ratio);
          });
        } else {
          var total = spec.kind === 'stacked' ? sums.totals[i] : Number(spec.series[0].values[i]) || 0;
          ctx.fillText(format(total), u.valToPos(i, 'x', true), u.valToPos(total, 'y', true) - 3 * ratio);
        }
      });
      ctx.restore();
    };
  }

  function options(host, spec, sums) {
    var n = spec.categories.length;
    var lines = spec.kind === 'lines';
    var integer = !lines && spec.yMax === undefined;
    var geometry = groupGeometry(spec.series.length);
    var yTop = spec.yMax !== undefined ? spec.yMax
      : niceTop(Math.max.apply(null, (spec.kind === 'stacked' ? sums.totals : [].concat.apply([], spec.series.map(
        function (s) { return s.values.map(function (v) { return Number(v) || 0; }); })))));
    var axisFont = AXIS_PX + 'px ' + FONT;
    var series = [{}];
    spec.series.forEach(function (s, si) {
      var colour = colourOf(spec, si);
      if (lines) {
        series.push({ label: s.label, stroke: colour, width: 3, spanGaps: true, points: { show: true, size: 10, fill: colour } });
        return;
      }
      var bars = { size: [0.6, 140], align: 0 };
      if (spec.kind === 'stacked') {
        bars.disp = {
          y0: { unit: 1, values: function () { return sums.bases[si]; } },
          y1: { unit: 1, values: function () { return sums.tops[si]; } }
        };
      } else if (spec.kind === 'grouped') {
        bars.disp = {
          x0: { unit: 1, values: function () { return spec.categories.map(function (c, i) { return geometry.left(i, si); }); } },
          size: { unit: 1, values: function () { return [geometry.width]; } }
        };
      }
      series.push({ label: s.label, fill: colour, stroke: '#ffffff', width: 2, points: { show: false },
        paths: uPlot.paths.bars(bars) });
    });
    return {
      width: widthOf(host),
      height: spec.height || 320,
      padding: [16, 16, 0, 0],
      legend: { show: false },
      cursor: { show: false },
      select: { show: false },
      scales: {
        x: { time: false, range: function () { return [-0.5, n - 0.5]; } },
        y: { range: function () { return [0, yTop]; } }
      },
      axes: [
        {
          font: axisFont, stroke: INK, size: 40, gap: 6, grid: { show: false }, ticks: { show: false },
          splits: function () { return spec.categories.map(function (c, i) { return i; }); },
          values: function (u, splits) {
            var slot = ((u.bbox && u.bbox.width ? u.bbox.width / (uPlot.pxRatio || 1) : widthOf(host) - 90) / Math.max(n, 1)) - 8;
            return splits.map(function (i) { return fit(spec.categories[i], slot); });
          }
        },
        {
          font: axisFont, stroke: INK, size: 72, gap: 6, grid: { stroke: GRID, width: 1 }, ticks: { stroke: GRID },
          incrs: integer ? INTEGER_STEPS : undefined,
          values: function (u, splits) { return splits.map(spec.axisFormat || plain); },
          label: spec.yLabel, labelFont: 'bold ' + axisFont, labelSize: spec.yLabel ? 28 : 0
        }
      ],
      series: series,
      hooks: lines ? {} : { draw: [valueLabels(spec, geometry, sums)] }
    };
  }

  function data(spec, sums) {
    var xs = spec.categories.map(function (c, i) { return i; });
    return [xs].concat(spec.series.map(function (s, si) {
      // a stack's series carries its running sum, so the bars and the y scale reach the top of each stack
      return spec.kind === 'stacked' ? sums.tops[si] : s.values.map(function (v) { return v === null || v === undefined ? null : Number(v); });
    }));
  }

  function forget(host) {
    charts = charts.filter(function (c) {
      if (c.host !== host) return true;
      if (c.plot) c.plot.destroy();
      return false;
    });
  }

  function draw(host, spec) {
    forget(host);
    host.replaceChildren();
    host.classList.add('xf-chart');
    host.appendChild(node('p', 'xf-title', spec.title));
    if (!window.uPlot) {
      host.appendChild(node('p', 'xf-empty', '图表组件未加载 The chart component did not load'));
    }
    var sums = stack(spec);
    if (spec.categories.length === 0) {
      host.appendChild(node('p', 'xf-empty', spec.emptyText || '暂无数据 No data'));
      return;
    }
    if (spec.series.length > 1) host.appendChild(legend(spec));
    var plot = node('div', 'xf-plot');
    plot.setAttribute('role', 'img');
    plot.setAttribute('aria-label', spec.title + (spec.tableHint ? ' — ' + spec.tableHint : ''));
    host.appendChild(plot);
    host.appendChild(numbers(spec, spec.kind === 'stacked' && spec.totalHeading ? sums.totals : null));
    var entry = { host: host, plot: null };
    if (window.uPlot) entry.plot = new uPlot(options(host, spec, sums), data(spec, sums), plot);
    charts.push(entry);
  }

  /** The host empty again, e.g. when the figures behind a chart are missing. */
  function clear(host) {
    forget(host);
    host.replaceChildren();
    host.classList.remove('xf-chart');
  }

  function resizeAll() {
    charts.forEach(function (c) {
      if (!c.plot || !c.host.isConnected || c.host.clientWidth === 0) return;
      var width = widthOf(c.host);
      if (c.plot.width !== width) c.plot.setSize({ width: width, height: c.plot.height });
    });
  }

  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; resizeAll(); });
  });

  window.XingfuCharts = { draw: draw, clear: clear, resizeAll: resizeAll, palette: PALETTE.slice() };
})();
