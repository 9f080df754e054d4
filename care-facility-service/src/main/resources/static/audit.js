// The district administrator's audit log: filters by who, subject, kind and Beijing days, 25 events a page, newest
// first. Stored values may hold anything (a login, a consent text), so every value is set with textContent.
(function () {
  'use strict';

  const SIZE = 25;
  const FIELDS = ['who', 'subjectType', 'subjectId', 'kind', 'from', 'to'];
  const ACTION = { READ: '查看 read', CREATE: '新增 create', CHANGE: '变更 change', REVOKE: '撤销/锁定 revoke' };
  const ROLE = { CARE_MANAGER: '机构管理员 care manager', DISTRICT_ADMIN: '区级管理员 district admin', SERVICE: '系统服务 service', SYSTEM: '系统 system' };
  const state = { page: 0 };
  const $ = sel => document.querySelector(sel);

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    return td;
  }

  function showError(text) {
    $('#error').textContent = text;
    $('#error').hidden = !text;
  }

  /** A refusal or a bad filter as the API words it (problem+json), Chinese first, then English. */
  async function problem(response) {
    try {
      const p = await response.json();
      if (p.messageZh || p.messageEn) return [p.messageZh, p.messageEn].filter(Boolean).join(' · ');
    } catch (e) { /* not json */ }
    return '加载失败 Loading failed: ' + response.status;
  }

  async function get(path) {
    const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) { location.href = '/login'; throw new Error('not signed in'); }
    if (!response.ok) throw new Error(await problem(response));
    return response.json();
  }

  function query() {
    const params = new URLSearchParams();
    FIELDS.forEach(f => { const v = $('#f-' + f).value.trim(); if (v) params.set(f, v); });
    params.set('page', String(state.page));
    params.set('size', String(SIZE));
    return params.toString();
  }

  function when(instant) {
    return new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  }

  function render(found) {
    $('#events tbody').replaceChildren(...found.content.map(e => {
      const tr = document.createElement('tr');
      tr.dataset.event = String(e.id);
      tr.append(
        cell(when(e.occurredAt)),
        cell(e.actorUsername + ' · ' + (ROLE[e.actorRole] || e.actorRole)),
        cell(ACTION[e.action] || e.action),
        cell(e.kind),
        cell(e.subjectType + ' ' + e.subjectId),
        cell(e.field),
        cell(e.oldValue),
        cell(e.newValue));
      return tr;
    }));
    $('#summary').textContent = found.totalElements
      ? '共 ' + found.totalElements + ' 条 · ' + found.totalElements + ' events'
      : '没有符合条件的事件 · No event matches';
    $('#page-of').textContent = found.totalPages
      ? '第 ' + (found.page + 1) + ' / ' + found.totalPages + ' 页 · page ' + (found.page + 1) + ' of ' + found.totalPages
      : '';
    $('#previous').disabled = found.page <= 0;
    $('#next').disabled = found.page + 1 >= found.totalPages;
  }

  async function load() {
    document.body.dataset.loaded = 'false';
    showError('');
    try {
      render(await get('/api/audit?' + query()));
    } catch (e) {
      $('#events tbody').replaceChildren();
      $('#summary').textContent = '';
      $('#page-of').textContent = '';
      $('#previous').disabled = true;
      $('#next').disabled = true;
      showError(e.message);
    }
    document.body.dataset.loaded = 'true';
  }

  async function start() {
    $('#filters').addEventListener('submit', ev => { ev.preventDefault(); state.page = 0; load(); });
    $('#previous').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); load(); });
    $('#next').addEventListener('click', () => { state.page += 1; load(); });
    try {
      const me = await get('/api/dashboard/me');
      $('#who').textContent = me.displayName + ' · ' + (ROLE[me.role] || me.role);
    } catch (e) { /* the search below says what is wrong */ }
    await load();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
