/*
 * Staff list of open welfare alerts. Raised and resolved alerts arrive over the shared STOMP connection
 * (Live.connect, /topic/canteens/{id}/alerts) and show at once. The list is fetched over REST at start and
 * after every (re)connect; only while the connection is down is it also polled, every data-fallback-poll-ms.
 */
(function () {
  'use strict';

  var FRESH_MS = 8000;
  var fallbackMs = Number(document.body.getAttribute('data-fallback-poll-ms')) || 10000;
  var canteenId = null;
  var loaded = false;
  var alerts = new Map();
  var cards = new Map();
  // a resolution is final: a late or repeated RAISED must not bring the alert back
  var resolved = new Set();
  var poller = null;
  var client = null;
  var noticeTimer = null;

  function showMessage(text) {
    var box = document.getElementById('message');
    box.textContent = text || '';
    box.hidden = !text;
  }

  function time(instant) {
    return new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });
  }

  function stopText(a) {
    return a.stopSequence > 0 ? '第 ' + a.stopSequence + ' 站 · Stop ' + a.stopSequence + ' · ' : '';
  }

  function card(a) {
    var input = Live.el('input', {
      'aria-label': '处理结果 Resolution',
      placeholder: '处理结果，例如：已联系女儿，老人在医院复查 · How was it resolved?'
    });
    var button = Live.el('button', { type: 'button', className: 'big primary', text: '记录处理结果 Record resolution' });
    button.addEventListener('click', function () {
      var text = input.value.trim();
      if (!text) { input.focus(); return; }
      button.disabled = true;
      Live.api('POST', '/api/welfare-alerts/' + a.alertId + '/resolve', { resolution: text }).then(function () {
        showMessage(null);
        drop(a.alertId);
      }, function (error) {
        button.disabled = false;
        showMessage('记录失败 Failed: ' + error.message + (error.problem && error.problem.messageEn ? ' · ' + error.problem.messageEn : ''));
      });
    });
    return Live.el('article', { className: 'alert-card', 'data-alert': String(a.alertId), 'data-stop': String(a.stopId) }, [
      Live.el('h2', { text: a.reasonZh + ' · ' + a.reasonEn }),
      Live.el('div', { className: 'name', text: a.seniorName + ' — ' + a.address }),
      Live.el('div', { className: 'muted', text: stopText(a) + time(a.raisedAt) + ' · ' + a.raisedBy }),
      a.detail ? Live.el('div', { className: 'notes', text: a.detail }) : null,
      Live.el('div', { text: '跟进 Follow up: ' + a.followUp }),
      input,
      button
    ]);
  }

  /** Keyed by alert: cards already shown are moved, not rebuilt, so a half-typed resolution survives. */
  function render() {
    var list = document.getElementById('alerts');
    // newest first; ids grow with time, so they order alerts raised in the same instant
    var open = Array.from(alerts.values()).sort(function (x, y) {
      return (Date.parse(y.raisedAt) - Date.parse(x.raisedAt)) || (y.alertId - x.alertId);
    });
    cards.forEach(function (node, id) {
      if (!alerts.has(id)) { node.remove(); cards.delete(id); }
    });
    Array.from(list.children).forEach(function (node) {
      if (!node.hasAttribute('data-alert')) node.remove();
    });
    if (!open.length) {
      list.appendChild(Live.el('p', { className: 'muted', text: '没有待处理的提醒 · No open alerts' }));
    }
    open.forEach(function (a) {
      if (!cards.has(a.alertId)) cards.set(a.alertId, card(a));
      list.appendChild(cards.get(a.alertId));
    });
    document.title = (open.length ? '(' + open.length + ') ' : '') + '探访关爱提醒 · Welfare alerts';
  }

  /** A visual cue only (no sound): the card is highlighted for a few seconds and a banner names the alert. */
  function highlight(a) {
    var node = cards.get(a.alertId);
    if (node) {
      node.classList.add('fresh');
      setTimeout(function () { node.classList.remove('fresh'); }, FRESH_MS);
    }
    var notice = document.getElementById('notice');
    notice.textContent = '新提醒 New alert: ' + a.reasonZh + ' · ' + a.reasonEn + ' — ' + a.seniorName;
    notice.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(function () { notice.hidden = true; }, FRESH_MS);
  }

  function show(a) {
    if (a.status !== 'OPEN' || resolved.has(a.alertId)) return;
    var isNew = !alerts.has(a.alertId);
    alerts.set(a.alertId, a);
    render();
    if (isNew) highlight(a);
  }

  function drop(alertId) {
    resolved.add(alertId);
    if (alerts.delete(alertId)) render();
  }

  function onPush(update) {
    if (update.canteenId !== canteenId) return;
    if (update.change === 'RESOLVED') drop(update.alertId);
    else if (update.change === 'RAISED' && update.alert) show(update.alert);
  }

  function load() {
    var q = Live.param('canteenId');
    return Live.api('GET', '/api/welfare-alerts' + (q ? '?canteenId=' + encodeURIComponent(q) : '')).then(function (data) {
      canteenId = data.canteenId;
      document.getElementById('who').textContent = '食堂 Canteen #' + canteenId;
      var fetched = data.alerts.filter(function (a) { return !resolved.has(a.alertId); });
      var added = loaded ? fetched.filter(function (a) { return !alerts.has(a.alertId); }) : [];
      alerts = new Map(fetched.map(function (a) { return [a.alertId, a]; }));
      loaded = true;
      render();
      added.forEach(highlight);
      showMessage(null);
      connectOnce();
    });
  }

  function setStatus(state) {
    var node = document.getElementById('status');
    var seconds = Math.round(fallbackMs / 1000);
    node.className = 'status ' + (state === 'live' ? 'live' : 'reconnecting');
    node.textContent = state === 'live' ? '实时更新中 Live'
      : state === 'connecting' ? '连接中… Connecting…'
        : '连接中断，每 ' + seconds + ' 秒刷新 · Offline, refreshing every ' + seconds + ' s';
    if (state === 'live') {
      clearInterval(poller);
      poller = null;
    } else if (poller === null) {
      poller = setInterval(function () { load().catch(function (e) { showMessage(e.message); }); }, fallbackMs);
    }
  }

  /** After the first list arrives (the canteen is known then), whether from the first fetch or a later poll. */
  function connectOnce() {
    if (client !== null) return;
    if (!window.StompJs) {
      // the STOMP script did not load: polling alone keeps the list current
      setStatus('reconnecting');
      return;
    }
    client = Live.connect({
      destinations: ['/topic/canteens/' + canteenId + '/alerts'],
      onMessage: onPush,
      catchUp: load,
      onStatus: setStatus,
      onError: function (error) { showMessage(error.message); }
    });
  }

  setStatus('connecting');
  load().catch(function (e) { showMessage(e.message); });
})();
