/*
 * Subsidy policies of a district: the versions in force, coming and past, each scheme in words; and the form for a new
 * version, drafted from the current one. While the administrator types, the draft goes to the check endpoint, which
 * answers with the same validation as saving and with warnings (a minimum bill at or below the top tier is a cliff);
 * each warning is shown next to the field it is about. Chinese by default, English on request; no pop-ups.
 */
(function () {
  'use strict';

  var el = Live.el;
  var T = {
    zh: {
      title: '助餐补贴政策', district: '区县代码', show: '查看', versions: '政策版本', noVersions: '本区县还没有补贴政策。',
      newVersion: '新建版本', formHint: '版本一经保存不能修改；新版本从生效日起替代上一版本。表单以当前版本为底稿。',
      version: '版本号', label: '说明', from: '生效日期', to: '失效日期（可空）',
      addUp: '各补贴项目可叠加（否则只享受金额最高的一项）', addScheme: '＋ 添加补贴项目', save: '保存新版本',
      other: 'English', IN_FORCE: '现行', FUTURE: '待生效', PAST: '已失效', untilNext: '至下一版本生效',
      scheme: '补贴项目', code: '代码', funder: '出资方', name: '名称', channels: '就餐方式', basis: '补贴方式',
      PER_MEAL: '每餐', PER_DAY: '每天', dailyCap: '每日上限（次）', weeklyCap: '每周上限（次）', monthlyCap: '每月上限（次）',
      minimumBill: '最低消费（元）', tiers: '档次', minAge: '最低年龄', statuses: '身份（任一）', amount: '补贴（元）',
      addTier: '＋ 添加档次', remove: '删除', removeScheme: '删除此补贴项目', schemeFrom: '项目生效（可空）', schemeTo: '项目失效（可空）',
      checking: '正在检查…', checkedOk: '检查通过，可以保存。', checkedWarn: '可以保存，但请先看黄色提示。',
      invalid: '尚不能保存：', saved: '已保存版本 ', addsUp: '各项目叠加', bestOnly: '只享受金额最高的一项',
      caps: '上限', noCap: '不限', noMinimum: '无最低消费', perPeriod: { daily: '每日', weekly: '每周', monthly: '每月' },
      aged: function (a) { return a + ' 岁及以上'; }, times: function (n) { return n + ' 次'; },
      yuan: function (v) { return v + ' 元'; }, schemesAddUp: '叠加规则'
    },
    en: {
      title: 'Subsidy policies', district: 'District code', show: 'Show', versions: 'Policy versions',
      noVersions: 'This district has no subsidy policy yet.', newVersion: 'New version',
      formHint: 'A saved version cannot be changed; a new version replaces the previous one from its start date. The form starts from the current version.',
      version: 'Version', label: 'Description', from: 'In force from', to: 'In force to (optional)',
      addUp: 'Schemes add up (otherwise only the scheme granting most)', addScheme: '+ Add a scheme', save: 'Save the new version',
      other: '中文', IN_FORCE: 'In force', FUTURE: 'Future', PAST: 'Past', untilNext: 'until the next version',
      scheme: 'Scheme', code: 'Code', funder: 'Funder', name: 'Name (Chinese)', channels: 'Channels', basis: 'Basis',
      PER_MEAL: 'per meal', PER_DAY: 'per day', dailyCap: 'Daily cap (times)', weeklyCap: 'Weekly cap (times)',
      monthlyCap: 'Monthly cap (times)', minimumBill: 'Minimum bill (yuan)', tiers: 'Tiers', minAge: 'Minimum age',
      statuses: 'Status (any of)', amount: 'Subsidy (yuan)', addTier: '+ Add a tier', remove: 'Remove', removeScheme: 'Remove this scheme',
      schemeFrom: 'Scheme from (optional)', schemeTo: 'Scheme to (optional)', checking: 'Checking…',
      checkedOk: 'Checked: ready to save.', checkedWarn: 'It can be saved, but read the yellow warnings first.',
      invalid: 'Cannot be saved yet: ', saved: 'Saved version ', addsUp: 'schemes add up', bestOnly: 'only the scheme granting most',
      caps: 'caps', noCap: 'no limit', noMinimum: 'no minimum bill', perPeriod: { daily: 'a day', weekly: 'a week', monthly: 'a month' },
      aged: function (a) { return 'aged ' + a + '+'; }, times: function (n) { return n + ' times'; },
      yuan: function (v) { return v + ' yuan'; }, schemesAddUp: 'Adding up'
    }
  };
  var CHANNELS = { DINE_IN: ['堂食', 'Dine-in'], TAKEAWAY: ['自取', 'Takeaway'], DELIVERY: ['送餐', 'Delivery'] };
  var STATUSES = { DIBAO: ['低保', 'Minimum living allowance'], TEKUN: ['特困', 'Extreme poverty'],
    LOW_INCOME: ['低收入', 'Low income'], DISABLED: ['失能', 'Disabled'], LIVING_ALONE: ['独居', 'Living alone'],
    EMPTY_NEST: ['空巢', 'Empty nest'], SEVERE_DISABILITY: ['重残', 'Severe disability'],
    VETERAN_FAMILY: ['优抚', 'Veteran family'], FAMILY_PLANNING_SPECIAL: ['计生特扶', 'Family-planning support'] };

  var lang = Live.param('lang') === 'en' ? 'en' : 'zh';
  var me, versions = [], lastCheck = null, checkTimer = null, checkSeq = 0;

  function $(id) { return document.getElementById(id); }
  function t(key) { return T[lang][key]; }
  function pair(p) { return lang === 'en' ? p[1] : p[0]; }
  function problemText(error) {
    var p = error.problem || {};
    var text = lang === 'en' ? (p.messageEn || p.detail || error.message) : (p.messageZh || error.message);
    if (p.errors && p.errors.length) text += ' (' + p.errors.map(function (e) { return e.field + ': ' + e.message; }).join('; ') + ')';
    return text;
  }
  function showMessage(text) { $('message').textContent = text || ''; $('message').hidden = !text; }

  function stateOf(v) {
    var today = me.serviceDate;
    if (v.effectiveFrom > today) return 'FUTURE';
    if (v.effectiveTo && v.effectiveTo < today) return 'PAST';
    return 'IN_FORCE';
  }

  // ---- the list of versions, in words ----
  function tierWords(tier) {
    var who = [];
    if (tier.minAge != null) who.push(T[lang].aged(tier.minAge));
    if (tier.requiredStatuses && tier.requiredStatuses.length) {
      who.push(tier.requiredStatuses.map(function (s) { return STATUSES[s] ? pair(STATUSES[s]) : s; }).join(lang === 'en' ? ' or ' : '或'));
    }
    return tier.nameZh + '（' + who.join(lang === 'en' ? ' and ' : '且') + '）: ' + T[lang].yuan(money(tier.amount));
  }

  function schemeWords(s) {
    var caps = ['daily', 'weekly', 'monthly'].filter(function (k) { return s[k + 'Cap'] != null; }).map(function (k) {
      return t('perPeriod')[k] + ' ' + T[lang].times(s[k + 'Cap']);
    });
    var parts = [
      s.nameZh + ' [' + s.code + '] · ' + t('funder') + ' ' + s.funder,
      s.effectiveFrom + ' – ' + (s.effectiveTo || t('untilNext')),
      Object.keys(CHANNELS).filter(function (c) { return s.channels.indexOf(c) >= 0; })
        .map(function (c) { return pair(CHANNELS[c]); }).join(' / '),
      t(s.basis),
      s.tiers.map(tierWords).join('; '),
      t('caps') + ' ' + (caps.length ? caps.join(', ') : t('noCap')),
      Number(s.minimumBill) > 0 ? t('minimumBill').replace(/（元）| \(yuan\)/, '') + ' ' + T[lang].yuan(money(s.minimumBill)) : t('noMinimum')
    ];
    return parts.join(' · ');
  }

  function renderVersions() {
    var box = $('versions');
    box.innerHTML = '';
    $('no-versions').hidden = versions.length > 0;
    versions.slice().sort(function (a, b) { return a.effectiveFrom < b.effectiveFrom ? 1 : -1; }).forEach(function (v) {
      var state = stateOf(v);
      box.appendChild(el('article', { className: 'version', 'data-version': v.version, 'data-state': state }, [
        el('h3', {}, [el('span', { className: 'state', text: t(state) }), document.createTextNode(' ' + v.version + ' · ' + v.label)]),
        el('p', { text: v.effectiveFrom + ' – ' + (v.effectiveTo || t('untilNext')) + ' · ' + t('schemesAddUp') + ': ' +
          (v.schemesAddUp ? t('addsUp') : t('bestOnly')) }),
        el('ul', {}, v.schemes.map(function (s) { return el('li', { 'data-scheme': s.code, text: schemeWords(s) }); }))
      ]));
    });
  }

  // ---- the form ----
  function field(key, input) {
    return el('label', {}, [el('span', { 'data-t': key, text: t(key) }), input]);
  }
  function input(name, attrs) {
    var a = { name: name };
    Object.keys(attrs || {}).forEach(function (k) { a[k] = attrs[k]; });
    return el('input', a);
  }
  function value(v) { return v == null ? '' : String(v); }
  function money(v) { return v == null || v === '' ? '' : Number(v).toFixed(2); }

  function tierRow(tier) {
    var statuses = el('select', { name: 'requiredStatuses', multiple: 'multiple', size: '3', 'aria-label': t('statuses') },
      Object.keys(STATUSES).map(function (s) {
        var o = el('option', { value: s, text: pair(STATUSES[s]) });
        if (tier.requiredStatuses && tier.requiredStatuses.indexOf(s) >= 0) o.selected = true;
        return o;
      }));
    var row = el('tr', { className: 'tier' }, [
      el('td', {}, [input('code', { value: value(tier.code), 'aria-label': t('code') })]),
      el('td', {}, [input('nameZh', { value: value(tier.nameZh), 'aria-label': t('name') })]),
      el('td', {}, [input('minAge', { type: 'number', min: '0', max: '150', value: value(tier.minAge), 'aria-label': t('minAge') })]),
      el('td', {}, [statuses]),
      el('td', {}, [input('amount', { type: 'number', min: '0', step: '0.01', value: money(tier.amount), 'aria-label': t('amount') })]),
      el('td', {}, [el('button', { type: 'button', className: 'remove', 'data-t': 'remove', text: t('remove'),
        onclick: function () { row.remove(); scheduleCheck(); } })])
    ]);
    return row;
  }

  function schemeBox(s) {
    var tiers = el('tbody', {}, (s.tiers || []).map(tierRow));
    var channels = el('div', { className: 'channels' }, [el('span', { 'data-t': 'channels', text: t('channels') })].concat(
      Object.keys(CHANNELS).map(function (c) {
        var box = input('channel', { type: 'checkbox', value: c });
        box.checked = !s.channels || s.channels.indexOf(c) >= 0;
        return el('label', {}, [box, el('span', { text: pair(CHANNELS[c]) })]);
      })));
    var basis = el('select', { name: 'basis' }, ['PER_MEAL', 'PER_DAY'].map(function (b) {
      var o = el('option', { value: b, 'data-t': b, text: t(b) });
      if (s.basis === b) o.selected = true;
      return o;
    }));
    var box = el('fieldset', { className: 'scheme' }, [
      el('legend', { 'data-t': 'scheme', text: t('scheme') }),
      el('div', { className: 'grid' }, [
        field('code', input('code', { value: value(s.code || 'MEAL'), maxlength: '40' })),
        field('funder', input('funder', { value: value(s.funder || 'DISTRICT'), maxlength: '32' })),
        field('name', input('nameZh', { value: value(s.nameZh), maxlength: '50' })),
        field('basis', basis),
        field('schemeFrom', input('effectiveFrom', { type: 'date', value: value(s.effectiveFrom) })),
        field('schemeTo', input('effectiveTo', { type: 'date', value: value(s.effectiveTo) }))
      ]),
      channels,
      el('div', { className: 'grid' }, [
        field('dailyCap', input('dailyCap', { type: 'number', min: '0', max: '1000', value: value(s.dailyCap) })),
        field('weeklyCap', input('weeklyCap', { type: 'number', min: '0', max: '1000', value: value(s.weeklyCap) })),
        field('monthlyCap', input('monthlyCap', { type: 'number', min: '0', max: '1000', value: value(s.monthlyCap) })),
        field('minimumBill', input('minimumBill', { type: 'number', min: '0', step: '0.01', value: money(s.minimumBill) }))
      ]),
      el('div', { className: 'warnings', 'aria-live': 'polite' }),
      el('h4', { 'data-t': 'tiers', text: t('tiers') }),
      el('table', { className: 'tiers' }, [
        el('thead', {}, [el('tr', {}, ['code', 'name', 'minAge', 'statuses', 'amount', ''].map(function (k) {
          return el('th', k ? { scope: 'col', 'data-t': k, text: t(k) } : { scope: 'col' });
        }))]),
        tiers
      ]),
      el('div', { className: 'toolbar' }, [
        el('button', { type: 'button', 'data-t': 'addTier', text: t('addTier'),
          onclick: function () { tiers.appendChild(tierRow({})); } }),
        el('button', { type: 'button', className: 'remove', 'data-t': 'removeScheme', text: t('removeScheme'),
          onclick: function () { box.remove(); scheduleCheck(); } })
      ])
    ]);
    return box;
  }

  function number(v) { return v === '' ? null : Number(v); }
  function named(scope, name) { return scope.querySelector('[name=' + name + ']').value.trim(); }

  function draft() {
    var schemes = Array.prototype.map.call(document.querySelectorAll('fieldset.scheme'), function (box) {
      return {
        code: named(box, 'code'), funder: named(box, 'funder'), nameZh: named(box, 'nameZh'),
        effectiveFrom: named(box, 'effectiveFrom') || null, effectiveTo: named(box, 'effectiveTo') || null,
        channels: Array.prototype.filter.call(box.querySelectorAll('[name=channel]'), function (c) { return c.checked; })
          .map(function (c) { return c.value; }),
        basis: named(box, 'basis'),
        tiers: Array.prototype.map.call(box.querySelectorAll('tr.tier'), function (row) {
          return { code: named(row, 'code'), nameZh: named(row, 'nameZh'), minAge: number(named(row, 'minAge')),
            requiredStatuses: Array.prototype.filter.call(row.querySelector('[name=requiredStatuses]').options,
              function (o) { return o.selected; }).map(function (o) { return o.value; }),
            amount: named(row, 'amount') === '' ? null : named(row, 'amount') };
        }),
        dailyCap: number(named(box, 'dailyCap')), weeklyCap: number(named(box, 'weeklyCap')),
        monthlyCap: number(named(box, 'monthlyCap')),
        minimumBill: named(box, 'minimumBill') === '' ? null : named(box, 'minimumBill')
      };
    });
    return { districtCode: $('district').value.trim(), version: $('p-version').value.trim(), label: $('p-label').value.trim(),
      effectiveFrom: $('p-from').value || null, effectiveTo: $('p-to').value || null,
      schemesAddUp: $('p-add-up').checked, schemes: schemes };
  }

  function fillForm(base) {
    var tomorrow = new Date(me.serviceDate + 'T00:00:00Z');
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    $('p-version').value = '';
    $('p-label').value = base ? base.label : '';
    $('p-from').value = tomorrow.toISOString().substring(0, 10);
    $('p-to').value = '';
    $('p-add-up').checked = !!(base && base.schemesAddUp);
    var box = $('schemes');
    box.innerHTML = '';
    // Scheme dates belong to the old version; the new one's schemes start with it unless the administrator says otherwise.
    var schemes = base ? base.schemes.map(function (s) {
      var copy = JSON.parse(JSON.stringify(s));
      copy.effectiveFrom = null; copy.effectiveTo = null;
      return copy;
    }) : [{ tiers: [{}], minimumBill: '0.00' }];
    schemes.forEach(function (s) { box.appendChild(schemeBox(s)); });
    scheduleCheck();
  }

  // ---- checking as the administrator types ----
  function showCheck(result) {
    lastCheck = result;
    var status = $('check-status');
    document.querySelectorAll('fieldset.scheme .warnings').forEach(function (w) { w.innerHTML = ''; });
    document.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
    if (result.error) {
      ((result.error.problem || {}).errors || []).forEach(markField);
      status.className = 'check-status bad';
      status.setAttribute('data-check', 'INVALID');
      status.textContent = t('invalid') + problemText(result.error);
      return;
    }
    var boxes = document.querySelectorAll('fieldset.scheme');
    result.warnings.forEach(function (w) {
      var target = Array.prototype.find.call(boxes, function (b) { return named(b, 'code') === w.schemeCode; }) || boxes[0];
      if (!target) return;
      target.querySelector('.warnings').appendChild(el('p', { className: 'warning', 'data-warning': w.code,
        text: '⚠ ' + (lang === 'en' ? w.messageEn : w.messageZh) }));
    });
    status.className = 'check-status ok';
    status.setAttribute('data-check', result.warnings.length ? 'WARNINGS' : 'OK');
    status.textContent = result.warnings.length ? t('checkedWarn') : t('checkedOk');
  }

  var TOP_FIELDS = { version: 'p-version', label: 'p-label', effectiveFrom: 'p-from', effectiveTo: 'p-to' };

  /** Puts a refused field's message next to it: "schemes[0].tiers[1].amount" is the second tier's amount of the first scheme. */
  function markField(error) {
    var m = /^schemes\[(\d+)\](?:\.tiers\[(\d+)\])?\.?([A-Za-z]*)/.exec(error.field);
    var target = null;
    if (!m) target = TOP_FIELDS[error.field] ? $(TOP_FIELDS[error.field]) : null;
    else {
      var scope = document.querySelectorAll('fieldset.scheme')[Number(m[1])];
      if (scope && m[2] != null) scope = scope.querySelectorAll('tr.tier')[Number(m[2])];
      if (scope && m[3] === 'channels') target = scope.querySelector('.channels');
      else if (scope && m[3] === 'tiers') target = scope.querySelector('table.tiers');
      else if (scope) target = (m[3] && scope.querySelector('[name=' + m[3] + ']')) || null;
    }
    if (!target) return;
    var anchor = target.closest('label, td, .channels, table') || target;
    anchor.appendChild(el('p', { className: 'field-error', 'data-field': error.field, text: error.message }));
  }

  function check() {
    var seq = ++checkSeq;
    var body = draft();
    if (!body.version) body.version = 'DRAFT'; // the check needs a name; the real one is asked for before saving
    return Live.api('POST', '/api/subsidy-policies/check', body).then(function (r) {
      if (seq === checkSeq) showCheck({ warnings: r.warnings });
    }, function (error) {
      if (seq === checkSeq) showCheck({ error: error });
    });
  }

  function scheduleCheck() {
    clearTimeout(checkTimer);
    $('check-status').textContent = t('checking');
    $('check-status').setAttribute('data-check', 'PENDING');
    checkTimer = setTimeout(check, 300);
  }

  // ---- loading, saving, language ----
  function load() {
    showMessage('');
    var d = $('district').value.trim();
    if (!/^\d{6}$/.test(d)) return Promise.resolve();
    return Live.api('GET', '/api/subsidy-policies?district=' + d).then(function (list) {
      versions = list;
      renderVersions();
      var current = versions.filter(function (v) { return stateOf(v) === 'IN_FORCE'; })[0] ||
        versions.slice().sort(function (a, b) { return a.effectiveFrom < b.effectiveFrom ? 1 : -1; })[0];
      fillForm(current);
    }, function (error) { showMessage(problemText(error)); });
  }

  function applyLanguage() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title');
    document.querySelectorAll('[data-t]').forEach(function (n) { n.textContent = t(n.getAttribute('data-t')); });
    $('lang').textContent = t('other');
    if (me) renderVersions();
    if (lastCheck) showCheck(lastCheck);
  }

  $('lang').addEventListener('click', function () { lang = lang === 'en' ? 'zh' : 'en'; applyLanguage(); });
  $('pick').addEventListener('submit', function (event) { event.preventDefault(); load(); });
  $('add-scheme').addEventListener('click', function () {
    $('schemes').appendChild(schemeBox({ code: '', tiers: [{}], minimumBill: '0.00' }));
    scheduleCheck();
  });
  $('policy-form').addEventListener('input', scheduleCheck);
  $('policy-form').addEventListener('change', scheduleCheck);
  $('policy-form').addEventListener('submit', function (event) {
    event.preventDefault();
    showMessage('');
    Live.api('POST', '/api/subsidy-policies', draft()).then(function (saved) {
      $('check-status').className = 'check-status ok';
      $('check-status').setAttribute('data-check', 'SAVED');
      $('check-status').textContent = t('saved') + saved.version;
      return Live.api('GET', '/api/subsidy-policies?district=' + saved.districtCode).then(function (list) {
        versions = list;
        renderVersions();
      });
    }, function (error) { showMessage(problemText(error)); });
  });

  Live.api('GET', '/api/live/me').then(function (m) {
    me = m;
    $('who').textContent = m.username;
    $('district').value = Live.param('district') || '';
    applyLanguage();
    return load().then(function () { document.body.setAttribute('data-loaded', 'true'); });
  });
})();
