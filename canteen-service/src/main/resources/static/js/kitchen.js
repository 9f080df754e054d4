/*
 * Kitchen display: today's open orders of one canteen as a grid of tickets, oldest first, sized so that every
 * ticket fits the screen without scrolling (pages only when even the densest grid cannot hold them all). Waiting
 * time and lateness are shown in words as well as colour; one tap moves an order on, and "recall" undoes a
 * "ready" or a hand-over tapped by mistake (the server allows a hand-over recall for 15 minutes).
 */
(function () {
  'use strict';

  var TEXT = {
    zh: {
      title: '厨房看板', other: 'English', live: '实时更新中', reconnecting: '连接中断，正在重连…',
      toCook: '待做菜品', dineIn: '堂食', takeaway: '自取', delivery: '送餐', waited: '已等', minutes: '分钟',
      amber: '等待较久', red: '已超时', none: '暂无订单', cashDue: '待收现金', yuan: '元',
      start: '开始制作', ready: '做好了', served: '已上餐', pickedUp: '已取走', handOver: '交给志愿者',
      cash: '已收现金', noCanteen: '请在网址中加上 ?canteenId=食堂编号', failed: '操作失败：',
      countNew: '未开始', countCooking: '制作中', countReady: '待取餐', countLate: '超时',
      recall: '撤回', close: '关闭', recallTitle: '撤回误点的订单',
      recallHint: '最近 15 分钟内做好或交出的订单。点「撤回」退回上一步。', recallNone: '最近没有可撤回的订单',
      recallTo: function (status) { return '撤回到「' + status + '」'; }, recalled: '已撤回：',
      page: function (p, n) { return '第 ' + p + ' / ' + n + ' 页'; }, more: function (n) { return '另 ' + n + ' 项'; }
    },
    en: {
      title: 'Kitchen display', other: '中文', live: 'Live', reconnecting: 'Connection lost, reconnecting…',
      toCook: 'To cook', dineIn: 'Dine-in', takeaway: 'Takeaway', delivery: 'Delivery', waited: 'waiting', minutes: 'min',
      amber: 'waiting long', red: 'overdue', none: 'No open orders', cashDue: 'Cash due', yuan: 'yuan',
      start: 'Start cooking', ready: 'Ready', served: 'Served', pickedUp: 'Picked up', handOver: 'Hand to volunteer',
      cash: 'Cash received', noCanteen: 'Add ?canteenId=<canteen id> to the address', failed: 'Failed: ',
      countNew: 'new', countCooking: 'cooking', countReady: 'ready', countLate: 'overdue',
      recall: 'Recall', close: 'Close', recallTitle: 'Recall an order tapped by mistake',
      recallHint: 'Orders made ready or handed over in the last 15 minutes. "Recall" takes one back a step.',
      recallNone: 'Nothing to recall just now',
      recallTo: function (status) { return 'Back to "' + status + '"'; }, recalled: 'Recalled: ',
      page: function (p, n) { return 'Page ' + p + ' of ' + n; }, more: function (n) { return '+' + n + ' more'; }
    }
  };
  var STATUS_WORDS = {
    PLACED: ['已下单', 'Placed'], PREPARING: ['制作中', 'Preparing'], READY: ['请取餐', 'Ready'],
    SERVED: ['已就餐', 'Served'], PICKED_UP: ['已取走', 'Picked up']
  };
  var PERIODS = { BREAKFAST: ['早餐', 'Breakfast'], LUNCH: ['午餐', 'Lunch'], DINNER: ['晚餐', 'Dinner'] };
  var OPEN = ['PLACED', 'PREPARING', 'READY'];
  var RECALL_MINUTES = 15;
  // the smallest ticket that still shows number, waiting time, first dish, flags and a button at arm's length
  var MIN_W = 170;
  var MIN_H = 84;
  // the shape a ticket would like to have; the grid picks the column count closest to it
  var IDEAL_RATIO = 1.7;

  var lang = localStorage.getItem('xingfu.lang') === 'en' ? 'en' : 'zh';
  var store = new Live.VersionedStore(function (order) { return order.orderId; });
  var session = null;
  var canteenId = null;
  var asOf = null;
  var status = 'reconnecting';
  var page = 0;

  function t(key) { return TEXT[lang][key]; }
  function words(pair) { return lang === 'zh' ? pair[0] : pair[1]; }
  function dishName(line) { return lang === 'en' && line.nameEn ? line.nameEn : line.name; }
  function $(id) { return document.getElementById(id); }

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

  function recallTarget(order) {
    if (order.status === 'READY') return 'PREPARING';
    if (order.status === 'SERVED' && order.channel === 'DINE_IN') return 'READY';
    if (order.status === 'PICKED_UP' && order.channel === 'TAKEAWAY') return 'READY';
    return null;
  }

  var messageTimer = null;
  function showMessage(text, info) {
    var box = $('message');
    box.textContent = text || '';
    box.className = 'message' + (info ? ' info' : '');
    box.hidden = !text;
    // a confirmation goes away by itself, an error stays until the next action
    clearTimeout(messageTimer);
    if (text && info) messageTimer = setTimeout(function () { box.hidden = true; }, 5000);
  }

  function problemText(error) {
    var p = error.problem || {};
    return t('failed') + (lang === 'en' && p.messageEn ? p.messageEn : error.message);
  }

  function send(call, button) {
    button.disabled = true;
    return call.then(function (view) {
      showMessage(null);
      accept(view);
      return view;
    }, function (error) {
      button.disabled = false;
      showMessage(problemText(error));
      return null;
    });
  }

  function advance(order, target, button) {
    send(target === 'CASH'
      ? Live.api('POST', '/api/orders/' + order.orderId + '/cash-payment')
      : Live.api('POST', '/api/orders/' + order.orderId + '/transitions', { to: target }), button);
  }

  function recall(order, button) {
    send(Live.api('POST', '/api/orders/' + order.orderId + '/recall'), button).then(function (view) {
      if (view) showMessage(t('recalled') + view.orderNumber + ' → ' + words(STATUS_WORDS[view.status]), true);
    });
  }

  function age(order, now) {
    var waited = Live.minutesSince(order.placedAt, now);
    var cooking = order.status !== 'READY';
    var level = cooking && waited >= session.redAfterMinutes ? 'red'
      : cooking && waited >= session.amberAfterMinutes ? 'amber' : 'ok';
    return { minutes: waited, level: level };
  }

  function channelWord(channel) {
    return channel === 'DINE_IN' ? t('dineIn') : channel === 'TAKEAWAY' ? t('takeaway') : t('delivery');
  }

  function ticket(order, now, density, showPeriod) {
    var wait = age(order, now);
    var step = nextStep(order);
    var maxLines = density === 'dense' ? 1 : density === 'compact' ? 3 : 8;
    var shown = order.lines.slice(0, maxLines);
    var lines = Live.el('ul', { className: 'lines' }, shown.map(function (line) {
      return Live.el('li', {}, [
        Live.el('span', { className: 'dish', text: dishName(line) }),
        Live.el('span', { className: 'qty', text: '×' + line.quantity })
      ]);
    }));
    if (order.lines.length > shown.length) {
      lines.appendChild(Live.el('li', { className: 'more', text: t('more')(order.lines.length - shown.length) }));
    }
    // allergies first: on a small ticket they are the flags that must never be cut off
    var codes = (order.dietaryFlags || []).slice().sort(function (a, b) {
      return (b.indexOf('ALLERGY:') === 0) - (a.indexOf('ALLERGY:') === 0);
    });
    var flags = codes.length ? Live.el('div', { className: 'flags' },
      codes.map(function (code) {
        var view = FoodWords.flag(code, lang);
        return Live.el('span', { className: 'flag ' + view.kind, text: view.text });
      })) : null;
    var cash = order.paymentStatus && order.paymentStatus !== 'PAID'
      ? Live.el('div', { className: 'cash', text: t('cashDue') + ' ' + order.selfPay + ' ' + t('yuan') }) : null;
    var button = step ? Live.el('button', {
      type: 'button', className: 'advance', 'data-to': step[0], text: step[1]
    }) : null;
    if (button) button.addEventListener('click', function () { advance(order, step[0], button); });
    var lateWords = wait.level === 'red' ? t('red') : wait.level === 'amber' ? t('amber') : '';
    return Live.el('article', {
      className: 'order ' + order.status.toLowerCase() + ' channel-' + order.channel.toLowerCase() + ' age-' + wait.level,
      'data-order-id': String(order.orderId), 'data-status': order.status, 'data-version': String(order.version),
      'data-late': wait.level
    }, [
      Live.el('span', { className: 'number', text: order.orderNumber }),
      Live.el('span', { className: 'meta' }, [
        // a late ticket says so and for how long in one chip; the others just how long they have waited
        lateWords
          ? Live.el('strong', { className: 'late-words', text: lateWords + ' ' + wait.minutes + ' ' + t('minutes') })
          : Live.el('span', { className: 'wait', text: t('waited') + ' ' + wait.minutes + ' ' + t('minutes') }),
        Live.el('span', { className: 'channel', text: channelWord(order.channel)
          + (showPeriod ? ' · ' + words(PERIODS[order.period] || [order.period, order.period]) : '') })
      ]),
      Live.el('span', { className: 'badge', text: words(STATUS_WORDS[order.status]) }),
      Live.el('div', { className: 'body' }, [lines, flags, cash]),
      button
    ]);
  }

  /**
   * The column count whose tickets come closest to the ideal shape while staying at least the minimum size, and
   * how many tickets one page then holds (all of them unless even the minimum size cannot).
   */
  function layout(count, width, height, gap) {
    var best = null;
    for (var cols = 1; cols <= Math.max(1, Math.floor((width + gap) / (MIN_W + gap))); cols++) {
      var rows = Math.ceil(count / cols);
      var w = (width - gap * (cols - 1)) / cols;
      var h = (height - gap * (rows - 1)) / rows;
      if (w < MIN_W || h < MIN_H) continue;
      var score = Math.abs(Math.log((w / h) / IDEAL_RATIO));
      if (!best || score < best.score) best = { cols: cols, rows: rows, w: w, h: h, score: score, perPage: count };
    }
    if (best) return best;
    var c = Math.max(1, Math.floor((width + gap) / (MIN_W + gap)));
    var r = Math.max(1, Math.floor((height + gap) / (MIN_H + gap)));
    return { cols: c, rows: r, w: (width - gap * (c - 1)) / c, h: (height - gap * (r - 1)) / r, perPage: c * r };
  }

  function density(h) {
    return h >= 230 ? 'roomy' : h >= 140 ? 'compact' : 'dense';
  }

  function dishTotals(orders) {
    var totals = new Map();
    orders.filter(function (o) { return o.status === 'PLACED' || o.status === 'PREPARING'; }).forEach(function (o) {
      o.lines.forEach(function (line) {
        var name = dishName(line);
        totals.set(name, (totals.get(name) || 0) + line.quantity);
      });
    });
    return Array.from(totals.entries()).sort(function (a, b) { return b[1] - a[1]; });
  }

  function today(order) {
    return order.serviceDate === session.serviceDate;
  }

  function renderChrome() {
    $('title').textContent = t('title') + (canteenId ? ' · #' + canteenId : '');
    $('lang').textContent = t('other');
    $('recall-open').textContent = t('recall');
    $('recall-close').textContent = t('close');
    $('recall-title').textContent = t('recallTitle');
    $('recall-hint').textContent = t('recallHint');
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    var statusNode = $('status');
    statusNode.textContent = t(status);
    statusNode.className = 'status ' + status;
  }

  function render() {
    renderChrome();
    if (!session) return;
    var now = Date.now();
    var open = store.values().filter(function (o) { return OPEN.indexOf(o.status) >= 0 && today(o); })
      .sort(function (a, b) { return Date.parse(a.placedAt) - Date.parse(b.placedAt) || a.orderId - b.orderId; });

    var late = open.filter(function (o) { return age(o, now).level === 'red'; }).length;
    var counts = $('counts');
    counts.textContent = '';
    [['new', t('countNew'), open.filter(function (o) { return o.status === 'PLACED'; }).length],
      ['cooking', t('countCooking'), open.filter(function (o) { return o.status === 'PREPARING'; }).length],
      ['ready', t('countReady'), open.filter(function (o) { return o.status === 'READY'; }).length],
      ['late', t('countLate'), late]].forEach(function (c) {
      counts.appendChild(Live.el('span', { className: 'count ' + c[0] + (c[0] === 'late' && c[2] ? ' alarm' : ''),
        'data-count': c[0] }, [Live.el('span', { text: c[1] + ' ' }), Live.el('strong', { text: String(c[2]) })]));
    });

    var totals = $('totals');
    totals.textContent = '';
    totals.appendChild(Live.el('strong', { className: 'totals-label', text: t('toCook') }));
    dishTotals(open).forEach(function (entry) {
      totals.appendChild(Live.el('span', { className: 'dish-total', text: entry[0] + ' ×' + entry[1] }));
    });

    var grid = $('tickets');
    var gap = 8;
    var pager = $('pager');
    // measure with the pager hidden first; if the tickets need pages, measure again with it shown
    pager.hidden = true;
    var box = grid.getBoundingClientRect();
    var height = window.innerHeight - box.top - gap;
    var plan = layout(Math.max(1, open.length), box.width, height, gap);
    if (plan.perPage < open.length) {
      pager.hidden = false;
      height = window.innerHeight - box.top - pager.offsetHeight - 2 * gap;
      plan = layout(open.length, box.width, height, gap);
    }
    var pages = Math.max(1, Math.ceil(open.length / plan.perPage));
    page = Math.min(page, pages - 1);
    var showPeriod = new Set(open.map(function (o) { return o.period; })).size > 1;
    var kind = density(plan.h);
    grid.className = 'tickets ' + kind;
    grid.style.gridTemplateColumns = 'repeat(' + plan.cols + ', minmax(0, 1fr))';
    grid.style.gridAutoRows = Math.floor(plan.h) + 'px';
    grid.style.height = Math.floor(height) + 'px';
    grid.setAttribute('data-cols', String(plan.cols));
    grid.setAttribute('data-per-page', String(plan.perPage));
    grid.textContent = '';
    open.slice(page * plan.perPage, (page + 1) * plan.perPage).forEach(function (o) {
      grid.appendChild(ticket(o, now, kind, showPeriod));
    });
    $('page-info').textContent = t('page')(page + 1, pages);
    $('page-prev').disabled = page === 0;
    $('page-next').disabled = page >= pages - 1;

    var empty = $('empty');
    empty.textContent = t('none');
    empty.hidden = open.length > 0;
    renderRecall(now);
  }

  /** Orders that a recall can still take back: ready now, or handed over at the counter in the last minutes. */
  function renderRecall(now) {
    var list = $('recall-list');
    list.textContent = '';
    var recent = store.values().filter(function (o) {
      return today(o) && recallTarget(o) && (o.status === 'READY' || now - Date.parse(o.updatedAt) < RECALL_MINUTES * 60000);
    }).sort(function (a, b) { return Date.parse(b.updatedAt) - Date.parse(a.updatedAt); }).slice(0, 12);
    if (!recent.length) list.appendChild(Live.el('li', { className: 'recall-none', text: t('recallNone') }));
    recent.forEach(function (o) {
      var target = recallTarget(o);
      var button = Live.el('button', { type: 'button', className: 'recall-button', 'data-to': target,
        text: t('recallTo')(words(STATUS_WORDS[target])) });
      button.addEventListener('click', function () { recall(o, button); });
      list.appendChild(Live.el('li', { className: 'recall-item', 'data-order-id': String(o.orderId),
        'data-status': o.status }, [
        Live.el('span', { className: 'number', text: o.orderNumber }),
        Live.el('span', { className: 'badge', text: words(STATUS_WORDS[o.status]) }),
        Live.el('span', { className: 'recall-dishes', text: o.lines.map(function (l) {
          return dishName(l) + ' ×' + l.quantity;
        }).join('、') }),
        button
      ]));
    });
  }

  function accept(order) {
    if (order.canteenId !== canteenId) return;
    if (store.accept(order)) render();
  }

  function take(changes) {
    changes.orders.forEach(function (order) { store.accept(order); });
    return changes.asOf;
  }

  function catchUp() {
    var base = '/api/live/canteens/' + canteenId;
    if (asOf === null) {
      // the open orders, and what was finished lately so that a mistaken hand-over can be recalled after a reload
      var since = new Date(Date.parse(session.now) - RECALL_MINUTES * 60000).toISOString();
      return Promise.all([Live.api('GET', base + '/kitchen'),
        Live.api('GET', base + '/orders?since=' + encodeURIComponent(since))]).then(function (answers) {
        asOf = [take(answers[0]), take(answers[1])].sort()[0];
        render();
      });
    }
    return Live.api('GET', base + '/orders?since=' + encodeURIComponent(asOf)).then(function (changes) {
      asOf = take(changes);
      render();
    });
  }

  $('lang').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('xingfu.lang', lang);
    render();
  });
  $('recall-open').addEventListener('click', function () { $('recall').hidden = false; });
  $('recall-close').addEventListener('click', function () { $('recall').hidden = true; });
  $('page-prev').addEventListener('click', function () { page = Math.max(0, page - 1); render(); });
  $('page-next').addEventListener('click', function () { page += 1; render(); });
  window.addEventListener('resize', render);

  setInterval(function () {
    $('clock').textContent = new Date().toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB',
      { hour: '2-digit', minute: '2-digit' });
  }, 1000);
  // waiting times and their colours move on even when nothing is pushed
  setInterval(render, 30000);

  renderChrome();
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
      onStatus: function (state) { status = state; renderChrome(); },
      onError: function (error) { showMessage(error.message); }
    });
  }, function (error) { showMessage(error.message); });
})();
