/*
 * Food-safety page of one canteen: open alerts (missing sample, early discard, fridge out of range), the day's
 * samples per dish and meal with a form to record or discard one, fridge readings, and food handlers' certificates.
 * Every refusal shows the server's own words (e.g. a sample under the minimum weight).
 */
(function () {
  'use strict';

  var el = Live.el;
  var PERIODS = [['BREAKFAST', '早餐 Breakfast'], ['LUNCH', '午餐 Lunch'], ['DINNER', '晚餐 Dinner']];
  var canteenId = null;
  var fridges = [];

  function $(id) { return document.getElementById(id); }

  function say(error) {
    var p = error && error.problem ? error.problem : {};
    $('message').textContent = error ? (p.messageZh || error.message) + ' ' + (p.messageEn || '') + (p.code ? ' (' + p.code + ')' : '') : '';
    $('message').hidden = !error;
  }

  function time(instant) {
    return instant ? new Date(instant).toLocaleString('zh-CN', { hour12: false }) : '';
  }

  function body(id) { var b = $(id).tBodies[0]; b.innerHTML = ''; return b; }

  function loadAlerts() {
    return Live.api('GET', '/api/canteens/' + canteenId + '/food-safety/alerts').then(function (alerts) {
      var tbody = body('alerts');
      if (!alerts.length) tbody.appendChild(el('tr', {}, [el('td', { colspan: '3', className: 'muted', text: '没有待处理的提醒 · No open alerts' })]));
      alerts.forEach(function (a) {
        var note = el('input', { 'aria-label': '处理情况 What was done', maxlength: '300' });
        tbody.appendChild(el('tr', { className: 'blocking', 'data-alert': a.kind }, [
          el('td', { text: time(a.raisedAt) }),
          el('td', {}, [el('div', { text: a.detailZh }), el('small', { text: a.detailEn })]),
          el('td', {}, [note, el('button', { type: 'button', text: '已处理 Resolved', onclick: function () {
            Live.api('POST', '/api/food-safety/alerts/' + a.id + '/resolve', { resolution: note.value }).then(loadAlerts, say);
          } })])
        ]));
      });
    });
  }

  function sampleCell(dish, sample) {
    if (!sample) return el('td', { className: 'muted', text: '未留样 · no sample' });
    return el('td', {}, [
      el('div', { text: sample.weightGrams + ' g · ' + sample.takenBy + ' · ' + time(sample.takenAt) }),
      el('small', { text: (sample.discardedAt ? '已处理 discarded ' + time(sample.discardedAt) : '可处理 keep until ' + time(sample.keepUntil)) })
    ]);
  }

  function actionCell(dish, sample) {
    if (sample) {
      if (sample.discardedAt) return el('td', {});
      return el('td', {}, [el('button', { type: 'button', text: '处理留样 Discard', onclick: function () {
        Live.api('POST', '/api/samples/' + sample.id + '/discard').then(load, say);
      } })]);
    }
    var grams = el('input', { type: 'number', step: '0.1', min: '0', 'aria-label': '重量（克） Weight (g)', className: 'grams' });
    var fridge = el('select', { 'aria-label': '冰箱 Fridge' }, fridges.map(function (f) { return el('option', { value: String(f.id), text: f.name }); }));
    return el('td', {}, [grams, fridge, el('button', { type: 'button', className: 'primary', text: '登记 Record', onclick: function () {
      Live.api('POST', '/api/menu-items/' + dish.menuItemId + '/sample', { weightGrams: grams.value, fridgeId: Number(fridge.value) }).then(load, say);
    } })]);
  }

  function loadSamples(date) {
    return Promise.all([Live.api('GET', '/api/canteens/' + canteenId + '/samples?date=' + date)].concat(
      PERIODS.map(function (p) { return Live.api('GET', '/api/canteens/' + canteenId + '/menus?date=' + date + '&period=' + p[0]); })
    )).then(function (answers) {
      var byItem = {};
      answers[0].forEach(function (s) { byItem[s.menuItemId] = s; });
      var tbody = body('samples');
      PERIODS.forEach(function (p, i) {
        (answers[i + 1].items || []).forEach(function (dish) {
          var sample = byItem[dish.menuItemId];
          tbody.appendChild(el('tr', { 'data-menu-item': String(dish.menuItemId) }, [
            el('td', { text: p[1] }), el('td', { text: dish.name }), sampleCell(dish, sample), actionCell(dish, sample)
          ]));
        });
      });
    });
  }

  function loadFridges(date) {
    return Live.api('GET', '/api/canteens/' + canteenId + '/sample-fridges').then(function (list) {
      fridges = list;
      return Promise.all(list.map(function (f) { return Live.api('GET', '/api/sample-fridges/' + f.id + '/readings?date=' + date); }))
        .then(function (readings) {
          var tbody = body('fridges');
          list.forEach(function (f, i) {
            var value = el('input', { type: 'number', step: '0.1', 'aria-label': '温度 °C' });
            tbody.appendChild(el('tr', { 'data-fridge': String(f.id) }, [
              el('td', { text: f.name }),
              el('td', {}, readings[i].map(function (r) {
                return el('span', { className: 'tag' + (r.inRange ? '' : ' allergy'), text: r.celsius + ' °C ' + time(r.readAt).slice(-8) });
              })),
              el('td', {}, [value, el('button', { type: 'button', text: '记录 Log', onclick: function () {
                Live.api('POST', '/api/sample-fridges/' + f.id + '/readings', { celsius: value.value }).then(load, say);
              } })])
            ]));
          });
        });
    });
  }

  function loadHandlers(date) {
    return Live.api('GET', '/api/canteens/' + canteenId + '/food-handlers').then(function (list) {
      var tbody = body('handlers');
      list.forEach(function (h) {
        var valid = h.certifiedUntil && h.certifiedUntil >= date;
        tbody.appendChild(el('tr', { className: valid ? '' : 'blocking' }, [
          el('td', { text: h.name }),
          el('td', { text: h.certifiedUntil || '无 none' }),
          el('td', { text: valid ? '可上岗 may work' : '不可上岗 no valid certificate' })
        ]));
      });
    });
  }

  function load() {
    var date = $('date').value;
    say(null);
    return Promise.all([
      Live.api('GET', '/api/canteens/' + canteenId + '/food-safety/rule?date=' + date).then(function (rule) {
        $('rule').textContent = '规定 Rules: 留样 ≥ ' + rule.minSampleGrams + ' g, 保存 ≥ ' + rule.retentionHours + ' h, 冰箱 ' +
          rule.fridgeMinCelsius + '–' + rule.fridgeMaxCelsius + ' °C, 健康证明 ' + rule.certificateValidDays + ' 天 days';
      }),
      loadAlerts()
    ]).then(function () { return loadFridges(date); })
      .then(function () { return Promise.all([loadSamples(date), loadHandlers(date)]); })
      .catch(say);
  }

  Live.api('GET', '/api/live/me').then(function (me) {
    var asked = Live.param('canteenId');
    canteenId = asked ? Number(asked) : me.canteenId;
    if (!canteenId) { say({ message: '请在网址中加上 ?canteenId=食堂编号 · Add ?canteenId=<canteen id>' }); return; }
    $('who').textContent = '食堂 Canteen #' + canteenId + ' · ' + me.username;
    document.querySelectorAll('a[data-keep-canteen]').forEach(function (a) {
      a.href = a.getAttribute('href') + '?canteenId=' + encodeURIComponent(canteenId);
    });
    $('date').value = Live.param('date') || me.serviceDate;
    $('pick').addEventListener('submit', function (event) { event.preventDefault(); load(); });
    return load().then(function () { document.body.setAttribute('data-loaded', 'true'); });
  });
})();
