/*
 * The district administrator's audit search: filters by who, subject, kind and a range of Beijing days,
 * 50 events a page, newest first. Every value is shown as text (stored values may hold anything).
 */
(function () {
  'use strict';

  var el = Live.el;
  var FIELDS = ['who', 'subjectType', 'subjectId', 'kind', 'from', 'to'];
  var page = 0;

  function $(id) { return document.getElementById(id); }

  function showMessage(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  function query() {
    var params = new URLSearchParams();
    FIELDS.forEach(function (f) { if ($(f).value.trim()) params.set(f, $(f).value.trim()); });
    params.set('page', String(page));
    params.set('size', '50');
    return params.toString();
  }

  function show(r) {
    var tbody = $('events').tBodies[0];
    tbody.innerHTML = '';
    r.content.forEach(function (e) {
      tbody.appendChild(el('tr', { 'data-event': String(e.id) }, [
        el('td', { text: new Date(e.occurredAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) }),
        el('td', { text: e.actorUsername + ' (' + e.actorRole + ')' }),
        el('td', { text: e.action }),
        el('td', { text: e.kind }),
        el('td', { text: e.subjectType + ' ' + e.subjectId }),
        el('td', { text: e.field || '' }),
        el('td', { text: e.oldValue || '' }),
        el('td', { text: e.newValue || '' })
      ]));
    });
    $('summary').textContent = '共 ' + r.totalElements + ' 条 · ' + r.totalElements + ' events';
    $('page-of').textContent = r.totalPages ? ('第 ' + (r.page + 1) + ' / ' + r.totalPages + ' 页 · page ' + (r.page + 1) + ' of ' + r.totalPages) : '';
    $('previous').disabled = r.page <= 0;
    $('next').disabled = r.page + 1 >= r.totalPages;
  }

  function load() {
    showMessage('');
    Live.api('GET', '/api/audit?' + query()).then(show).catch(function (e) { showMessage(e.message); });
  }

  $('filters').addEventListener('submit', function (event) {
    event.preventDefault();
    page = 0;
    load();
  });
  $('previous').addEventListener('click', function () { page = Math.max(0, page - 1); load(); });
  $('next').addEventListener('click', function () { page += 1; load(); });
  load();
})();
