/*
 * Kitchen display: today's open orders of one canteen by meal period and channel, the dish totals still
 * to cook, dietary flags in words and colour, waiting time, and one tap to move an order on.
 */
(function () {
  'use strict';

  var TEXT = {
    zh: {
      title: '厨房看板', other: 'English', live: '实时更新中', reconnecting: '连接中断，正在重连…',
      toCook: '待做菜品合计', dineIn: '堂食', takeaway: '自取', delivery: '送餐交接（交给志愿者）',
      deliveryCooking: '制作中', deliveryReady: '待交接', waiting: '已等', minutes: '分钟',
      amber: '等待较久', red: '已超时', none: '暂无订单', cashDue: '待收现金', yuan: '元',
      start: '开始制作', ready: '做好了', served: '已上餐', pickedUp: '已取走', handOver: '交给志愿者',
      cash: '已收现金', noCanteen: '请在网址中加上 ?canteenId=食堂编号', failed: '操作失败：'
    },
    en: {
      title: 'Kitchen display', other: '中文', live: 'Live', reconnecting: 'Connection lost, reconnecting…',
      toCook: 'Dishes still to cook', dineIn: 'Dine-in', takeaway: 'Takeaway', delivery: 'Delivery hand-over (to volunteers)',
      deliveryCooking: 'Cooking', deliveryReady: 'Ready to hand over', waiting: 'Waiting', minutes: 'min',
      amber: 'waiting long', red: 'overdue', none: 'No open orders', cashDue: 'Cash due', yuan: 'yuan',
      start: 'Start cooking', ready: 'Ready', served: 'Served', pickedUp: 'Picked up', handOver: 'Handed to volunteer',
      cash: 'Cash received', noCanteen: 'Add ?canteenId=<canteen id> to the address', failed: 'Failed: '
    }
  };
  var PERIODS = [['BREAKFAST', '早餐', 'Breakfast'], ['LUNCH', '午餐', 'Lunch'], ['DINNER', '晚餐', 'Dinner']];
  var OPEN = ['PLACED', 'PREPARING', 'READY'];
  var FLAG_WORDS = {
    SOFT: ['软食', 'Soft food', 'texture'], MINCED: ['碎食', 'Minced', 'texture'], PUREED: ['糊状', 'Puréed', 'texture'],
    LOW_SALT: ['低盐', 'Low-salt', 'diet'], DIABETIC: ['低糖', 'Diabetic', 'diet'], LOW_FAT: ['低脂', 'Low-fat', 'diet'],
    HALAL: ['清真', 'Halal', 'diet'], VEGETARIAN: ['素食', 'Vegetarian', 'diet']
  };
  var ALLERGENS = {
    PEANUT: ['花生', 'peanut'], TREE_NUT: ['坚果', 'tree nuts'], SHELLFISH: ['甲壳类海鲜', 'shellfish'], FISH: ['鱼', 'fish'],
    EGG: ['蛋', 'egg'], MILK: ['奶', 'milk'], SOY: ['大豆', 'soy'], WHEAT: ['小麦', 'wheat'], SESAME: ['芝麻', 'sesame']
  };

  var lang = localStorage.getItem('xingfu.lang') === 'en' ? 'en' : 'zh';
  var store = new Live.VersionedStore(function (order) { return order.orderId; });
  var session = null;
  var canteenId = null;
  var asOf = null;
  var status = 'reconnecting';

  function t(key) { return TEXT[lang][key]; }

  function flagView(flag) {
    if (flag.indexOf('ALLERGY:') === 0) {
      var allergen = ALLERGENS[flag.substring(8)] || [flag.substring(8), flag.substring(8)];
      return { text: lang === 'zh' ? '过敏：' + allergen[0] : 'Allergy: ' + allergen[1], kind: 'allergy' };
    }
    var words = FLAG_WORDS[flag] || [flag, flag, 'diet'];
    return { text: lang === 'zh' ? words[0] : words[1], kind: words[2] };
  }

  function nextStep(order) {
    if (order.status === 'PLACED') return ['PREPARING', t('start')];
    if (order.status === 'PREPARING') return ['READY', t('ready')];
    if (order.status === 'READY') {
      if (order.paymentStatus && order.paymentStatus !== 'PAID') return ['CASH', t('cash')];
      if (order.channel === 'DINE_IN') return ['SERVED', t('served')];
      if (order.channel === 'TAKEAWAY') return ['PICKED_UP', t('pickedUp')];
      return ['OUT_FOR_DELIVERY', t('handOver')];
    }
    return null;
  }

  function showMessage(text) {
    var box = document.getElementById('message');
    box.textContent = text || '';
    box.hidden = !text;
  }

  function advance(order, target, button) {
    button.disabled = true;
    var call = target === 'CASH'
      ? Live.api('POST', '/api/orders/' + order.orderId + '/cash-payment')
      : Live.api('POST', '/api/orders/' + order.orderId + '/transitions', { to: target });
    call.then(function (view) {
      showMessage(null);
      accept(view);
    }, function (error) {
      button.disabled = false;
      showMessage(t('failed') + (lang === 'en' && error.problem.messageEn ? error.problem.messageEn : error.message));
    });
  }

  function orderCard(order, now) {
    var waited = Live.minutesSince(order.placedAt, now);
    var cooking = order.status !== 'READY';
    var age = cooking && waited >= session.redAfterMinutes ? 'red'
      : cooking && waited >= session.amberAfterMinutes ? 'amber' : 'ok';
    var ageText = t('waiting') + ' ' + waited + ' ' + t('minutes')
      + (age === 'red' ? ' · ' + t('red') : age === 'amber' ? ' · ' + t('amber') : '');
    var step = nextStep(order);
    var lines = Live.el('ul', { className: 'lines' }, order.lines.map(function (line) {
      return Live.el('li', { text: line.name + ' × ' + line.quantity });
    }));
    var flags = Live.el('div', { className: 'flags' }, (order.dietaryFlags || []).map(function (flag) {
      var view = flagView(flag);
      return Live.el('span', { className: 'flag ' + view.kind, text: view.text });
    }));
    var cash = order.paymentStatus && order.paymentStatus !== 'PAID'
      ? Live.el('div', { className: 'cash', text: t('cashDue') + ' ' + order.selfPay + ' ' + t('yuan') }) : null;
    var button = step ? Live.el('button', {
      type: 'button', className: 'advance', 'data-to': step[0], text: step[1]
    }) : null;
    if (button) button.addEventListener('click', function () { advance(order, step[0], button); });
    return Live.el('article', {
      className: 'order ' + order.status.toLowerCase() + ' age-' + age,
      'data-order-id': String(order.orderId), 'data-status': order.status, 'data-version': String(order.version)
    }, [
      Live.el('div', { className: 'head' }, [
        Live.el('span', { className: 'number', text: order.orderNumber }),
        Live.el('span', { className: 'badge', text: lang === 'zh' ? order.statusZh : order.statusEn })
      ]),
      Live.el('div', { className: 'age', text: ageText }),
      flags, lines, cash, button
    ]);
  }

  function dishTotals(orders) {
    var totals = new Map();
    orders.filter(function (o) { return o.status === 'PLACED' || o.status === 'PREPARING'; }).forEach(function (o) {
      o.lines.forEach(function (line) { totals.set(line.name, (totals.get(line.name) || 0) + line.quantity); });
    });
    return Array.from(totals.entries()).sort(function (a, b) { return b[1] - a[1]; });
  }

  function column(title, className, orders, now) {
    return Live.el('section', { className: 'column ' + className }, [
      Live.el('h3', { text: title + ' (' + orders.length + ')' })
    ].concat(orders.map(function (o) { return orderCard(o, now); })));
  }

  function render() {
    document.getElementById('title').textContent = t('title') + (canteenId ? ' · #' + canteenId : '');
    document.getElementById('lang').textContent = t('other');
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    var statusNode = document.getElementById('status');
    statusNode.textContent = t(status);
    statusNode.className = 'status ' + status;
    if (!session) return;
    var now = Date.now();
    var open = store.values().filter(function (o) {
      return OPEN.indexOf(o.status) >= 0 && o.serviceDate === session.serviceDate;
    }).sort(function (a, b) { return Date.parse(a.placedAt) - Date.parse(b.placedAt); });
    var main = document.getElementById('periods');
    main.textContent = '';
    PERIODS.forEach(function (period) {
      var orders = open.filter(function (o) { return o.period === period[0]; });
      if (orders.length === 0) return;
      var totals = dishTotals(orders);
      var byChannel = function (channel) { return orders.filter(function (o) { return o.channel === channel; }); };
      var delivery = byChannel('DELIVERY');
      main.appendChild(Live.el('section', { className: 'period', 'data-period': period[0] }, [
        Live.el('h2', { text: lang === 'zh' ? period[1] : period[2] }),
        Live.el('div', { className: 'totals' }, [Live.el('h3', { text: t('toCook') })].concat(totals.map(function (entry) {
          return Live.el('span', { className: 'dish-total', text: entry[0] + ' × ' + entry[1] });
        }))),
        Live.el('div', { className: 'columns' }, [
          column(t('dineIn'), 'dine-in', byChannel('DINE_IN'), now),
          column(t('takeaway'), 'takeaway', byChannel('TAKEAWAY'), now),
          Live.el('section', { className: 'column delivery' }, [
            Live.el('h3', { text: t('delivery') + ' (' + delivery.length + ')' }),
            column(t('deliveryCooking'), 'delivery-cooking',
              delivery.filter(function (o) { return o.status !== 'READY'; }), now),
            column(t('deliveryReady'), 'delivery-ready',
              delivery.filter(function (o) { return o.status === 'READY'; }), now)
          ])
        ])
      ]));
    });
    var empty = document.getElementById('empty');
    empty.textContent = t('none');
    empty.hidden = open.length > 0;
  }

  function accept(order) {
    if (order.canteenId !== canteenId) return;
    if (store.accept(order)) render();
  }

  function load(path) {
    return Live.api('GET', path).then(function (changes) {
      changes.orders.forEach(function (order) { store.accept(order); });
      asOf = changes.asOf;
      render();
    });
  }

  function catchUp() {
    if (asOf === null) return load('/api/live/canteens/' + canteenId + '/kitchen');
    return load('/api/live/canteens/' + canteenId + '/orders?since=' + encodeURIComponent(asOf));
  }

  document.getElementById('lang').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('xingfu.lang', lang);
    render();
  });

  setInterval(function () {
    document.getElementById('clock').textContent = new Date().toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB',
      { hour: '2-digit', minute: '2-digit' });
  }, 1000);
  // waiting times and their colours move on even when nothing is pushed
  setInterval(render, 30000);

  Live.api('GET', '/api/live/me').then(function (me) {
    session = me;
    canteenId = Number(Live.param('canteenId') || me.canteenId) || null;
    if (!canteenId) {
      showMessage(t('noCanteen'));
      return;
    }
    render();
    Live.connect({
      destinations: ['/topic/canteens/' + canteenId + '/orders'],
      onMessage: accept,
      catchUp: catchUp,
      onStatus: function (state) { status = state; render(); },
      onError: function (error) { showMessage(error.message); }
    });
  }, function (error) { showMessage(error.message); });
})();
