/*
 * Monthly subsidy settlement: a canteen manager builds, exports and submits their canteen's month; the bureau
 * (district administrator) sees every canteen of a district, settles them all and opens each. A run continues in
 * the background on the server; the page polls its progress until it is done.
 */
(function () {
  'use strict';

  var el = Live.el;
  var me;
  var current = null; // canteen id shown in detail
  var polling = null;

  function $(id) { return document.getElementById(id); }

  function showMessage(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  function problem(error) {
    showMessage((error.problem && error.problem.messageZh || error.message) + ' ' + (error.problem && error.problem.messageEn || ''));
  }

  function money(value) {
    return Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function month() { return $('month').value; }

  function figure(list, key, label, value) {
    list.appendChild(el('div', { 'data-figure': key }, [el('dt', { text: label }), el('dd', { text: value })]));
  }

  function base(canteenId) { return '/api/canteens/' + canteenId + '/settlements/' + month(); }

  function showCanteen(s) {
    $('canteen-section').hidden = false;
    $('canteen-title').textContent = s.canteenName + ' · ' + s.month;
    var status = $('status');
    status.textContent = '状态 ' + s.statusZh + ' · Status: ' + s.statusEn +
      (s.submittedAt ? ' · 提交 submitted ' + new Date(s.submittedAt).toLocaleString('zh-CN') + ' ' + s.submittedBy : '') +
      (s.runError ? ' · ' + s.runError : '');
    status.setAttribute('data-status', s.status);
    status.className = 'status' + (s.status === 'SUBMITTED' ? ' locked' : s.status === 'FAILED' ? ' failed' : '');
    var running = s.status === 'RUNNING';
    $('progress-box').hidden = !(running || s.stepsTotal);
    $('progress').max = Math.max(1, s.stepsTotal);
    $('progress').value = s.stepsDone;
    $('progress-text').textContent = '进度 Progress ' + s.stepsDone + ' / ' + s.stepsTotal;
    var f = $('figures');
    f.innerHTML = '';
    figure(f, 'lines', '补贴餐数 Subsidised meals', s.lines.toLocaleString('zh-CN') +
      (s.adjustmentLines ? '（调整 adjustments ' + s.adjustmentLines + '）' : ''));
    figure(f, 'gross', '原价合计 Gross (元)', money(s.grossTotal));
    figure(f, 'subsidy', '申请补贴 Subsidy claimed (元)', money(s.subsidyTotal));
    figure(f, 'self-pay', '长者自付 Self-pay (元)', money(s.selfPayTotal));
    if (Number(s.discountTotal)) figure(f, 'discount', '食堂优惠 Canteen price rules (元)', money(s.discountTotal));
    figure(f, 'reconciled', '对账 Reconciled', s.status === 'READY' || s.status === 'SUBMITTED'
      ? (s.reconciled ? '一致 ✓ OK' : '不一致 ✗ mismatch') : '—');
    var fb = $('funders').tBodies[0];
    fb.innerHTML = '';
    s.byFunder.forEach(function (t) {
      fb.appendChild(el('tr', { 'data-funder': t.funder }, [el('td', { text: t.funder }),
        el('td', { className: 'num', text: String(t.meals) }), el('td', { className: 'num', text: money(t.amount) })]));
    });
    var tb = $('tiers').tBodies[0];
    tb.innerHTML = '';
    s.byTier.forEach(function (t) {
      tb.appendChild(el('tr', {}, [el('td', { text: t.funder }), el('td', { text: t.schemeCode }), el('td', { text: t.tierCode }),
        el('td', { className: 'num', text: String(t.meals) }), el('td', { className: 'num', text: money(t.amount) })]));
    });
    var built = s.status === 'READY' || s.status === 'SUBMITTED';
    $('run').disabled = running || s.status === 'SUBMITTED';
    $('run').innerHTML = s.status === 'DRAFT' ? '生成结算 <small>Build</small>' : '重新生成 <small>Build again</small>';
    $('submit').disabled = s.status !== 'READY';
    ['csv', 'xlsx', 'pdf'].forEach(function (kind) {
      $(kind).href = base(s.canteenId) + '/claim.' + kind;
      $(kind).hidden = !built;
    });
    if (running) poll(s.canteenId);
    else loadFraud(s.canteenId);
  }

  function loadFraud(canteenId) {
    return Live.api('GET', base(canteenId) + '/fraud').then(function (report) {
      var box = $('fraud');
      box.innerHTML = '';
      report.rules.forEach(function (rule) {
        var items = rule.findings.map(function (f) {
          return el('li', { text: [f.serviceDate, f.mealPeriod, f.seniorMaskedName].filter(Boolean).join(' ') +
            ' — ' + f.detailZh + ' / ' + f.detailEn });
        });
        box.appendChild(el('section', { className: 'rule' + (rule.findings.length ? ' flagged' : ''), 'data-rule': rule.code,
          'data-findings': String(rule.findings.length) }, [
          el('h4', { text: (rule.findings.length ? '⚠ ' + rule.findings.length + ' · ' : '✓ ') + rule.titleZh + ' · ' + rule.titleEn }),
          items.length ? el('ul', {}, items) : null
        ]));
      });
    }, problem);
  }

  function poll(canteenId) {
    if (polling) return;
    polling = setTimeout(function () {
      polling = null;
      openCanteen(canteenId);
    }, 1000);
  }

  function openCanteen(canteenId) {
    current = canteenId;
    return Live.api('GET', base(canteenId)).then(showCanteen, problem);
  }

  function showDistrict(list) {
    $('district-section').hidden = false;
    var tbody = $('canteens').tBodies[0];
    tbody.innerHTML = '';
    list.forEach(function (s) {
      tbody.appendChild(el('tr', { 'data-canteen': String(s.canteenId), 'data-status': s.status }, [
        el('td', { text: s.canteenName }),
        el('td', { text: s.statusZh + ' ' + s.statusEn + (s.status === 'RUNNING' ? ' ' + s.stepsDone + '/' + s.stepsTotal : '') }),
        el('td', { className: 'num', text: String(s.lines) }),
        el('td', { className: 'num', text: money(s.subsidyTotal) }),
        el('td', {}, [el('button', { type: 'button', text: '打开 Open', onclick: function () { openCanteen(s.canteenId); } })])
      ]));
    });
    if (list.some(function (s) { return s.status === 'RUNNING'; })) {
      setTimeout(loadDistrict, 1500);
    }
  }

  function loadDistrict() {
    var d = $('district').value;
    if (!/^\d{6}$/.test(d)) return Promise.resolve();
    return Live.api('GET', '/api/districts/' + d + '/settlements/' + month()).then(showDistrict, problem);
  }

  function load() {
    showMessage('');
    if (me.role === 'DISTRICT_ADMIN') {
      return loadDistrict().then(function () { if (current) return openCanteen(current); });
    }
    return openCanteen(me.canteenId);
  }

  $('run').addEventListener('click', function () {
    showMessage('');
    Live.api('POST', base(current) + '/run').then(showCanteen, problem);
  });
  $('submit').addEventListener('click', function () {
    if (!confirm('提交后本月结算锁定，不能再修改；以后的更正记入下月。确定提交？\n' +
      'Once submitted the month is locked; later corrections go into a later month. Submit?')) return;
    showMessage('');
    Live.api('POST', base(current) + '/submit').then(showCanteen, problem);
  });
  $('run-district').addEventListener('click', function () {
    showMessage('');
    Live.api('POST', '/api/districts/' + $('district').value + '/settlements/' + month() + '/run').then(showDistrict, problem);
  });
  $('pick').addEventListener('submit', function (event) { event.preventDefault(); load(); });

  Live.api('GET', '/api/live/me').then(function (m) {
    me = m;
    $('who').textContent = m.username;
    var previous = new Date(m.serviceDate.substring(0, 7) + '-01T00:00:00');
    previous.setMonth(previous.getMonth() - 1);
    $('month').value = Live.param('month') ||
      previous.getFullYear() + '-' + String(previous.getMonth() + 1).padStart(2, '0');
    if (m.role === 'DISTRICT_ADMIN') {
      $('district-label').hidden = false;
      $('run-district').hidden = false;
      $('district').value = Live.param('district') || '';
      if (Live.param('canteen')) current = Number(Live.param('canteen'));
    }
    return load().then(function () { document.body.setAttribute('data-loaded', 'true'); });
  });
})();
