/*
 * The volunteer's phone page, made for the street: one stop at a time with a large "next" step, the route sketch and
 * every stop one tap away, dietary needs in words, the address opened in the phone's map app, tap-to-call (the full
 * number is fetched only on tap), the hand-over with the senior's card (camera, photo or typed code, retried in the
 * same dialog when a card is wrong), a quick well-being check at the door, and "not delivered" with a reason. No
 * browser pop-ups: every question and answer is on the page. Chinese by default, English on request.
 */
(function () {
  'use strict';

  var lang = localStorage.getItem('xingfu.lang') || 'zh';
  var route = null;
  var current = null;       // the stop being handed over or reported
  var focusStopId = null;   // the stop shown in full; null: the first one still to visit
  var confirmingPickup = null;

  var T = {
    zh: {
      leave: '出发', boxes: '份', pickedUp: '已在厨房取餐', delivered: '已送达', failed: '未送达',
      call: '拨打电话', preferred: '希望送达', eta: '预计', noRoute: '今天没有分配给您的送餐路线。',
      tomorrow: '明天的路线（预排）', noPhone: '没有登记电话',
      doneDelivered: '已确认送达', doneFailed: '已记录未送达', needCode: '请扫描、拍照或输入助餐卡上的短码',
      noCamera: '此手机浏览器不能打开相机，请拍照或输入卡上的短码', kitchen: '厨房', route: '路线示意图',
      stops: '个送餐点', reason: '原因', chooseReason: '请选择未能送达的原因', language: 'English',
      trip: function (n) { return '第' + n + '趟'; }, trips: '趟',
      pickUpTrip: function (n) { return '已在厨房取第' + n + '趟餐'; },
      confirmPickup: function (n, meals) { return '确认已从厨房取走' + (n ? '第' + n + '趟' : '') + '全部 ' + meals + ' 份餐？'; },
      yes: '确认取餐', no: '取消', progress: function (d, n) { return '已完成 ' + d + ' / ' + n + ' 站'; },
      next: function (s) { return '下一站：第 ' + s.sequence + ' 站 ' + s.maskedName; }, allDone: '这一趟的餐都送完了，谢谢！',
      maps: '打开地图导航', amap: '高德地图', baidu: '百度地图', phoneMap: '手机地图',
      scanning: '正在识别，请把助餐卡二维码对准相机…', noQr: '照片里没有找到二维码，请对准卡片再拍一次',
      checked: '老人状况：', stopShort: function (n) { return '第 ' + n + ' 站'; }, open: '查看',
      wellbeing: { FINE: '挺好', UNWELL: '身体不适', NEEDS_CALL: '需要回电' }
    },
    en: {
      leave: 'Leave', boxes: 'meals', pickedUp: 'Picked up at the kitchen', delivered: 'Delivered', failed: 'Not delivered',
      call: 'Call', preferred: 'Preferred', eta: 'ETA', noRoute: 'No delivery round is assigned to you today.',
      tomorrow: "Tomorrow's round (preview)", noPhone: 'No phone registered',
      doneDelivered: 'Hand-over confirmed', doneFailed: 'Recorded as not delivered', needCode: 'Scan, photograph or type the meal card',
      noCamera: 'This browser cannot open the camera; take a photo or type the code printed on the card', kitchen: 'Kitchen',
      route: 'Route sketch', stops: 'stops', reason: 'Reason', chooseReason: 'Choose why it could not be handed over',
      language: '中文', trip: function (n) { return 'Trip ' + n; }, trips: 'trips',
      pickUpTrip: function (n) { return 'Picked up trip ' + n + ' at the kitchen'; },
      confirmPickup: function (n, meals) { return 'Have you taken all ' + meals + ' meals' + (n ? ' of trip ' + n : '') + ' from the kitchen?'; },
      yes: 'Yes, picked up', no: 'Cancel', progress: function (d, n) { return d + ' of ' + n + ' stops done'; },
      next: function (s) { return 'Next: stop ' + s.sequence + ' ' + s.maskedName; }, allDone: 'All meals of this trip are delivered. Thank you!',
      maps: 'Open in a map app', amap: 'Amap', baidu: 'Baidu Maps', phoneMap: 'Phone map',
      scanning: 'Reading… hold the card\'s QR code in front of the camera', noQr: 'No QR code found in the photo; aim at the card and try again',
      checked: 'Senior: ', stopShort: function (n) { return 'Stop ' + n; }, open: 'Show',
      wellbeing: { FINE: 'Fine', UNWELL: 'Unwell', NEEDS_CALL: 'Needs a call' }
    }
  };

  function t(key) { return T[lang][key]; }
  function $(id) { return document.getElementById(id); }

  function cookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  /** JSON in and out; a Blob body goes as it is, with its own type (a photo of the card). */
  function api(method, url, body) {
    var headers = { 'Accept': 'application/json' };
    var payload;
    if (method !== 'GET') {
      var token = cookie('XSRF-TOKEN');
      if (token) headers['X-XSRF-TOKEN'] = token;
    }
    if (body instanceof Blob) {
      headers['Content-Type'] = body.type;
      payload = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin', body: payload })
      .then(function (response) {
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
    var box = $('message');
    box.textContent = text;
    box.className = info ? 'message info' : 'message';
    box.hidden = false;
    window.scrollTo(0, 0);
  }

  function clearMessage() { $('message').hidden = true; }

  /** An error shown inside an open dialog, which stays open for another try. */
  function dialogError(id, text) {
    var box = $(id);
    box.textContent = text || '';
    box.hidden = !text;
  }

  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-zh]').forEach(function (node) {
      node.textContent = node.getAttribute('data-' + lang);
    });
    $('lang').textContent = t('language');
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

  function closed(stop) { return stop.status === 'DELIVERED' || stop.status === 'NOT_DELIVERED'; }

  /** Links that open the address in the phone's map app: Amap and Baidu (common in China), and geo: for the rest. */
  function mapLinks(stop) {
    var lat = stop.latitude, lng = stop.longitude, name = stop.address;
    var links = [
      ['amap', t('amap'), 'https://uri.amap.com/marker?position=' + lng + ',' + lat + '&name=' + encodeURIComponent(name)
        + '&coordinate=wgs84&callnative=1&src=xingfu'],
      ['baidu', t('baidu'), 'https://api.map.baidu.com/marker?location=' + lat + ',' + lng + '&title=' + encodeURIComponent(name)
        + '&content=' + encodeURIComponent(name) + '&coord_type=wgs84&output=html&src=xingfu'],
      ['geo', t('phoneMap'), 'geo:' + lat + ',' + lng + '?q=' + lat + ',' + lng + '(' + encodeURIComponent(name) + ')']
    ];
    return el('div', { class: 'maps', role: 'group', 'aria-label': t('maps') }, links.map(function (l) {
      return el('a', { class: 'button map ' + l[0], 'data-map': l[0], href: l[2], target: '_blank', rel: 'noopener' }, [l[1]]);
    }));
  }

  function dietary(stop) {
    if (!stop.dietaryFlags || !stop.dietaryFlags.length) return null;
    return el('ul', { class: 'chips' }, stop.dietaryFlags.map(function (code) {
      var view = FoodWords.flag(code, lang);
      return el('li', { class: view.kind, text: view.text });
    }));
  }

  function stopHeader(stop) {
    return el('header', {}, [
      el('div', { class: 'seq', text: String(stop.sequence) }),
      el('div', {}, [
        el('div', { class: 'name', text: stop.maskedName }),
        el('div', { class: 'address', text: stop.address }),
        el('span', { class: 'badge ' + stop.status, text: lang === 'zh' ? stop.statusZh : stop.statusEn }),
        stop.wellbeing ? el('span', { class: 'badge wellbeing ' + stop.wellbeing,
          text: t('checked') + t('wellbeing')[stop.wellbeing] }) : null
      ])
    ]);
  }

  /** A stop other than the one in focus: one line, one tap to bring it up. */
  function stopLine(stop) {
    var card = el('article', { class: 'stop compact' + (closed(stop) ? ' closed' : ''), 'data-stop': stop.stopId }, [
      stopHeader(stop)
    ]);
    card.appendChild(el('button', { type: 'button', class: 'ghost open-stop', 'data-action': 'show-stop',
      'aria-label': t('open') + ' ' + t('stopShort')(stop.sequence),
      onclick: function () { focusStopId = stop.stopId; render(); } }, [t('open')]));
    return card;
  }

  /** The stop in focus, with everything needed at the door. */
  function stopCard(round, stop, nextOpen) {
    var card = el('article', { class: 'stop current' + (closed(stop) ? ' closed' : ''), 'data-stop': stop.stopId }, [
      stopHeader(stop)
    ]);
    if (!closed(stop)) card.appendChild(mapLinks(stop));
    if (stop.deliveryNotes) card.appendChild(el('div', { class: 'notes', text: '※ ' + stop.deliveryNotes }));
    card.appendChild(dietary(stop) || document.createTextNode(''));
    card.appendChild(el('ul', { class: 'dishes' }, stop.dishes.map(function (d) { return el('li', { text: d }); })));
    var when = [];
    if (stop.plannedArrival) when.push(t('eta') + ' ' + time(stop.plannedArrival));
    if (stop.preferredFrom || stop.preferredUntil) when.push(t('preferred') + ' ' + hhmm(stop.preferredFrom) + '–' + hhmm(stop.preferredUntil));
    if (when.length) card.appendChild(el('div', { class: 'muted', text: when.join(' · ') }));
    if (stop.maskedPhone && !closed(stop)) {
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
    if (closed(stop) && nextOpen) {
      card.appendChild(el('button', { type: 'button', class: 'big primary next', 'data-action': 'next',
        onclick: function () { focusStopId = nextOpen.stopId; clearMessage(); render(); window.scrollTo(0, 0); } },
        [t('next')(nextOpen) + ' →']));
    } else if (closed(stop) && stop.status !== 'WAITING' && round.stops.every(function (s) { return closed(s) || s.status === 'WAITING'; })) {
      card.appendChild(el('p', { class: 'done-note', text: t('allDone') }));
    }
    return card;
  }

  /** The stop shown in full: the one chosen, else the first meal that is out, else the first still waiting. */
  function focusOf(round) {
    var chosen = round.stops.filter(function (s) { return s.stopId === focusStopId; })[0];
    if (chosen) return chosen;
    return round.stops.filter(function (s) { return s.status === 'OUT'; })[0]
      || round.stops.filter(function (s) { return s.status === 'WAITING'; })[0]
      || round.stops[round.stops.length - 1];
  }

  function pickUpControls(round) {
    var meals = round.stops.filter(function (s) { return s.status === 'WAITING' && s.trip === round.nextTrip; }).length;
    if (confirmingPickup === round.roundId) {
      return el('div', { class: 'confirm', role: 'group' }, [
        el('p', { class: 'confirm-question', text: t('confirmPickup')(round.trips > 1 ? round.nextTrip : 0, meals) }),
        el('div', { class: 'row' }, [
          el('button', { type: 'button', class: 'big ok', 'data-action': 'confirm-pickup',
            onclick: function () { pickUp(round); } }, [t('yes')]),
          el('button', { type: 'button', class: 'big ghost', 'data-action': 'cancel-pickup',
            onclick: function () { confirmingPickup = null; render(); } }, [t('no')])
        ])
      ]);
    }
    return el('button', {
      type: 'button', class: 'big primary', 'data-action': 'picked-up', 'data-trip': round.nextTrip,
      onclick: function () { confirmingPickup = round.roundId; render(); }
    }, [round.trips > 1 ? T[lang].pickUpTrip(round.nextTrip) : t('pickedUp')]);
  }

  function render() {
    var main = $('rounds');
    main.textContent = '';
    $('who').textContent = route.volunteerName + ' · ' + route.date;
    if (!route.rounds.length) {
      main.appendChild(el('p', { class: 'muted', text: t('noRoute') }));
      return;
    }
    route.rounds.forEach(function (round) {
      var done = round.stops.filter(closed).length;
      var section = el('section', { class: 'round', 'data-round': round.roundId }, [
        el('h2', { text: round.periodZh + ' · ' + t('leave') + ' ' + time(round.departureAt) }),
        el('div', {}, [
          el('span', { class: 'badge ' + round.status, text: lang === 'zh' ? round.statusZh : round.statusEn }),
          ' ' + round.stops.length + ' ' + t('stops')
            + (round.trips > 1 ? ' · ' + round.trips + ' ' + t('trips') : '')
            + ' · ' + t('kitchen') + ': ' + round.kitchenName
        ]),
        el('div', { class: 'progress-line', 'data-done': String(done), text: T[lang].progress(done, round.stops.length) })
      ]);
      // one button for the trip that can leave now: meals of an earlier trip must be closed first
      if (round.nextTrip > 0 && route.isToday) section.appendChild(pickUpControls(round));
      var focus = focusOf(round);
      var nextOpen = round.stops.filter(function (s) { return !closed(s) && s !== focus && s.sequence > focus.sequence; })[0]
        || round.stops.filter(function (s) { return !closed(s) && s !== focus; })[0];
      if (focus) section.appendChild(stopCard(round, focus, closed(focus) ? nextOpen : null));
      var list = el('div', { class: 'all-stops' }, [el('h3', { text: round.stops.length + ' ' + t('stops') }), sketch(round)]);
      var shownTrip = 0;
      round.stops.forEach(function (stop) {
        if (round.trips > 1 && stop.trip !== shownTrip) {
          shownTrip = stop.trip;
          list.appendChild(el('h3', { class: 'trip', 'data-trip': stop.trip,
            text: T[lang].trip(stop.trip) + (stop.tripLeavesAt ? ' · ' + t('leave') + ' ' + time(stop.tripLeavesAt) : '') }));
        }
        if (stop !== focus) list.appendChild(stopLine(stop));
      });
      section.appendChild(list);
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
    clearMessage();
    confirmingPickup = null;
    focusStopId = null;
    api('POST', '/api/delivery/rounds/' + round.roundId + '/picked-up').then(load).catch(function (e) { render(); show(e.message); });
  }

  function call(stop) {
    api('GET', '/api/delivery/stops/' + stop.stopId + '/phone').then(function (data) {
      location.href = 'tel:' + data.phone;
    }).catch(function () { show(t('noPhone')); });
  }

  // --- hand-over with the card, then the well-being check ---
  var stream = null;
  var scanTimer = null;
  function stopCamera() {
    clearTimeout(scanTimer);
    if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
    stream = null;
    $('camera').hidden = true;
    $('scan-state').hidden = true;
  }

  function openDeliver(stop) {
    current = stop;
    $('card-code').value = '';
    $('check-note').value = '';
    $('deliver-who').textContent = t('stopShort')(stop.sequence) + ' · ' + stop.maskedName + ' · ' + stop.dishes.join('、');
    dialogError('deliver-error', null);
    dialogError('check-error', null);
    $('deliver-card-step').hidden = false;
    $('deliver-check-step').hidden = true;
    $('deliver-dialog').showModal();
  }

  function handedOver(stop) {
    stopCamera();
    current = stop;
    $('deliver-card-step').hidden = true;
    $('deliver-check-step').hidden = false;
  }

  /** A refused card keeps the dialog open: the message says why, and the code field is ready for another try. */
  function refused(error) {
    stopCamera();
    dialogError('deliver-error', error.message);
    var input = $('card-code');
    input.focus();
    input.select();
  }

  function deliver(proof) {
    dialogError('deliver-error', null);
    api('POST', '/api/delivery/stops/' + current.stopId + '/delivered', proof).then(handedOver, refused);
  }

  function sendCardImage(blob) {
    return api('POST', '/api/delivery/stops/' + current.stopId + '/card-image', blob).then(function (stop) {
      handedOver(stop);
      return true;
    }, function (error) {
      if (error.problem && error.problem.code === 'NO_CARD_IN_IMAGE') return false;
      refused(error);
      return true;
    });
  }

  function frameBlob(source, width, height, maxSide) {
    var scale = Math.min(1, maxSide / Math.max(width, height));
    var canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d').drawImage(source, 0, 0, canvas.width, canvas.height);
    return new Promise(function (resolve) { canvas.toBlob(resolve, 'image/jpeg', 0.7); });
  }

  /**
   * Reads the card with the camera: in the phone itself where the browser can decode QR codes, else by sending a
   * small frame every moment to the service, which reads it with ZXing. Phones without camera access use the photo.
   */
  function scan() {
    dialogError('deliver-error', null);
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { dialogError('deliver-error', t('noCamera')); return; }
    var video = $('camera');
    var detector = 'BarcodeDetector' in window ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      $('scan-state').textContent = t('scanning');
      $('scan-state').hidden = false;
      return video.play();
    }).then(function tick() {
      if (!stream) return;
      if (detector) {
        detector.detect(video).then(function (codes) {
          if (codes.length) { stopCamera(); deliver({ qrToken: codes[0].rawValue }); } else scanTimer = setTimeout(tick, 200);
        }).catch(function () { scanTimer = setTimeout(tick, 200); });
        return;
      }
      if (!video.videoWidth) { scanTimer = setTimeout(tick, 200); return; }
      frameBlob(video, video.videoWidth, video.videoHeight, 640).then(sendCardImage).then(function (finished) {
        if (!finished && stream) scanTimer = setTimeout(tick, 500);
      });
    }).catch(function () { stopCamera(); dialogError('deliver-error', t('noCamera')); });
  }

  function photo() {
    var file = $('card-photo').files[0];
    if (!file) return;
    dialogError('deliver-error', null);
    var image = new Image();
    image.onload = function () {
      frameBlob(image, image.width, image.height, 1000).then(sendCardImage).then(function (finished) {
        if (!finished) dialogError('deliver-error', t('noQr'));
        $('card-photo').value = '';
      });
    };
    image.onerror = function () { dialogError('deliver-error', t('noQr')); };
    image.src = URL.createObjectURL(file);
  }

  function checkWellbeing(check) {
    dialogError('check-error', null);
    var note = $('check-note').value.trim();
    api('POST', '/api/delivery/stops/' + current.stopId + '/wellbeing', { check: check, note: note || null }).then(function (stop) {
      $('deliver-check-step').hidden = true;
      $('deliver-dialog').close();
      focusStopId = stop.stopId;
      return load().then(function () { show(t('doneDelivered') + ' · ' + t('checked') + t('wellbeing')[check], true); });
    }, function (e) { dialogError('check-error', e.message); });
  }

  // --- not delivered ---
  function openFail(stop) {
    current = stop;
    $('fail-form').reset();
    dialogError('fail-error', null);
    $('fail-dialog').showModal();
  }

  /** Shrinks the photo on the phone (JPEG, at most 640 px): request bodies are capped at 64 KB. */
  function readPhoto() {
    var file = $('fail-photo').files[0];
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
    if (!chosen) { dialogError('fail-error', t('chooseReason')); return; }
    dialogError('fail-error', null);
    readPhoto().then(function (photo) {
      return api('POST', '/api/delivery/stops/' + current.stopId + '/not-delivered', {
        reason: chosen.value,
        note: $('fail-note').value || null,
        photoBase64: photo ? photo.data : null,
        photoType: photo ? photo.type : null
      });
    }).then(function (stop) {
      $('fail-dialog').close();
      focusStopId = stop.stopId;
      return load().then(function () { show(t('doneFailed'), true); });
    }).catch(function (e) { dialogError('fail-error', e.message); });
  }

  $('lang').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('xingfu.lang', lang);
    applyLanguage();
    if (route) render();
  });
  $('scan').addEventListener('click', scan);
  $('card-photo').addEventListener('change', photo);
  $('deliver-confirm').addEventListener('click', function () {
    var code = $('card-code').value.trim();
    if (!code) { dialogError('deliver-error', t('needCode')); return; }
    deliver({ manualCode: code });
  });
  document.querySelectorAll('[data-wellbeing]').forEach(function (button) {
    button.addEventListener('click', function () { checkWellbeing(button.getAttribute('data-wellbeing')); });
  });
  $('fail-confirm').addEventListener('click', fail);
  document.querySelectorAll('[data-close]').forEach(function (button) {
    button.addEventListener('click', function () { stopCamera(); button.closest('dialog').close(); });
  });
  // the hand-over is done once the card was accepted: closing the check without an answer still shows the next stop
  $('deliver-dialog').addEventListener('close', function () {
    stopCamera();
    if (!$('deliver-check-step').hidden && current) {
      focusStopId = current.stopId;
      load();
    }
  });

  applyLanguage();
  load();
})();
