/*
 * Delivery planner for canteen staff: choose the day and meal, start (or restart) planning and watch it, then
 * adjust by hand: move a stop, swap two rounds' volunteers, send a no-show volunteer's stops back to planning.
 * The server decides whether an edit is allowed; when it refuses, its problem+json answer is shown and the plan
 * is read again, because a refusal usually means the page was out of date (a round was picked up meanwhile).
 */
(function () {
  'use strict';

  var el = Live.el;
  var POLL_MS = 1000;
  var OPEN = 'PLANNED';
  var ROUND_STATUS = {
    PLANNED: ['已排线', 'Planned'], PICKED_UP: ['已取餐', 'Picked up'],
    FINISHED: ['已完成', 'Finished'], NO_SHOW: ['未到岗', 'No-show']
  };
  var STOP_STATUS = {
    WAITING: ['待配送', 'Waiting'], OUT: ['配送中', 'Out'],
    DELIVERED: ['已送达', 'Delivered'], NOT_DELIVERED: ['未送达', 'Not delivered']
  };
  var TRANSPORT = { ON_FOOT: ['步行', 'On foot'], E_BIKE: ['电动车', 'E-bike'] };
  var PERIODS = ['BREAKFAST', 'LUNCH', 'DINNER'];

  var canteenId = null;
  var plan = null;      // the PlanView last received, or null when the meal has no plan
  var pollTimer = null;
  var generation = 0;   // bumped when the day or meal changes, so late answers for the old choice are dropped

  var $ = function (id) { return document.getElementById(id); };

  function both(pair) { return pair[0] + ' ' + pair[1]; }

  function message(text, kind) {
    var box = $('message');
    box.textContent = text || '';
    box.className = 'message' + (kind === 'info' ? ' info' : '');
    box.hidden = !text;
  }

  /** The server's own words: messageZh/messageEn of our problems, else the RFC 9457 title and detail. */
  function problemText(error) {
    var p = error.problem || {};
    var zh = p.messageZh || p.detail || error.message;
    var en = p.messageEn || (p.detail && p.detail !== zh ? p.detail : '');
    var head = '操作未完成 Not done' + (p.title ? ' (' + (p.status || error.status || '') + ' ' + p.title + ')' : '');
    return head + '：' + zh + (en && en !== zh ? ' · ' + en : '') + (p.code ? ' [' + p.code + ']' : '');
  }

  function hhmm(instant) {
    if (!instant) return '--:--';
    return new Date(instant).toLocaleTimeString('zh-CN',
      { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
  }

  /**
   * The solver's score in words. Its levels (RoutePlan, DeliveryConstraints): hard = 1000 per box over capacity plus
   * the minutes beyond the food-to-mouth ceiling; soft = meals unassigned / seconds beyond the hot-meal window /
   * seconds travelled plus twice the seconds outside seniors' preferred times. Returns null for an unknown form.
   */
  function scoreWords(score) {
    var m = /^\[(-?\d+)\]hard\/\[(-?\d+)\/(-?\d+)\/(-?\d+)\]soft$/.exec(score || '');
    if (!m) return null;
    var hard = -Number(m[1]);
    var boxes = Math.floor(hard / 1000);
    var ceiling = hard % 1000;
    var parts = [];
    if (boxes > 0) parts.push('超载 ' + boxes + ' 盒 Over capacity by ' + boxes + ' box(es)');
    if (ceiling > 0) parts.push('超过送达时限 ' + ceiling + ' 分钟 ' + ceiling + ' min beyond the food-to-mouth ceiling');
    parts.push('未分配 ' + (-Number(m[2])) + ' 份 ' + (-Number(m[2])) + ' meal(s) unassigned');
    parts.push('超出保温时限 ' + Math.round(-Number(m[3]) / 60) + ' 分钟 '
      + Math.round(-Number(m[3]) / 60) + ' min beyond the hot-meal window');
    parts.push('路程及错过希望时间 ' + Math.round(-Number(m[4]) / 60) + ' 分钟 '
      + Math.round(-Number(m[4]) / 60) + ' min travelled (missed preferred times count double)');
    return { ok: hard === 0, text: parts.join(' · ') };
  }

  /** The server works out whether the plan has this meal arrive beyond the hot-meal window of its trip. */
  function hotLate(stop) {
    return stop.beyondHotWindow === true || stop.late === true;
  }

  function selected() {
    return { date: $('date').value, period: $('period').value };
  }

  function editable() {
    return plan !== null && plan.status !== 'SOLVING';
  }

  function openRounds() {
    return plan ? plan.rounds.filter(function (r) { return r.status === OPEN; }) : [];
  }

  /** Rounds that can still take or give up waiting meals: not started, or with later trips still in the kitchen. */
  function movableRounds() {
    return plan ? plan.rounds.filter(function (r) { return r.status === OPEN || r.status === 'PICKED_UP'; }) : [];
  }

  // ---------- talking to the server ----------

  function accept(view, gen) {
    if (gen !== generation) return;
    plan = view;
    render();
    schedulePoll();
  }

  function schedulePoll() {
    clearTimeout(pollTimer);
    pollTimer = null;
    if (!plan || plan.status !== 'SOLVING') return;
    var gen = generation;
    var planId = plan.planId;
    pollTimer = setTimeout(function () {
      Live.api('GET', '/api/delivery/plans/' + planId).then(function (view) { accept(view, gen); }, function (error) {
        message(problemText(error));
        // keep watching: a lost answer must not freeze the progress bar
        if (gen === generation) pollTimer = setTimeout(schedulePoll, POLL_MS);
      });
    }, POLL_MS);
  }

  function find() {
    var choice = selected();
    if (!canteenId || !choice.date) return Promise.resolve();
    var gen = ++generation;
    clearTimeout(pollTimer);
    plan = null;
    $('plan-state').textContent = '正在加载… Loading…';
    var query = '?canteenId=' + canteenId + '&date=' + encodeURIComponent(choice.date) + '&period=' + choice.period;
    return Live.api('GET', '/api/delivery/plans' + query).then(function (view) {
      if (gen !== generation) return;
      plan = view;
      render();
      schedulePoll();
    }, function (error) { message(problemText(error)); });
  }

  /** Runs one edit; every answer (a new PlanView, or a refusal) ends in a fresh, true picture of the plan. */
  function edit(method, url, body, done) {
    var gen = generation;
    setBusy(true);
    return Live.api(method, url, body).then(function (view) {
      message(done, 'info');
      accept(view, gen);
    }, function (error) {
      message(problemText(error));
      if (plan) {
        return Live.api('GET', '/api/delivery/plans/' + plan.planId).then(function (view) { accept(view, gen); },
          function () { render(); });
      }
    }).then(function () { setBusy(false); });
  }

  function setBusy(busy) {
    document.body.classList.toggle('busy', busy);
    document.querySelectorAll('button[data-edit]').forEach(function (b) { if (busy) b.disabled = true; });
    if (!busy) render();
  }

  function startPlanning() {
    var choice = selected();
    var gen = generation;
    $('plan').disabled = true;
    message(null);
    Live.api('POST', '/api/delivery/plans', { canteenId: canteenId, date: choice.date, period: choice.period })
      .then(function (view) { accept(view, gen); }, function (error) {
        message(problemText(error));
        render();
      });
  }

  function move(stopId, roundId, position) {
    return edit('POST', '/api/delivery/plans/' + plan.planId + '/stops/' + stopId + '/move',
      { roundId: roundId, position: position }, '已移动 Moved');
  }

  function swap(roundA, roundB) {
    return edit('POST', '/api/delivery/plans/' + plan.planId + '/swap', { roundA: roundA, roundB: roundB },
      '已交换志愿者 Volunteers swapped');
  }

  function noShow(round) {
    var ok = window.confirm('确认 ' + round.volunteerName + ' 未到岗？这条路线的餐会重新分配给其他志愿者。\n'
      + 'Mark ' + round.volunteerName + ' as a no-show? The meals of this round are planned again for the others.');
    if (!ok) return;
    edit('POST', '/api/delivery/rounds/' + round.roundId + '/no-show', undefined,
      '已记录未到岗，正在重新排线 No-show recorded, planning again');
  }

  // ---------- drawing ----------

  function render() {
    var solving = plan !== null && plan.status === 'SOLVING';
    $('plan').disabled = !canteenId || solving || document.body.classList.contains('busy');
    $('plan').textContent = plan ? '重新排线 Plan again' : '开始排线 Start planning';
    renderState(solving);
    renderSwap();
    renderRounds();
    renderUnassigned();
  }

  function renderState(solving) {
    var state = $('plan-state');
    state.textContent = '';
    if (!plan) {
      state.appendChild(el('strong', { text: '这一餐还没有排线 No plan for this meal yet' }));
    } else {
      state.appendChild(el('span', { className: 'badge plan-status ' + plan.status,
        'data-status': plan.status, text: plan.statusZh + ' ' + plan.statusEn }));
      if (plan.status === 'FAILED' && plan.message) {
        state.appendChild(el('span', { className: 'failed', text: ' ' + plan.message }));
      }
    }
    $('progress').hidden = !solving;
    if (solving) {
      var percent = Math.max(0, Math.min(100, plan.progressPercent || 0));
      $('progress-fill').style.width = percent + '%';
      $('progress').querySelector('.bar').setAttribute('aria-valuenow', String(percent));
      var best = scoreWords(plan.score);
      $('progress-text').textContent = '规划中 Planning… ' + percent + '%'
        + (best ? ' · 当前最佳 Best so far: ' + best.text : '');
    }
    var totals = $('totals');
    totals.hidden = !plan;
    totals.textContent = '';
    if (plan) {
      var words = scoreWords(plan.score);
      [['travel', '总路程 Travel', plan.travelMinutes + ' 分钟 min'],
        ['unassigned', '未分配 Meals unassigned', plan.unassigned + ' 份'],
        ['late', '超出保温时限 Meals late (beyond the hot window)', plan.hotWindowLate + ' 份'],
        ['rules', '硬性规则 Hard rules', words ? (words.ok ? '全部满足 All met' : words.text) : '—']].forEach(function (t) {
        var alarm = (t[0] === 'unassigned' || t[0] === 'late') && t[2] !== '0 份' || (t[0] === 'rules' && words && !words.ok);
        totals.appendChild(el('span', { className: 'total' + (alarm ? ' alarm' : ''), 'data-total': t[0],
          title: plan.score || '' }, [el('span', { text: t[1] + ': ' }), el('strong', { text: t[2] })]));
      });
    }
    $('prints').hidden = !plan || solving;
    if (plan) {
      $('route-sheets').href = '/api/delivery/plans/' + plan.planId + '/route-sheets.pdf';
      $('labels').href = '/api/delivery/plans/' + plan.planId + '/labels.pdf';
    }
  }

  function roundLabel(round) {
    return round.volunteerName + ' · ' + both(TRANSPORT[round.transport] || [round.transport, ''])
      + ' · ' + round.stops.length + ' 站 stops';
  }

  function renderSwap() {
    var open = openRounds();
    $('swap-box').hidden = !editable() || open.length < 2;
    ['swap-a', 'swap-b'].forEach(function (id, index) {
      var select = $(id);
      var keep = select.value;
      select.textContent = '';
      open.forEach(function (round) {
        select.appendChild(el('option', { value: String(round.roundId), text: roundLabel(round) }));
      });
      if (open.some(function (r) { return String(r.roundId) === keep; })) select.value = keep;
      else if (open[index]) select.value = String(open[index].roundId);
    });
    $('swap').disabled = document.body.classList.contains('busy');
  }

  function renderRounds() {
    var main = $('rounds');
    main.textContent = '';
    if (!plan) return;
    plan.rounds.forEach(function (round) { main.appendChild(roundCard(round)); });
  }

  function roundCard(round) {
    var open = editable() && round.status === OPEN;
    var movable = editable() && (round.status === OPEN || round.status === 'PICKED_UP');
    var status = ROUND_STATUS[round.status] || [round.status, ''];
    var over = overCapacity(round);
    var facts = el('div', { className: 'facts' }, [
      fact('transport', '交通 Transport', both(TRANSPORT[round.transport] || [round.transport, ''])),
      // a round may go out several times: the meals it carries over all trips against the boxes of one trip
      fact('boxes' + (over ? ' alarm' : ''), '餐数/每趟箱数 Meals / boxes per trip', round.load + ' / ' + round.boxCapacity
        + (over ? ' 超载 Over capacity' : '')),
      fact('departure', '出发 Leave', hhmm(round.departureAt)),
      fact('travel', '路程 Travel', round.travelMinutes + ' 分钟 min'),
      round.trips > 1 ? fact('trips', '趟数 Trips', String(round.trips)) : null
    ]);
    var list = el('ol', { className: 'stops', 'data-round': String(round.roundId) });
    var multiTrip = round.trips > 1 || round.stops.some(function (s) { return s.trip > 1; });
    var lastTrip = null;
    round.stops.forEach(function (stop) {
      if (multiTrip && stop.trip && stop.trip !== lastTrip) {
        list.appendChild(el('li', { className: 'trip', 'data-trip': String(stop.trip),
          text: '第' + stop.trip + '趟 Trip ' + stop.trip }));
      }
      lastTrip = stop.trip;
      list.appendChild(stopItem(stop, round, movable));
    });
    if (!round.stops.length) list.appendChild(el('li', { className: 'muted none', text: '没有送餐点 No stops' }));
    if (movable) droppable(list, round.roundId);
    var noShowButton = open ? el('button', { type: 'button', className: 'warn no-show', 'data-edit': '',
      text: '未到岗 No-show', onclick: function () { noShow(round); } }) : null;
    return el('section', { className: 'round-card status-' + round.status + (over ? ' over' : ''),
      'data-round': String(round.roundId), 'data-volunteer': String(round.volunteerId) }, [
      el('header', {}, [
        el('h2', { className: 'volunteer', text: round.volunteerName }),
        el('span', { className: 'badge round-status ' + round.status, text: both(status) })
      ]),
      facts, list, noShowButton
    ]);
  }

  /** Capacity counts per trip from the kitchen: a round of several trips may carry more than one load. */
  function overCapacity(round) {
    var perTrip = {};
    round.stops.forEach(function (stop) { perTrip[stop.trip || 1] = (perTrip[stop.trip || 1] || 0) + 1; });
    var fullest = Object.keys(perTrip).reduce(function (max, trip) { return Math.max(max, perTrip[trip]); }, 0);
    return (round.trips > 1 ? fullest : round.load) > round.boxCapacity;
  }

  function fact(kind, label, value) {
    return el('span', { className: 'fact ' + kind }, [el('span', { text: label + ' ' }), el('strong', { text: value })]);
  }

  function stopItem(stop, round, movable) {
    var late = hotLate(stop);
    var status = STOP_STATUS[stop.status] || [stop.status, ''];
    var canMove = movable && stop.status === 'WAITING';
    var item = el('li', { className: 'stop' + (late ? ' late' : ''), 'data-stop': String(stop.stopId),
      'data-sequence': String(stop.sequence) }, [
      el('div', { className: 'line' }, [
        round ? el('span', { className: 'seq', text: String(stop.sequence) }) : null,
        el('span', { className: 'name', text: stop.maskedName }),
        round ? el('span', { className: 'eta', text: '预计 ETA ' + hhmm(stop.plannedArrival) }) : null,
        late ? el('span', { className: 'late-mark', text: '超时 Late' }) : null,
        stop.status !== 'WAITING' ? el('span', { className: 'badge ' + stop.status, text: both(status) }) : null
      ]),
      el('div', { className: 'address', text: stop.address }),
      canMove ? moveControls(stop, round) : null
    ]);
    if (canMove) {
      item.draggable = true;
      item.addEventListener('dragstart', function (event) {
        event.dataTransfer.setData('text/plain', String(stop.stopId));
        event.dataTransfer.effectAllowed = 'move';
      });
    }
    return item;
  }

  /** A select of target rounds (or "unassigned"), an optional position, and the button. */
  function moveControls(stop, round) {
    var target = el('select', { className: 'move-target', 'aria-label': '移到哪条路线 Move to round' });
    movableRounds().forEach(function (r) {
      target.appendChild(el('option', { value: String(r.roundId), text: '→ ' + r.volunteerName }));
    });
    if (round) target.appendChild(el('option', { value: '', text: '不分配 Unassigned' }));
    target.value = round ? String(round.roundId) : (movableRounds()[0] ? String(movableRounds()[0].roundId) : '');
    var position = el('input', { className: 'move-position', type: 'number', min: '1', inputmode: 'numeric',
      placeholder: '末尾 End', 'aria-label': '第几站（空 = 最后）Position (empty = last)' });
    var button = el('button', { type: 'button', className: 'secondary move', 'data-edit': '', text: '移到 Move',
      onclick: function () {
        var roundId = target.value ? Number(target.value) : null;
        var at = position.value ? Math.max(1, Number(position.value)) - 1 : 9999;
        move(stop.stopId, roundId, roundId === null ? 0 : at);
      } });
    return el('div', { className: 'move-row' }, [target, position, button]);
  }

  /** Drag and drop as a shortcut for the move controls: drop on a stop to go before it, elsewhere to the end. */
  function droppable(list, roundId) {
    list.addEventListener('dragover', function (event) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    });
    list.addEventListener('drop', function (event) {
      event.preventDefault();
      var stopId = Number(event.dataTransfer.getData('text/plain'));
      if (!stopId) return;
      var before = event.target.closest('li.stop');
      var stops = Array.prototype.slice.call(list.querySelectorAll('li.stop'))
        .filter(function (li) { return Number(li.getAttribute('data-stop')) !== stopId; });
      var index = before ? stops.indexOf(before) : -1;
      move(stopId, roundId, index < 0 ? stops.length : index);
    });
  }

  function renderUnassigned() {
    var stops = plan ? plan.unassignedStops : [];
    $('unassigned').hidden = !plan || !stops.length;
    $('unassigned-count').textContent = String(stops.length);
    var list = $('unassigned-stops');
    list.textContent = '';
    stops.forEach(function (stop) { list.appendChild(stopItem(stop, null, editable())); });
    if (!list.dataset.droppable) {
      list.dataset.droppable = 'yes';
      list.addEventListener('dragover', function (event) { if (editable()) event.preventDefault(); });
      list.addEventListener('drop', function (event) {
        event.preventDefault();
        var stopId = Number(event.dataTransfer.getData('text/plain'));
        if (stopId && editable()) move(stopId, null, 0);
      });
    }
  }

  // ---------- start ----------

  /** The next meal still being served now (Beijing time), else the day's last one. */
  function nextMeal(canteen, now) {
    var time = new Date(now).toLocaleTimeString('en-GB',
      { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
    var meals = (canteen.meals || []).slice().sort(function (a, b) {
      return PERIODS.indexOf(a.period) - PERIODS.indexOf(b.period);
    });
    for (var i = 0; i < meals.length; i++) {
      var until = String(meals[i].serveUntil);
      if ((until.length === 5 ? until + ':00' : until).substring(0, 8) > time) return meals[i].period;
    }
    return meals.length ? meals[meals.length - 1].period : 'LUNCH';
  }

  $('plan').addEventListener('click', startPlanning);
  $('date').addEventListener('change', function () { message(null); find(); });
  $('period').addEventListener('change', function () { message(null); find(); });
  $('swap').addEventListener('click', function () {
    var a = Number($('swap-a').value);
    var b = Number($('swap-b').value);
    if (!a || !b || a === b) {
      message('请选择两条不同的路线 Choose two different rounds');
      return;
    }
    swap(a, b);
  });

  Live.api('GET', '/api/live/me').then(function (me) {
    canteenId = Number(Live.param('canteenId') || me.canteenId) || null;
    if (!canteenId) {
      message('请在网址中加上 ?canteenId=食堂编号 · Add ?canteenId=<canteen id> to the address');
      $('plan-state').textContent = '';
      return null;
    }
    $('date').value = Live.param('date') || me.serviceDate;
    return Live.api('GET', '/api/canteens/' + canteenId).then(function (canteen) {
      $('who').textContent = canteen.name + ' · 食堂 Canteen #' + canteenId + ' · ' + me.username;
      $('period').value = Live.param('period') || nextMeal(canteen, me.now);
      return find();
    });
  }).catch(function (error) { message(problemText(error)); });
})();
