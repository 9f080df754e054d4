/*
 * Kitchen count page: portions per dish and channel for one meal, the variants to prepare, conflicts to call the
 * seniors about, and standing orders that could not be placed. The PDF link prints the same count.
 */
(function () {
  'use strict';

  var el = Live.el;
  var CHANNELS = ['DINE_IN', 'TAKEAWAY', 'DELIVERY'];
  var canteenId = null;

  function $(id) { return document.getElementById(id); }

  function showMessage(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  function sum(map) {
    return Object.keys(map || {}).reduce(function (total, key) { return total + map[key]; }, 0);
  }

  function rows(tbody, list, render, empty) {
    tbody.innerHTML = '';
    if (!list.length) {
      tbody.appendChild(el('tr', {}, [el('td', { colspan: '8', className: 'muted', text: empty })]));
      return;
    }
    list.forEach(function (item) { tbody.appendChild(render(item)); });
  }

  function show(count) {
    var closure = $('closure');
    closure.hidden = !count.closure;
    closure.textContent = count.closure ? count.closure.messageZh + ' ' + count.closure.messageEn : '';
    var totals = $('totals');
    totals.innerHTML = '';
    [
      ['份数 Portions', count.totals.portions, 'portions'],
      ['订单 Orders', count.totals.orders, 'orders'],
      ['堂食 Dine-in', count.totals.portionsByChannel.DINE_IN || 0, 'DINE_IN'],
      ['自取 Takeaway', count.totals.portionsByChannel.TAKEAWAY || 0, 'TAKEAWAY'],
      ['送餐 Delivery', count.totals.portionsByChannel.DELIVERY || 0, 'DELIVERY'],
      ['长期订餐(预计) Standing, expected', count.totals.expectedFromStanding, 'expected']
    ].forEach(function (f) {
      totals.appendChild(el('div', { 'data-total': f[2] }, [el('dt', { text: f[0] }), el('dd', { text: String(f[1]) })]));
    });
    rows($('dishes').tBodies[0], count.dishes, function (dish) {
      var cells = [
        el('td', {}, [el('div', { text: dish.name }), el('small', { text: dish.nameEn })]),
        el('td', { text: dish.category })
      ];
      CHANNELS.forEach(function (c) {
        cells.push(el('td', { className: 'num', 'data-channel': c, text: String((dish.placed || {})[c] || 0) }));
      });
      cells.push(el('td', { className: 'num', 'data-channel': 'STANDING', text: String(sum(dish.expected)) }));
      cells.push(el('td', { className: 'num total', 'data-channel': 'TOTAL', text: String(dish.total) }));
      cells.push(el('td', { className: 'variants' }, dish.variants.map(function (v) {
        return el('span', { className: 'tag' + (v.code.indexOf('NO_') === 0 ? ' allergy' : ''), 'data-variant': v.code,
          text: v.labelZh + ' ' + v.labelEn + ' ×' + v.portions });
      })));
      return el('tr', { 'data-menu-item': String(dish.menuItemId) }, cells);
    }, '这一餐还没有订单或菜单 · No orders or menu for this meal yet');
    rows($('conflicts').tBodies[0], count.conflicts, function (c) {
      return el('tr', { className: c.blocking ? 'blocking' : '', 'data-senior': String(c.seniorId), 'data-code': c.code }, [
        el('td', { text: c.maskedName }),
        el('td', { text: c.orderNumber || '长期订餐 standing' }),
        el('td', { text: c.dishName }),
        el('td', {}, [el('div', { text: c.messageZh }), el('small', { text: c.messageEn })])
      ]);
    }, '没有冲突 · No conflicts');
    rows($('problems').tBodies[0], count.standingProblems, function (p) {
      return el('tr', { 'data-senior': String(p.seniorId), 'data-code': p.code }, [
        el('td', { text: p.maskedName }),
        el('td', {}, [el('div', { text: p.messageZh }), el('small', { text: p.messageEn + ' (' + p.code + ')' })])
      ]);
    }, '全部已生成 · All placed');
  }

  function load() {
    var date = $('date').value;
    var period = $('period').value;
    var query = '?date=' + encodeURIComponent(date) + '&period=' + encodeURIComponent(period);
    $('pdf').href = '/api/canteens/' + canteenId + '/kitchen-count.pdf' + query;
    history.replaceState(null, '', location.pathname + '?canteenId=' + canteenId + '&date=' + date + '&period=' + period);
    showMessage('');
    return Live.api('GET', '/api/canteens/' + canteenId + '/kitchen-count' + query).then(show, function (error) {
      showMessage((error.problem.messageZh || error.message) + ' ' + (error.problem.messageEn || ''));
    });
  }

  Live.api('GET', '/api/live/me').then(function (me) {
    var asked = Live.param('canteenId');
    canteenId = asked ? Number(asked) : me.canteenId;
    if (!canteenId) {
      showMessage('请在网址中加上 ?canteenId=食堂编号 · Add ?canteenId=<canteen id> to the address');
      return;
    }
    $('who').textContent = '食堂 Canteen #' + canteenId + ' · ' + me.username;
    document.querySelectorAll('a[data-keep-canteen]').forEach(function (a) {
      a.href = a.getAttribute('href') + '?canteenId=' + encodeURIComponent(canteenId);
    });
    $('date').value = Live.param('date') || me.serviceDate;
    if (Live.param('period')) $('period').value = Live.param('period');
    $('pick').addEventListener('submit', function (event) { event.preventDefault(); load(); });
    return load().then(function () { document.body.setAttribute('data-loaded', 'true'); });
  });
})();
