/*
 * Shared by the kitchen display, the pickup board and the welfare-alert page: REST calls with the staff
 * session (and the CSRF header on changes), and a STOMP connection that catches up over REST after every
 * (re)connect. Order messages are full snapshots with a version; older or repeated versions are dropped.
 */
(function (global) {
  'use strict';

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
    return fetch(url, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 401) {
        location.href = '/login';
        throw new Error('signed out');
      }
      return response.text().then(function (text) {
        var data = text ? JSON.parse(text) : null;
        if (!response.ok) {
          var error = new Error((data && (data.messageZh || data.detail)) || ('HTTP ' + response.status));
          error.problem = data || {};
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  /** Keeps the newest snapshot per id; accept() says whether a snapshot is news. */
  function VersionedStore(idOf) {
    this.items = new Map();
    this.idOf = idOf;
  }
  VersionedStore.prototype.accept = function (item) {
    var id = this.idOf(item);
    var known = this.items.get(id);
    if (known && known.version >= item.version) return false;
    this.items.set(id, item);
    return true;
  };
  VersionedStore.prototype.values = function () {
    return Array.from(this.items.values());
  };

  /**
   * Connects to /ws with the session cookie. options: destinations (array), onMessage(body, destination),
   * catchUp() returning a promise (run after every connect, so nothing missed while away is lost),
   * onStatus(state) with 'live' | 'reconnecting'.
   */
  function connect(options) {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var client = new StompJs.Client({
      brokerURL: scheme + location.host + '/ws',
      reconnectDelay: 3000,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000
    });
    client.onConnect = function () {
      // catch up only once the broker confirms every subscription: a change in between is then either pushed or
      // in the catch-up answer, never in neither
      var receipts = options.destinations.map(function (destination, index) {
        var receipt = 'sub-' + index + '-' + Date.now();
        var confirmed = new Promise(function (resolve) { client.watchForReceipt(receipt, resolve); });
        client.subscribe(destination, function (frame) {
          options.onMessage(JSON.parse(frame.body), destination);
        }, { receipt: receipt });
        return confirmed;
      });
      var patience = new Promise(function (resolve) { setTimeout(resolve, 5000); });
      Promise.race([Promise.all(receipts), patience]).then(function () {
        return options.catchUp();
      }).then(function () {
        options.onStatus('live');
      }, function (error) {
        options.onStatus('reconnecting');
        if (options.onError) options.onError(error);
      });
    };
    client.onWebSocketClose = function () { options.onStatus('reconnecting'); };
    client.onStompError = function () { options.onStatus('reconnecting'); };
    client.activate();
    // a page left open all day (kitchen tablet, dining-room TV) keeps its sign-in alive
    setInterval(function () { api('GET', '/api/live/me').catch(function () {}); }, 10 * 60 * 1000);
    return client;
  }

  function minutesSince(instant, now) {
    return Math.max(0, Math.floor((now - Date.parse(instant)) / 60000));
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attributes[key];
      else if (key === 'className') node.className = attributes[key];
      else if (key.indexOf('on') === 0) node.addEventListener(key.substring(2), attributes[key]);
      else node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  global.Live = {
    api: api,
    csrfToken: function () { return cookie('XSRF-TOKEN'); },
    connect: connect,
    VersionedStore: VersionedStore,
    minutesSince: minutesSince,
    param: param,
    el: el
  };
})(window);
