/*
 * The volunteer's phone page: today's rounds in visiting order, a route sketch drawn from the coordinates,
 * tap-to-call (the full number is fetched only on tap), pick-up, hand-over with the senior's card, and
 * "not delivered" with a reason. Chinese by default, English on request.
 */
(function () {
  'use strict';

  var lang = localStorage.getItem('xingfu.lang') || 'zh';
  var route = null;
  var current = null; // stop being closed

  var T = {
    zh: {
      leave: '出发', boxes: '份', pickedUp: '已在厨房取餐', delivered: '已送达', failed: '未送达',
      call: '拨打电话', preferred: '希望送达', eta: '预计', noRoute: '今天没有分配给您的送餐路线。',
      tomorrow: '明天的路线（预排）', confirmPickup: '确认已从厨房取走这一趟的全部餐食？', noPhone: '没有登记电话',
      doneDelivered: '已确认送达', doneFailed: '已记录未送达', needCode: '请扫描或输入助餐卡',
      noCamera: '此手机浏览器不能扫码，请输入卡上的短码', kitchen: '厨房', route: '路线示意图',
      stops: '个送餐点', reason: '原因', chooseReason: '请选择原因', language: 'English',
      trip: function (n) { return '第' + n + '趟'; }, trips: '趟',
      pickUpTrip: function (n) { return '已在厨房取第' + n + '趟餐'; }
    },
    en: {
      leave: 'Leave', boxes: 'meals', pickedUp: 'Picked up at the kitchen', delivered: 'Delivered', failed: 'Not delivered',
      call: 'Call', preferred: 'Preferred', eta: 'ETA', noRoute: 'No delivery round is assigned to you today.',
      tomorrow: "Tomorrow's round (preview)", confirmPickup: 'Have you taken all the meals of this trip from the kitchen?', noPhone: 'No phone registered',
      doneDelivered: 'Hand-over confirmed', doneFailed: 'Recorded as not delivered', needCode: 'Scan or type the meal card',
      noCamera: 'This browser cannot scan; type the code printed on the card', kitchen: 'Kitchen', route: 'Route sketch',
      stops: 'stops', reason: 'Reason', chooseReason: 'Choose a reason', language: '中文',
      trip: function (n) { return 'Trip ' + n; }, trips: 'trips',
      pickUpTrip: function (n) { return 'Picked up trip ' + n + ' at the kitchen'; }
    }
  };

  function t(key) { return T[lang][key]; }

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
      method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 401) { location.href = '/login'; throw new Error('signed out'); }
      return response.text().then(function (text) {
        var data = text ? JSON.parse(text) : null;
        if (!response.ok) {
          var error = new Error(data ? (lang === 'zh' ? data.messageZh : data.messageEn) || data.detail : 'HTTP ' + response.status);
          error.problem = data || {};
          throw error;
        }
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

  function time(iso) {
    if (!iso) return '';
    return new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai', hour12: false });
  }

  function hhmm(localTime) { return localTime ? localTime.substring(0, 5) : ''; }

  function show(text, info) {
    var box = document.getElementById('message');
    box.textContent = text;
    box.className = info ? 'message info' : 'message';
    box.hidden = false;
    window.scrollTo(0, 0);
  }

  function clearMessage() { document.getElementById('message').hidden = true; }

  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-zh]').forEach(function (node) {
      node.textContent = node.getAttribute('data-' + lang);
    });
    document.getElementById('lang').textContent = t('language');
  }

  /** A sketch of the round from the coordinates: no map tiles, just the order of the doors. */
  function sketch(round) {
    var points = [{ lat: round.kitchenLatitude, lng: round.kitchenLongitude }].concat(round.stops.map(function (s) {
      return { lat: s.latitude, lng: s.longitude };
    }));
    var cos = Math.cos(round.kitchenLatitude * Math.PI / 180);
    var xs = points.map(function (p) { return p.lng * cos; });
    var ys = points.map(function (p) { return -p.lat; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var span = Math.max(maxX - minX, maxY - minY, 0.0005);
    var w = 340, h = 240, pad = 26;
    function px(i) { return pad + (xs[i] - minX) / span * (w - 2 * pad); }
    function py(i) { return pad + (ys[i] - minY) / span * (h - 2 * pad); }
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    svg.setAttribute('class', 'sketch');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', t('route'));
    // each trip starts at the kitchen; the rides back for the next boxes are dashed
    var path = '', backs = '';
    var kx = px(0).toFixed(1) + ' ' + py(0).toFixed(1);
    for (var i = 1; i < points.length; i++) {
      var here = px(i).toFixed(1) + ' ' + py(i).toFixed(1);
      var newTrip = i === 1 || round.stops[i - 1].trip !== round.stops[i - 2].trip;
      if (newTrip && i > 1) backs += 'M' + px(i - 1).toFixed(1) + ' ' + py(i - 1).toFixed(1) + ' L' + kx + ' ';
      path += (newTrip ? 'M' + kx + ' L' : ' L') + here;
    }
    if (points.length > 1) {
      backs += 'M' + px(points.length - 1).toFixed(1) + ' ' + py(points.length - 1).toFixed(1) + ' L' + kx;
      var line = document.createElementNS(ns, 'path');
      line.setAttribute('d', path);
      line.setAttribute('fill', 'none');
      line.setAttribute('stroke', '#0b5394');
      line.setAttribute('stroke-width', '3');
      svg.appendChild(line);
      var back = document.createElementNS(ns, 'path');
      back.setAttribute('d', backs);
      back.setAttribute('fill', 'none');
      back.setAttribute('stroke', '#777');
      back.setAttribute('stroke-dasharray', '6 5');
      back.setAttribute('stroke-width', '2');
      svg.appendChild(back);
    }
    var kitchen = document.createElementNS(ns, 'rect');
    kitchen.setAttribute('x', px(0) - 11); kitchen.setAttribute('y', py(0) - 11);
    kitchen.setAttribute('width', 22); kitchen.setAttribute('height', 22);
    kitchen.setAttribute('fill', '#1b5e20');
    svg.appendChild(kitchen);
    round.stops.forEach(function (stop, index) {
      var i = index + 1;
      var done = stop.status === 'DELIVERED' || stop.status === 'NOT_DELIVERED';
      var dot = document.createElementNS(ns, 'circle');
      dot.setAttribute('cx', px(i)); dot.setAttribute('cy', py(i)); dot.setAttribute('r', 12);
      dot.setAttribute('fill', done ? '#777' : '#9b1c1c');
      svg.appendChild(dot);
      var label = document.createElementNS(ns, 'text');
      label.setAttribute('x', px(i)); label.setAttribute('y', py(i) + 5);
      label.setAttribute('text-anchor', 'middle'); label.setAttribute('font-size', '14');
      label.setAttribute('font-weight', 'bold'); label.setAttribute('fill', '#fff');
      label.textContent = stop.sequence;
      svg.appendChild(label);
    });
    return svg;
  }

  function stopCard(round, stop) {
    var closed = stop.status === 'DELIVERED' || stop.status === 'NOT_DELIVERED';
    var card = el('article', { class: 'stop' + (closed ? ' closed' : ''), 'data-stop': stop.stopId }, [
      el('header', {}, [
        el('div', { class: 'seq', text: String(stop.sequence) }),
        el('div', {}, [
          el('div', { class: 'name', text: stop.maskedName }),
          el('div', { class: 'address', text: stop.address }),
          el('span', { class: 'badge ' + stop.status, text: lang === 'zh' ? stop.statusZh : stop.statusEn })
        ])
      ])
    ]);
    if (stop.deliveryNotes) card.appendChild(el('div', { class: 'notes', text: '※ ' + stop.deliveryNotes }));
    if (stop.dietaryFlags && stop.dietaryFlags.length) {
      card.appendChild(el('ul', { class: 'chips' }, stop.dietaryFlags.map(function (f) { return el('li', { text: f }); })));
    }
    card.appendChild(el('ul', { class: 'dishes' }, stop.dishes.map(function (d) { return el('li', { text: d }); })));
    var when = [];
    if (stop.plannedArrival) when.push(t('eta') + ' ' + time(stop.plannedArrival));
    if (stop.preferredFrom || stop.preferredUntil) when.push(t('preferred') + ' ' + hhmm(stop.preferredFrom) + '–' + hhmm(stop.preferredUntil));
    if (when.length) card.appendChild(el('div', { class: 'muted', text: when.join(' · ') }));
    if (stop.maskedPhone) {
      card.appendChild(el('button', {
        type: 'button', class: 'call', 'aria-label': t('call') + ' ' + stop.maskedPhone,
        onclick: function () { call(stop); }
      }, [t('call') + ' ' + stop.maskedPhone]));
    }
    if (round.status === 'PICKED_UP' && stop.status === 'OUT') {
      card.appendChild(el('div', { class: 'row' }, [
        el('button', { type: 'button', class: 'big ok', 'data-action': 'delivered', onclick: function () { openDeliver(stop); } }, [t('delivered')]),
        el('button', { type: 'button', class: 'big warn', 'data-action': 'not-delivered', onclick: function () { openFail(stop); } }, [t('failed')])
      ]));
    }
    return card;
  }

  function render() {
    var main = document.getElementById('rounds');
    main.innerHTML = '';
    document.getElementById('who').textContent = route.volunteerName + ' · ' + route.date;
    if (!route.rounds.length) {
      main.appendChild(el('p', { class: 'muted', text: t('noRoute') }));
      return;
    }
    route.rounds.forEach(function (round) {
      var section = el('section', { class: 'round', 'data-round': round.roundId }, [
        el('h2', { text: round.periodZh + ' · ' + t('leave') + ' ' + time(round.departureAt) }),
        el('div', {}, [
          el('span', { class: 'badge ' + round.status, text: lang === 'zh' ? round.statusZh : round.statusEn }),
          ' ' + round.stops.length + ' ' + t('stops')
            + (round.trips > 1 ? ' · ' + round.trips + ' ' + t('trips') : '')
            + ' · ' + t('kitchen') + ': ' + round.kitchenName
        ]),
        sketch(round)
      ]);
      // one button for the trip that can leave now: meals of an earlier trip must be closed first
      if (round.nextTrip > 0 && route.isToday) {
        section.appendChild(el('button', {
          type: 'button', class: 'big primary', 'data-action': 'picked-up', 'data-trip': round.nextTrip,
          onclick: function () { pickUp(round); }
        }, [round.trips > 1 ? T[lang].pickUpTrip(round.nextTrip) : t('pickedUp')]));
      }
      var shownTrip = 0;
      round.stops.forEach(function (stop) {
        if (round.trips > 1 && stop.trip !== shownTrip) {
          shownTrip = stop.trip;
          section.appendChild(el('h3', { class: 'trip', 'data-trip': stop.trip,
            text: T[lang].trip(stop.trip) + (stop.tripLeavesAt ? ' · ' + t('leave') + ' ' + time(stop.tripLeavesAt) : '') }));
        }
        section.appendChild(stopCard(round, stop));
      });
      main.appendChild(section);
    });
  }

  function load() {
    return api('GET', '/api/delivery/my-route').then(function (data) {
      data.isToday = true;
      if (data.rounds.length) return data;
      var tomorrow = new Date(Date.now() + 86400000 + 8 * 3600000).toISOString().substring(0, 10);
      return api('GET', '/api/delivery/my-route?date=' + tomorrow).then(function (next) {
        if (!next.rounds.length) return data;
        next.isToday = false;
        return next;
      });
    }).then(function (data) {
      route = data;
      render();
      if (!route.isToday) show(t('tomorrow'), true);
    }).catch(function (e) { show(e.message); });
  }

  function pickUp(round) {
    if (!confirm(t('confirmPickup'))) return;
    clearMessage();
    api('POST', '/api/delivery/rounds/' + round.roundId + '/picked-up').then(load).catch(function (e) { show(e.message); });
  }

  function call(stop) {
    api('GET', '/api/delivery/stops/' + stop.stopId + '/phone').then(function (data) {
      location.href = 'tel:' + data.phone;
    }).catch(function () { show(t('noPhone')); });
  }

  // --- hand-over with the card ---
  var stream = null;
  function stopCamera() {
    if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
    stream = null;
    document.getElementById('camera').hidden = true;
  }

  function openDeliver(stop) {
    current = stop;
    document.getElementById('card-code').value = '';
    document.getElementById('deliver-dialog').showModal();
  }

  function scan() {
    if (!('BarcodeDetector' in window) || !navigator.mediaDevices) { show(t('noCamera')); return; }
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    var video = document.getElementById('camera');
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      return video.play();
    }).then(function tick() {
      if (!stream) return;
      detector.detect(video).then(function (codes) {
        if (codes.length) {
          var token = codes[0].rawValue;
          stopCamera();
          deliver({ qrToken: token });
        } else {
          requestAnimationFrame(tick);
        }
      }).catch(function () { requestAnimationFrame(tick); });
    }).catch(function () { stopCamera(); show(t('noCamera')); });
  }

  function deliver(proof) {
    api('POST', '/api/delivery/stops/' + current.stopId + '/delivered', proof).then(function () {
      document.getElementById('deliver-dialog').close();
      show(t('doneDelivered'), true);
      return load().then(function () { show(t('doneDelivered'), true); });
    }).catch(function (e) { document.getElementById('deliver-dialog').close(); show(e.message); });
  }

  // --- not delivered ---
  function openFail(stop) {
    current = stop;
    document.getElementById('fail-form').reset();
    document.getElementById('fail-dialog').showModal();
  }

  /** Shrinks the photo on the phone (JPEG, at most 640 px): request bodies are capped at 64 KB. */
  function readPhoto() {
    var file = document.getElementById('fail-photo').files[0];
    if (!file) return Promise.resolve(null);
    return new Promise(function (resolve, reject) {
      var image = new Image();
      image.onload = function () {
        var attempts = [[640, 0.6], [480, 0.5], [320, 0.45]];
        for (var i = 0; i < attempts.length; i++) {
          var scale = Math.min(1, attempts[i][0] / Math.max(image.width, image.height));
          var canvas = document.createElement('canvas');
          canvas.width = Math.round(image.width * scale);
          canvas.height = Math.round(image.height * scale);
          canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
          var data = canvas.toDataURL('image/jpeg', attempts[i][1]).split(',')[1];
          if (data.length < 60000) { resolve({ type: 'image/jpeg', data: data }); return; }
        }
        resolve(null);
      };
      image.onerror = reject;
      image.src = URL.createObjectURL(file);
    });
  }

  function fail() {
    var chosen = document.querySelector('input[name=reason]:checked');
    if (!chosen) { alert(t('chooseReason')); return; }
    readPhoto().then(function (photo) {
      return api('POST', '/api/delivery/stops/' + current.stopId + '/not-delivered', {
        reason: chosen.value,
        note: document.getElementById('fail-note').value || null,
        photoBase64: photo ? photo.data : null,
        photoType: photo ? photo.type : null
      });
    }).then(function () {
      document.getElementById('fail-dialog').close();
      return load().then(function () { show(t('doneFailed'), true); });
    }).catch(function (e) { document.getElementById('fail-dialog').close(); show(e.message); });
  }

  document.getElementById('lang').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('xingfu.lang', lang);
    applyLanguage();
    if (route) render();
  });
  document.getElementById('scan').addEventListener('click', scan);
  document.getElementById('deliver-confirm').addEventListener('click', function () {
    var code = document.getElementById('card-code').value.trim();
    if (!code) { alert(t('needCode')); return; }
    deliver({ manualCode: code });
  });
  document.getElementById('fail-confirm').addEventListener('click', fail);
  document.querySelectorAll('[data-close]').forEach(function (button) {
    button.addEventListener('click', function () { stopCamera(); button.closest('dialog').close(); });
  });

  applyLanguage();
  load();
})();
