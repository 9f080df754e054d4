/*
 * Pickup board for the dining-room TV: order numbers being prepared and ready to collect, nothing else about
 * anyone. Every ready number is on the screen: the numbers shrink to fit and only page (one page every few
 * seconds) when even the smallest readable size cannot hold them. A number that becomes ready is highlighted and
 * called aloud: a chime, then "请 A零二三 号取餐" by the browser's Mandarin voice, as the canteen configured it.
 * Each call is also announced as a 'xingfu:call' event on the document (detail: number, text, voice, repeat,
 * spoken), which is what the tests check: a headless browser may have no voice to speak with.
 */
(function () {
  'use strict';

  var DIGITS = '零一二三四五六七八九';
  var LIMITS = { ready: { max: 120, min: 44 }, preparing: { max: 72, min: 30 } };
  var PAGE_MS = 8000;
  var FRESH_MS = 60000;
  var CALL_SHOWN_MS = 15000;

  var store = new Live.VersionedStore(function (entry) { return entry.orderId; });
  var canteenId = null;
  var asOf = null;
  var settings = { announce: true, voice: '', repeat: 2 };
  var sound = { context: null, enabled: false };
  var queue = [];
  var calling = false;
  var pages = { ready: 0, preparing: 0 };
  var callTimer = null;
  var boardCalls = window.boardCalls = [];

  function $(id) { return document.getElementById(id); }

  /** What the voice says: the letter, then each digit as a Chinese numeral so that 023 is not read "twenty-three". */
  function spoken(number) {
    var text = number.replace(/[0-9]/g, function (d) { return DIGITS.charAt(Number(d)); });
    return '请 ' + text + ' 号取餐';
  }

  function entries(statusTest) {
    return store.values().filter(function (e) { return statusTest(e.status); });
  }

  function render() {
    var now = Date.now();
    var ready = entries(function (s) { return s === 'READY'; })
      .sort(function (a, b) { return Date.parse(b.updatedAt) - Date.parse(a.updatedAt); });
    var preparing = entries(function (s) { return s === 'PLACED' || s === 'PREPARING'; })
      .sort(function (a, b) { return Date.parse(a.updatedAt) - Date.parse(b.updatedAt); });
    fill('ready', ready, function (entry, index) {
      return (index === 0 ? ' newest' : '') + (now - Date.parse(entry.updatedAt) < FRESH_MS ? ' fresh' : '');
    });
    fill('preparing', preparing, function () { return ''; });
  }

  /**
   * Puts the numbers in the list at the largest size at which all of them fit; below the smallest size, shows them
   * a page at a time. The newest ready number is always on the page shown first.
   */
  function fill(listId, list, extraClass) {
    var node = $(listId);
    var limits = LIMITS[listId];
    var items = list.map(function (entry, index) {
      return Live.el('li', {
        className: 'number' + extraClass(entry, index), text: entry.orderNumber,
        'data-order-id': String(entry.orderId), 'data-status': entry.status
      });
    });
    node.textContent = '';
    items.forEach(function (item) { node.appendChild(item); });
    var size = limits.max;
    node.style.fontSize = size + 'px';
    while (size > limits.min && overflows(node)) {
      size -= 2;
      node.style.fontSize = size + 'px';
    }
    var mark = $(listId + '-page');
    if (!overflows(node)) {
      pages[listId] = 0;
      mark.textContent = '';
      node.setAttribute('data-pages', '1');
      return;
    }
    // count what one page holds at the smallest size, then show the current page only
    var perPage = items.length;
    while (perPage > 1 && overflows(node)) {
      perPage--;
      node.removeChild(node.lastChild);
    }
    var count = Math.ceil(items.length / perPage);
    pages[listId] = pages[listId] % count;
    node.textContent = '';
    items.slice(pages[listId] * perPage, (pages[listId] + 1) * perPage).forEach(function (item) { node.appendChild(item); });
    node.setAttribute('data-pages', String(count));
    mark.textContent = (pages[listId] + 1) + ' / ' + count;
  }

  function overflows(node) {
    return node.scrollHeight > node.clientHeight + 1;
  }

  function turnPages() {
    var turned = false;
    ['ready', 'preparing'].forEach(function (id) {
      var count = Number($(id).getAttribute('data-pages') || '1');
      if (count > 1) {
        pages[id] = (pages[id] + 1) % count;
        turned = true;
      }
    });
    if (turned) render();
  }

  // ---------- calling numbers ----------

  function chime() {
    if (!sound.context) return Promise.resolve();
    var ctx = sound.context;
    var start = ctx.currentTime + 0.05;
    [[880, 0], [659, 0.45]].forEach(function (tone) {
      var osc = ctx.createOscillator();
      var gain = ctx.createGain();
      osc.frequency.value = tone[0];
      gain.gain.setValueAtTime(0.0001, start + tone[1]);
      gain.gain.exponentialRampToValueAtTime(0.4, start + tone[1] + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + tone[1] + 0.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + tone[1]);
      osc.stop(start + tone[1] + 0.65);
    });
    return new Promise(function (resolve) { setTimeout(resolve, 1200); });
  }

  function mandarinVoice() {
    if (!window.speechSynthesis) return null;
    var voices = speechSynthesis.getVoices();
    var named = voices.filter(function (v) { return settings.voice && v.name === settings.voice; })[0];
    return named || voices.filter(function (v) { return /^(zh|cmn)/i.test(v.lang); })[0] || null;
  }

  function say(text, voice) {
    return new Promise(function (resolve) {
      if (!window.speechSynthesis || !voice) { resolve(); return; }
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice.lang || 'zh-CN';
      utterance.voice = voice;
      utterance.rate = 0.85;
      var done = false;
      var finish = function () { if (!done) { done = true; resolve(); } };
      utterance.onend = finish;
      utterance.onerror = finish;
      // a voice that never reports its end must not hold up the numbers behind it
      setTimeout(finish, 8000);
      speechSynthesis.speak(utterance);
    });
  }

  function announce(entry) {
    queue.push(entry);
    if (!calling) callNext();
  }

  function callNext() {
    var entry = queue.shift();
    if (!entry) { calling = false; return; }
    calling = true;
    var text = spoken(entry.orderNumber);
    var voice = settings.announce ? mandarinVoice() : null;
    showCall(entry.orderNumber);
    var detail = {
      orderNumber: entry.orderNumber, text: text, repeat: settings.repeat, announce: settings.announce,
      voice: voice ? voice.name : null, spoken: Boolean(settings.announce && voice && sound.enabled),
      chime: Boolean(settings.announce && sound.enabled)
    };
    boardCalls.push(detail);
    document.dispatchEvent(new CustomEvent('xingfu:call', { detail: detail }));
    if (!settings.announce || !sound.enabled) {
      setTimeout(callNext, 300);
      return;
    }
    var times = [];
    for (var i = 0; i < settings.repeat; i++) times.push(i);
    times.reduce(function (chain) {
      return chain.then(chime).then(function () { return say(text, voice); });
    }, Promise.resolve()).then(callNext, callNext);
  }

  function showCall(number) {
    $('call-number').textContent = number;
    $('call').hidden = false;
    render();
    clearTimeout(callTimer);
    callTimer = setTimeout(function () { $('call').hidden = true; render(); }, CALL_SHOWN_MS);
  }

  /** Browsers play sound only after someone touched the page: staff tap once when they switch the TV on. */
  function enableSound() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (Context && !sound.context) sound.context = new Context();
    if (sound.context && sound.context.state === 'suspended') sound.context.resume();
    if (window.speechSynthesis) speechSynthesis.getVoices();
    sound.enabled = true;
    $('sound').hidden = true;
  }

  // ---------- settings ----------

  function fillVoices() {
    var select = $('voice');
    var keep = settings.voice;
    select.textContent = '';
    select.appendChild(Live.el('option', { value: '', text: '自动（第一个中文语音）Automatic' }));
    var voices = window.speechSynthesis ? speechSynthesis.getVoices().filter(function (v) {
      return /^(zh|cmn)/i.test(v.lang);
    }) : [];
    voices.forEach(function (v) { select.appendChild(Live.el('option', { value: v.name, text: v.name + ' (' + v.lang + ')' })); });
    if (keep && !voices.some(function (v) { return v.name === keep; })) {
      select.appendChild(Live.el('option', { value: keep, text: keep + '（此屏幕没有 not on this screen）' }));
    }
    select.value = keep;
    $('voice-note').hidden = voices.length > 0;
  }

  function openSettings() {
    $('announce').checked = settings.announce;
    $('repeat').value = String(settings.repeat);
    fillVoices();
    $('settings-message').textContent = '';
    $('settings').hidden = false;
  }

  function chosenSettings() {
    return { announce: $('announce').checked, voice: $('voice').value, repeat: Number($('repeat').value) };
  }

  function saveSettings() {
    Live.api('PUT', '/api/canteens/' + canteenId + '/board-calls', chosenSettings()).then(function (saved) {
      settings = saved;
      $('settings-message').textContent = '已保存 Saved';
    }, function (error) {
      var p = error.problem || {};
      $('settings-message').textContent = '未保存 Not saved: ' + (p.messageZh || error.message) + (p.messageEn ? ' · ' + p.messageEn : '');
    });
  }

  function tryVoice() {
    enableSound();
    var previous = settings;
    settings = chosenSettings();
    announce({ orderNumber: 'A001' });
    settings = previous;
  }

  // ---------- live data ----------

  function setStatus(state) {
    var node = $('status');
    node.textContent = state === 'live' ? '实时 Live' : '重新连接中 Reconnecting…';
    node.className = 'status ' + state;
  }

  /** Accepts a snapshot; a number that has just become ready (not one recalled from a hand-over) is called. */
  function accept(entry, quietly) {
    var before = store.items.get(entry.orderId);
    if (!store.accept(entry)) return false;
    var justReady = entry.status === 'READY'
      && (!before || before.status === 'PLACED' || before.status === 'PREPARING');
    if (justReady && !quietly) announce(entry);
    return true;
  }

  function message(text) {
    var node = $('message');
    node.textContent = text;
    node.hidden = !text;
  }

  function catchUp() {
    if (asOf === null) {
      return Live.api('GET', '/api/live/canteens/' + canteenId + '/board').then(function (board) {
        // what was ready before the board opened is shown, not called again
        board.entries.forEach(function (entry) { accept(entry, true); });
        asOf = board.asOf;
        render();
      });
    }
    return Live.api('GET', '/api/live/canteens/' + canteenId + '/orders?since=' + encodeURIComponent(asOf))
      .then(function (changes) {
        changes.orders.filter(function (o) { return o.channel !== 'DELIVERY'; }).forEach(function (o) {
          accept({ orderId: o.orderId, orderNumber: o.orderNumber, status: o.status,
            version: o.version, updatedAt: o.updatedAt, channel: o.channel });
        });
        asOf = changes.asOf;
        render();
      });
  }

  function start(id) {
    canteenId = id;
    Live.api('GET', '/api/canteens/' + canteenId + '/board-calls').then(function (loaded) { settings = loaded; },
      function () { /* the defaults call every number twice */ });
    Live.connect({
      destinations: ['/topic/canteens/' + canteenId + '/board'],
      onMessage: function (entry) {
        if (entry.canteenId === canteenId && accept(entry)) render();
      },
      catchUp: catchUp,
      onStatus: setStatus,
      onError: function (error) { message(error.message); }
    });
  }

  $('sound').addEventListener('click', enableSound);
  $('settings-open').addEventListener('click', openSettings);
  $('settings-close').addEventListener('click', function () { $('settings').hidden = true; });
  $('settings-save').addEventListener('click', saveSettings);
  $('settings-try').addEventListener('click', tryVoice);
  if (window.speechSynthesis) speechSynthesis.addEventListener('voiceschanged', fillVoices);
  window.addEventListener('resize', render);
  setInterval(turnPages, PAGE_MS);
  // the "fresh" outline fades after a minute even when nothing is pushed
  setInterval(render, 20000);

  var fromAddress = Number(Live.param('canteenId'));
  if (fromAddress) {
    start(fromAddress);
  } else {
    Live.api('GET', '/api/live/me').then(function (me) {
      if (me.canteenId) start(me.canteenId);
      else message('请在网址中加上 ?canteenId=食堂编号 · Add ?canteenId=<id> to the address');
    });
  }
})();
