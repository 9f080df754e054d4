/*
 * Pickup board for the dining-room TV: order numbers being prepared and ready to collect, nothing else
 * about anyone. Listens on the canteen's board destination, which carries only number and status.
 */
(function () {
  'use strict';

  var store = new Live.VersionedStore(function (entry) { return entry.orderId; });
  var canteenId = null;
  var asOf = null;

  function render() {
    var entries = store.values().sort(function (a, b) { return Date.parse(a.updatedAt) - Date.parse(b.updatedAt); });
    fill('preparing', entries.filter(function (e) { return e.status === 'PLACED' || e.status === 'PREPARING'; }));
    // the most recently ready number comes first, where the eye lands
    fill('ready', entries.filter(function (e) { return e.status === 'READY'; }).reverse());
  }

  function fill(listId, entries) {
    var list = document.getElementById(listId);
    list.textContent = '';
    entries.forEach(function (entry) {
      list.appendChild(Live.el('li', {
        className: 'number', text: entry.orderNumber,
        'data-order-id': String(entry.orderId), 'data-status': entry.status
      }));
    });
  }

  function setStatus(state) {
    var node = document.getElementById('status');
    node.textContent = state === 'live' ? '实时 Live' : '重新连接中 Reconnecting…';
    node.className = 'status ' + state;
  }

  function catchUp() {
    if (asOf === null) {
      return Live.api('GET', '/api/live/canteens/' + canteenId + '/board').then(function (board) {
        board.entries.forEach(function (entry) { store.accept(entry); });
        asOf = board.asOf;
        render();
      });
    }
    return Live.api('GET', '/api/live/canteens/' + canteenId + '/orders?since=' + encodeURIComponent(asOf))
      .then(function (changes) {
        changes.orders.filter(function (o) { return o.channel !== 'DELIVERY'; }).forEach(function (o) {
          store.accept({ orderId: o.orderId, orderNumber: o.orderNumber, status: o.status,
            version: o.version, updatedAt: o.updatedAt, channel: o.channel });
        });
        asOf = changes.asOf;
        render();
      });
  }

  function start(id) {
    canteenId = id;
    Live.connect({
      destinations: ['/topic/canteens/' + canteenId + '/board'],
      onMessage: function (entry) {
        if (entry.canteenId === canteenId && store.accept(entry)) render();
      },
      catchUp: catchUp,
      onStatus: setStatus,
      onError: function (error) {
        var message = document.getElementById('message');
        message.textContent = error.message;
        message.hidden = false;
      }
    });
  }

  var fromAddress = Number(Live.param('canteenId'));
  if (fromAddress) {
    start(fromAddress);
  } else {
    Live.api('GET', '/api/live/me').then(function (me) {
      if (me.canteenId) start(me.canteenId);
      else {
        var message = document.getElementById('message');
        message.textContent = '请在网址中加上 ?canteenId=食堂编号 · Add ?canteenId=<id> to the address';
        message.hidden = false;
      }
    });
  }
})();
