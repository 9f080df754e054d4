/*
 * The bureau's district figures: meals by channel, deliveries, subsidy and seniors reached for a year or a month,
 * computed live by canteen-service, and the care institutions' beds, certification and star levels that
 * canteen-service fetched from care-facility-service (the page says so when that service cannot be reached).
 * Tooltips render on the canvas (richText), never as HTML: ECharts 5.3.1, the newest webjar that resolves here, has a
 * known tooltip XSS with HTML in series or legend names (fixed in 5.5.1; see docs/privacy.md).
 */
(function () {
  'use strict';

  var el = Live.el;
  var CHANNELS = [['DINE_IN', '堂食 Dine-in'], ['TAKEAWAY', '自取 Takeaway'], ['DELIVERY', '送餐 Delivery']];
  var charts = {};

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

  function chart(id, option) {
    if (!window.echarts) return;
    if (!charts[id]) charts[id] = echarts.init($(id));
    charts[id].setOption(option, true);
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
      title: { text: '每月供餐 Meals per month' },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { bottom: 0 },
      xAxis: { type: 'category', data: r.months.map(function (m) { return m.month; }) },
      yAxis: { type: 'value' },
      series: CHANNELS.map(function (c) {
        return { name: c[1], type: 'bar', stack: 'meals', data: r.months.map(function (m) { return m.meals[c[0]] || 0; }) };
      })
    });
    chart('chart-channels', {
      title: { text: '供餐渠道 By channel' },
      tooltip: { trigger: 'item', renderMode: 'richText' },
      series: [{ type: 'pie', radius: '60%', data: CHANNELS.map(function (c) {
        return { name: c[1], value: r.mealsByChannel[c[0]] || 0 };
      }) }]
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
      ['chart-beds', 'chart-stars'].forEach(function (id) { if (charts[id]) charts[id].clear(); });
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
      title: { text: '床位 Beds by type' },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { bottom: 0 },
      xAxis: { type: 'category', data: r.care.beds.map(function (b) { return b.labelZh; }) },
      yAxis: { type: 'value' },
      series: [
        { name: '在住 Occupied', type: 'bar', stack: 'beds', data: r.care.beds.map(function (b) { return b.occupied; }) },
        { name: '空床 Vacant', type: 'bar', stack: 'beds', data: r.care.beds.map(function (b) { return b.vacant; }) }
      ]
    });
    chart('chart-stars', {
      title: { text: '星级机构 By star level' },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      xAxis: { type: 'category', data: r.care.stars.map(function (s) { return s.labelZh; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: '机构 Institutions', type: 'bar', data: r.care.stars.map(function (s) { return s.facilities; }) }]
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
