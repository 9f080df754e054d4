/*
 * Staff list of open welfare alerts. Refreshes when the live module pushes to /topic/canteens/{id}/alerts, and
 * polls as a fallback so nothing is missed while the WebSocket is down.
 */
(function () {
  'use strict';

  var canteenId = null;
  var subscribed = false;

  function cookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  function api(method, url, body) {
    var headers = { 'Accept': 'application/json' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      var token = cookie('XSRF-TOKEN');
      if (token) headers['X-XSRF-TOKEN'] = token;
    }
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (response) {
      if (response.status === 401) { location.href = '/login'; throw new Error('signed out'); }
      return response.text().then(function (text) {
        var data = text ? JSON.parse(text) : null;
        if (!response.ok) throw new Error(data ? data.messageZh + ' · ' + data.messageEn : 'HTTP ' + response.status);
        return data;
      });
    });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'class') node.className = attrs[k];
      else if (k.indexOf('on') === 0) node.addEventListener(k.substring(2), attrs[k]);
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function show(text) {
    var box = document.getElementById('message');
    box.textContent = text;
    box.hidden = false;
  }

  function render(alerts) {
    var list = document.getElementById('alerts');
    list.innerHTML = '';
    if (!alerts.length) {
      list.appendChild(el('p', { class: 'muted', text: '没有待处理的提醒 · No open alerts' }));
      return;
    }
    alerts.forEach(function (a) {
      var input = el('input', { 'aria-label': '处理结果 Resolution', placeholder: '处理结果，例如：已联系女儿，老人在医院复查 · How was it resolved?' });
      list.appendChild(el('article', { class: 'alert-card', 'data-alert': a.alertId }, [
        el('h2', { text: a.reasonZh + ' · ' + a.reasonEn }),
        el('div', { class: 'name', text: a.seniorName + ' — ' + a.address }),
        el('div', { class: 'muted', text: new Date(a.raisedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) + ' · ' + a.raisedBy }),
        a.detail ? el('div', { class: 'notes', text: a.detail }) : null,
        el('div', { text: '跟进 Follow up: ' + a.followUp }),
        input,
        el('button', { type: 'button', class: 'big primary', onclick: function () {
          if (!input.value.trim()) { input.focus(); return; }
          api('POST', '/api/welfare-alerts/' + a.alertId + '/resolve', { resolution: input.value.trim() })
            .then(load).catch(function (e) { show(e.message); });
        } }, ['记录处理结果 Record resolution'])
      ]));
    });
  }

  function subscribe() {
    if (subscribed || !window.StompJs || canteenId === null) return;
    subscribed = true;
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var client = new window.StompJs.Client({ brokerURL: scheme + location.host + '/ws', reconnectDelay: 5000 });
    client.onConnect = function () {
      client.subscribe('/topic/canteens/' + canteenId + '/alerts', function () { load(); });
      load();
    };
    client.activate();
  }

  function load() {
    var q = new URLSearchParams(location.search).get('canteenId');
    return api('GET', '/api/welfare-alerts' + (q ? '?canteenId=' + encodeURIComponent(q) : '')).then(function (data) {
      canteenId = data.canteenId;
      document.getElementById('who').textContent = '食堂 Canteen #' + canteenId;
      render(data.alerts);
      subscribe();
    }).catch(function (e) { show(e.message); });
  }

  load();
  setInterval(load, 10000);
})();
