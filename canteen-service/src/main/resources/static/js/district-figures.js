/*
 * The bureau's district figures: meals by channel, deliveries, subsidy and seniors reached for a year or a month,
 * computed live by canteen-service, and the care institutions' beds, certification and star levels that
 * canteen-service fetched from care-facility-service (the page says so when that service cannot be reached).
 * Charts are drawn on a canvas by the kernel's charts.js (uPlot), each with its numbers in a table below it; there
 * are no HTML tooltips, so a canteen's name is only ever text (docs/privacy.md, "Charting library").
 */
(function () {
  'use strict';

  var el = Live.el;
  var CHANNELS = [['DINE_IN', '堂食 Dine-in'], ['TAKEAWAY', '自取 Takeaway'], ['DELIVERY', '送餐 Delivery']];
  var HINT = '数字见图下表格 Figures in the table below the chart';

  function $(id) { return document.getElementById(id); }

  function showMessage(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  function number(value) {
    return Number(value).toLocaleString('zh-CN');
  }

  function figure(list, key, label, value) {
    list.appendChild(el('div', { 'data-figure': key }, [el('dt', { text: label }), el('dd', { text: value })]));
  }

  function chart(id, spec) {
    spec.tableHint = HINT;
    XingfuCharts.draw($(id), spec);
  }

  function query() {
    var kind = document.querySelector('input[name=kind]:checked').value;
    return kind === 'month' && $('month').value ? 'month=' + $('month').value : 'year=' + $('year').value;
  }

  function show(r) {
    $('period').textContent = '统计期间 Period: ' + r.from + ' – ' + r.to + ' · 实时计算 computed live ' +
      new Date(r.computedAt).toLocaleString('zh-CN');
    var f = $('figures');
    f.innerHTML = '';
    figure(f, 'canteens', '在营食堂 Canteens in service', r.canteensServing + ' / ' + r.canteensActive);
    figure(f, 'meals', '供餐总数 Meals served', number(r.meals));
    CHANNELS.forEach(function (c) { figure(f, 'meals-' + c[0], c[1], number(r.mealsByChannel[c[0]] || 0)); });
    figure(f, 'deliveries', '送餐上门 Deliveries', number(r.deliveries) + (r.failedDeliveries ? ' (未送达 failed ' + r.failedDeliveries + ')' : ''));
    figure(f, 'subsidy', '补贴金额 Subsidy paid (元)', Number(r.subsidyPaid).toLocaleString('zh-CN', { minimumFractionDigits: 2 }));
    figure(f, 'seniors', '服务长者 Seniors reached', number(r.seniorsReached));
    chart('chart-months', {
      kind: 'stacked',
      title: '每月供餐（按渠道） Meals per month by channel',
      categoryHeading: '月份 Month',
      totalHeading: '合计 Total',
      categories: r.months.map(function (m) { return m.month; }),
      series: CHANNELS.map(function (c) {
        return { label: c[1], values: r.months.map(function (m) { return m.meals[c[0]] || 0; }) };
      })
    });
    var channelTotal = CHANNELS.reduce(function (t, c) { return t + (r.mealsByChannel[c[0]] || 0); }, 0);
    chart('chart-channels', {
      kind: 'bars',
      title: '供餐渠道 Meals by channel',
      categoryHeading: '渠道 Channel',
      categories: CHANNELS.map(function (c) { return c[1]; }),
      series: [{ label: '供餐 Meals', values: CHANNELS.map(function (c) { return r.mealsByChannel[c[0]] || 0; }) }],
      // the share each channel has, which the pie chart used to show
      format: function (v) {
        return number(v) + (channelTotal ? ' (' + Math.round(v * 1000 / channelTotal) / 10 + '%)' : '');
      }
    });
    var tbody = $('canteens').tBodies[0];
    tbody.innerHTML = '';
    r.canteens.forEach(function (c) {
      var cells = [el('td', { text: c.name }), el('td', { text: c.town })];
      CHANNELS.forEach(function (ch) { cells.push(el('td', { className: 'num', text: number(c.meals[ch[0]] || 0) })); });
      cells.push(el('td', { className: 'num', text: Number(c.subsidy).toFixed(2) }));
      tbody.appendChild(el('tr', { 'data-canteen': String(c.canteenId) }, cells));
    });
    var unavailable = $('care-unavailable');
    var care = $('care-figures');
    care.innerHTML = '';
    if (!r.care) {
      unavailable.hidden = false;
      unavailable.textContent = '养老机构系统暂时无法连接，养老数据暂缺；助餐数据不受影响。 ' +
        'The care-facility service cannot be reached right now: care figures are missing, canteen figures are complete.' +
        (r.careProblem ? ' (' + r.careProblem + ')' : '');
      ['chart-beds', 'chart-stars'].forEach(function (id) { XingfuCharts.clear($(id)); });
      return;
    }
    unavailable.hidden = true;
    figure(care, 'facilities', '养老机构 Institutions', number(r.care.facilities));
    figure(care, 'beds', '床位 Beds', number(r.care.beds.reduce(function (t, b) { return t + b.beds; }, 0)));
    figure(care, 'certification', '护理员持证率 Certification',
      r.care.certificationRatePercent === null || r.care.certificationRatePercent === undefined
        ? '无在岗护理员 no caregivers'
        : r.care.certificationRatePercent + '% (' + r.care.certifiedCaregivers + '/' + r.care.activeCaregivers + ')');
    chart('chart-beds', {
      kind: 'stacked',
      title: '床位（按类型） Beds by type',
      categoryHeading: '床位类型 Bed type',
      totalHeading: '合计 Total',
      categories: r.care.beds.map(function (b) { return b.labelZh + ' ' + b.labelEn; }),
      series: [
        { label: '在住 Occupied', values: r.care.beds.map(function (b) { return b.occupied; }) },
        { label: '空床 Vacant', values: r.care.beds.map(function (b) { return b.vacant; }) }
      ]
    });
    chart('chart-stars', {
      kind: 'bars',
      title: '星级机构 Institutions by star level',
      categoryHeading: '星级 Star level',
      categories: r.care.stars.map(function (s) { return s.labelZh + ' ' + s.labelEn; }),
      series: [{ label: '机构 Institutions', values: r.care.stars.map(function (s) { return s.facilities; }) }]
    });
  }

  function load() {
    var q = query();
    $('csv').href = '/api/district/figures.csv?' + q;
    showMessage('');
    return Live.api('GET', '/api/district/figures?' + q).then(show, function (error) {
      showMessage((error.problem.messageZh || error.message) + ' ' + (error.problem.messageEn || ''));
    });
  }

  Live.api('GET', '/api/live/me').then(function (me) {
    $('who').textContent = me.username;
    var today = me.serviceDate;
    $('year').value = Live.param('year') || today.substring(0, 4);
    $('month').value = Live.param('month') || today.substring(0, 7);
    if (Live.param('month')) document.querySelector('input[name=kind][value=month]').checked = true;
    $('pick').addEventListener('submit', function (event) { event.preventDefault(); load(); });
    return load().then(function () { document.body.setAttribute('data-loaded', 'true'); });
  });
})();
