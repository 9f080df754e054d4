/*
 * Staff page for dish pictures: every dish of the catalogue with its thumbnail; a manager uploads, replaces or
 * removes a picture. The server checks and re-encodes what is sent; its problem+json answer is shown on the dish's
 * card, in both languages. Removing asks again on the card itself (no browser pop-up).
 */
(function () {
  'use strict';

  var MAX_BYTES = 8 * 1024 * 1024;
  var TYPES = ['image/jpeg', 'image/png'];

  var manager = false;
  var dishes = [];
  var pictures = new Map();
  var filter = 'ALL';
  // a card's message survives the redraw that follows its own change
  var notes = new Map();

  function $(id) { return document.getElementById(id); }

  function problemText(error) {
    var p = error.problem || {};
    var zh = p.messageZh || p.detail || error.message;
    var en = p.messageEn && p.messageEn !== zh ? ' · ' + p.messageEn : '';
    return zh + en + (p.code ? ' (' + p.code + ')' : '');
  }

  function showMessage(text) {
    $('message').textContent = text || '';
    $('message').hidden = !text;
  }

  /** PUT the file itself as the body; the browser gives its type (image/jpeg, image/png). */
  function upload(dishId, file) {
    var headers = { 'Accept': 'application/json', 'Content-Type': file.type || 'application/octet-stream' };
    var token = Live.csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
    return fetch('/api/dishes/' + dishId + '/picture', {
      method: 'PUT', headers: headers, credentials: 'same-origin', body: file
    }).then(function (response) {
      return response.text().then(function (text) {
        var data = text ? JSON.parse(text) : null;
        if (!response.ok) {
          var error = new Error((data && data.messageZh) || ('HTTP ' + response.status));
          error.problem = data || {};
          throw error;
        }
        return data;
      });
    });
  }

  function sizeText(bytes) {
    return bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(1) + ' MB' : Math.round(bytes / 1024) + ' KB';
  }

  function whenText(instant) {
    var d = new Date(instant);
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }

  function note(dishId, text, info) {
    notes.set(dishId, { text: text, info: !!info });
  }

  function card(dish) {
    var picture = pictures.get(dish.id);
    var frame = Live.el('div', { className: 'frame' }, [picture
      ? Live.el('img', { src: picture.thumbnailUrl, alt: dish.name + ' 的图片 · picture of ' + dish.nameEn, 'data-picture': dish.id })
      : Live.el('div', { className: 'placeholder', text: '暂无图片 · No picture' })]);
    var facts = picture
      ? picture.width + '×' + picture.height + ' · ' + sizeText(picture.bytes) + ' · ' + picture.uploadedBy + ' · ' + whenText(picture.uploadedAt)
      : '还没有图片，点餐机显示占位图 · No picture yet: the kiosk shows a placeholder';
    var children = [
      frame,
      Live.el('h2', { text: dish.name }),
      Live.el('div', { className: 'en', text: dish.nameEn + ' · ' + dish.category + ' · ¥' + Number(dish.price).toFixed(2) + (dish.active ? '' : ' · 已停用 Retired') }),
      Live.el('p', { className: 'facts', 'data-facts': dish.id, text: facts })
    ];
    var shown = notes.get(dish.id);
    if (shown) children.push(Live.el('p', { className: 'card-message' + (shown.info ? ' info' : ''), role: 'status', text: shown.text }));
    if (manager) children.push(actions(dish, picture));
    return Live.el('article', { className: 'dish' + (dish.active ? '' : ' inactive'), 'data-dish': dish.id }, children);
  }

  function actions(dish, picture) {
    var input = Live.el('input', { type: 'file', accept: TYPES.join(','), 'data-upload': dish.id });
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      if (!file) return;
      if (TYPES.indexOf(file.type) < 0) {
        note(dish.id, '只接受 JPEG 或 PNG 图片 · Only JPEG or PNG pictures are accepted');
        render();
        return;
      }
      if (file.size > MAX_BYTES) {
        note(dish.id, '图片太大，最大 8 MB · The picture is too large (at most 8 MB)');
        render();
        return;
      }
      label.classList.add('disabled');
      upload(dish.id, file).then(function (saved) {
        pictures.set(dish.id, saved);
        note(dish.id, (picture ? '图片已更换' : '图片已上传') + ' · ' + (picture ? 'Picture replaced' : 'Picture uploaded'), true);
        render();
      }, function (error) {
        note(dish.id, '没有保存 Not saved — ' + problemText(error));
        render();
      });
    });
    var label = Live.el('label', { className: 'button primary' }, [
      document.createTextNode(picture ? '更换图片 ' : '上传图片 '),
      Live.el('small', { text: picture ? 'Replace' : 'Upload' }),
      input
    ]);
    var row = [label];
    if (picture) {
      var remove = Live.el('button', { type: 'button', className: 'ghost', 'data-remove': dish.id }, [
        document.createTextNode('删除图片 '), Live.el('small', { text: 'Remove' })]);
      remove.addEventListener('click', function () {
        if (remove.getAttribute('data-confirm') !== 'yes') {
          remove.setAttribute('data-confirm', 'yes');
          remove.className = 'warn';
          remove.textContent = '确定删除？再按一次 · Press again to remove';
          return;
        }
        remove.disabled = true;
        Live.api('DELETE', '/api/dishes/' + dish.id + '/picture').then(function () {
          pictures.delete(dish.id);
          note(dish.id, '图片已删除 · Picture removed', true);
          render();
        }, function (error) {
          note(dish.id, '没有删除 Not removed — ' + problemText(error));
          render();
        });
      });
      row.push(remove);
    }
    return Live.el('div', { className: 'actions' }, row);
  }

  function render() {
    var shown = dishes.filter(function (d) { return filter === 'ALL' || !pictures.has(d.id); });
    var box = $('dishes');
    box.textContent = '';
    shown.forEach(function (d) { box.appendChild(card(d)); });
    if (!shown.length) box.appendChild(Live.el('p', { className: 'muted', text: '没有要显示的菜品 · No dishes to show' }));
    var missing = dishes.filter(function (d) { return !pictures.has(d.id); }).length;
    $('counts').textContent = dishes.length + ' 道菜，' + missing + ' 道没有图片 · ' + dishes.length + ' dishes, ' + missing + ' without a picture';
  }

  document.querySelectorAll('.filter').forEach(function (b) {
    b.addEventListener('click', function () {
      filter = b.getAttribute('data-filter');
      document.querySelectorAll('.filter').forEach(function (x) { x.setAttribute('aria-pressed', String(x === b)); });
      render();
    });
  });

  Live.api('GET', '/api/live/me').then(function (me) {
    manager = me.role === 'CANTEEN_MANAGER' || me.role === 'DISTRICT_ADMIN';
    $('who').textContent = me.username;
    $('role-note').hidden = manager;
    return Promise.all([Live.api('GET', '/api/dishes'), Live.api('GET', '/api/dishes/pictures')]);
  }).then(function (answers) {
    dishes = answers[0];
    answers[1].forEach(function (p) { pictures.set(p.dishId, p); });
    render();
  }).catch(function (error) {
    showMessage('加载失败 Could not load — ' + problemText(error));
  });
})();
