/*
 * Standing orders of one canteen: staff book a weekly default meal for a senior, end one, record a pause (hospital,
 * family visit) and see the slots that could not be placed, with the reason, to call the senior.
 */
(function () {
  'use strict';

  var el = Live.el;
  var DAYS = [['MONDAY', '一 Mon'], ['TUESDAY', '二 Tue'], ['WEDNESDAY', '三 Wed'], ['THURSDAY', '四 Thu'],
    ['FRIDAY', '五 Fri'], ['SATURDAY', '六 Sat'], ['SUNDAY', '日 Sun']];
  var PERIODS = { BREAKFAST: '早餐 Breakfast', LUNCH: '午餐 Lunch', DINNER: '晚餐 Dinner' };
  var canteenId = null;
  var names = {};

  function $(id) { return document.getElementById(id); }

  function say(error) {
    var p = error && error.problem ? error.problem : {};
    $('message').textContent = error ? (p.messageZh || error.message) + ' ' + (p.messageEn || '') + (p.code ? ' (' + p.code + ')' : '') : '';
    $('message').hidden = !error;
  }

  function pause(order) {
    var from = prompt('暂停开始日期 First day away (YYYY-MM-DD)');
    if (!from) return;
    var to = prompt('最后一天（可留空） Last day away (may be empty)') || null;
    var reason = confirm('住院？确定=住院，取消=探亲 · Hospital? OK = hospital, Cancel = visiting family') ? 'HOSPITAL' : 'FAMILY_VISIT';
    Live.api('POST', '/api/seniors/' + order.seniorId + '/pauses', { from: from, to: to, reason: reason })
      .then(function (outcome) {
        say(null);
        alert('已暂停 Paused; 已取消并退款 cancelled and refunded: ' + outcome.cancelled.length);
      }, say);
  }

  function loadOrders() {
    return Live.api('GET', '/api/canteens/' + canteenId + '/standing-orders').then(function (list) {
      var tbody = $('orders').tBodies[0];
      tbody.innerHTML = '';
      list.forEach(function (o) {
        names[o.seniorId] = o.maskedName;
        var actions = o.active ? [
          el('button', { type: 'button', text: '暂停 Pause', onclick: function () { pause(o); } }),
          el('button', { type: 'button', text: '结束 End', onclick: function () {
            Live.api('POST', '/api/standing-orders/' + o.id + '/end', { reason: 'ended at the counter 柜台结束' }).then(loadOrders, say);
          } })
        ] : [];
        tbody.appendChild(el('tr', { 'data-standing-order': String(o.id), className: o.active ? '' : 'muted' }, [
          el('td', { text: o.maskedName }),
          el('td', { text: PERIODS[o.period] + ' · ' + o.channel }),
          el('td', { text: DAYS.filter(function (d) { return o.weekdays.indexOf(d[0]) >= 0; }).map(function (d) { return d[1]; }).join(' ') }),
          el('td', { text: o.categories.join('、') }),
          el('td', { text: o.active ? '生效 active' : '已结束 ended' + (o.endedReason ? ': ' + o.endedReason : '') }),
          el('td', {}, actions)
        ]));
      });
    });
  }

  function loadFailures() {
    return Live.api('GET', '/api/canteens/' + canteenId + '/standing-orders/failures').then(function (list) {
      var tbody = $('failures').tBodies[0];
      tbody.innerHTML = '';
      if (!list.length) tbody.appendChild(el('tr', {}, [el('td', { colspan: '3', className: 'muted', text: '没有 · None' })]));
      list.forEach(function (r) {
        tbody.appendChild(el('tr', { className: 'blocking', 'data-code': r.code }, [
          el('td', { text: r.serviceDate + ' ' + PERIODS[r.period] }),
          el('td', { text: names[r.seniorId] || ('#' + r.seniorId) }),
          el('td', {}, [el('div', { text: r.messageZh }), el('small', { text: r.messageEn + ' (' + r.code + ')' })])
        ]));
      });
    });
  }

  function search() {
    var q = $('q').value.trim();
    if (!q) return;
    Live.api('GET', '/api/seniors?canteenId=' + canteenId + '&q=' + encodeURIComponent(q)).then(function (page) {
      var select = $('senior');
      select.innerHTML = '';
      page.content.forEach(function (s) {
        select.appendChild(el('option', { value: String(s.id), text: s.name + ' ' + s.maskedIdNumber }));
      });
    }, say);
  }

  function book(event) {
    event.preventDefault();
    var weekdays = Array.prototype.map.call(document.querySelectorAll('#weekdays input:checked'), function (i) { return i.value; });
    Live.api('POST', '/api/seniors/' + $('senior').value + '/standing-orders', {
      period: $('period').value,
      channel: $('channel').value,
      payment: $('payment').value,
      weekdays: weekdays,
      categories: $('categories').value.split(/[,，、]/).map(function (c) { return c.trim(); }).filter(Boolean)
    }).then(function () { say(null); return loadOrders(); }, say);
  }

  Live.api('GET', '/api/live/me').then(function (me) {
    var asked = Live.param('canteenId');
    canteenId = asked ? Number(asked) : me.canteenId;
    if (!canteenId) { say({ message: '请在网址中加上 ?canteenId=食堂编号 · Add ?canteenId=<canteen id>' }); return; }
    $('who').textContent = '食堂 Canteen #' + canteenId + ' · ' + me.username;
    document.querySelectorAll('a[data-keep-canteen]').forEach(function (a) {
      a.href = a.getAttribute('href') + '?canteenId=' + encodeURIComponent(canteenId);
    });
    DAYS.forEach(function (d, i) {
      $('weekdays').appendChild(el('label', {}, [el('input', { type: 'checkbox', value: d[0] }), document.createTextNode(' ' + d[1])]));
      if (i < 5) $('weekdays').lastChild.firstChild.checked = true;
    });
    $('q').addEventListener('change', search);
    $('book').addEventListener('submit', book);
    return loadOrders().then(loadFailures).then(function () { document.body.setAttribute('data-loaded', 'true'); });
  }).catch(say);
})();
