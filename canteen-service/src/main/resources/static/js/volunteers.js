/*
 * Staff page for the canteen's delivery volunteers: the list with a filter, register and edit, pause and
 * re-activate, the weekly schedule as a weekday × meal grid, a phone login, released shifts and who takes them.
 * The server decides what is valid: forms are sent as typed and its problem+json answer is shown in the dialog,
 * next to the fields it names, so staff see the same rule the API enforces.
 */
(function () {
  'use strict';

  var PERIODS = [['BREAKFAST', '早餐', 'Breakfast'], ['LUNCH', '午餐', 'Lunch'], ['DINNER', '晚餐', 'Dinner']];
  var DAYS = [null, ['周一', 'Mon'], ['周二', 'Tue'], ['周三', 'Wed'], ['周四', 'Thu'], ['周五', 'Fri'], ['周六', 'Sat'], ['周日', 'Sun']];
  var TRANSPORT = { ON_FOOT: '步行 On foot', E_BIKE: '电动车 E-bike' };
  var FIELD_NAMES = {
    name: '姓名 Name', phone: '电话 Phone', periods: '餐次 Meals', boxCapacity: '保温箱 Boxes',
    transport: '交通 Transport', username: '登录名 Username', password: '密码 Password'
  };
  // domain refusals that concern one field: shown next to it as well as at the top of the dialog
  var CODE_FIELDS = {
    INVALID_PHONE: 'phone', INVALID_BOX_CAPACITY: 'boxCapacity', NO_MEAL_PERIODS: 'periods',
    INVALID_LOGIN: 'username', USERNAME_TAKEN: 'username'
  };
  // how far ahead a shift can be released from this page
  var RELEASE_DAYS = 28;

  var session = null;
  var canteenId = null;
  var manager = false;
  var volunteers = [];
  var substitutions = [];
  var filter = 'ALL';
  var editing = null;

  function $(id) { return document.getElementById(id); }

  function periodText(period) {
    var p = PERIODS.filter(function (x) { return x[0] === period; })[0];
    return p ? p[1] + ' ' + p[2] : period;
  }

  function periodIndex(period) {
    return PERIODS.map(function (p) { return p[0]; }).indexOf(period);
  }

  function byPeriod(a, b) { return periodIndex(a) - periodIndex(b); }

  /** yyyy-mm-dd as a UTC date, so adding days never crosses a daylight-saving edge. */
  function parseDate(iso) {
    var parts = iso.split('-').map(Number);
    return new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
  }

  function isoDate(date) { return date.toISOString().substring(0, 10); }

  function isoWeekday(date) { return date.getUTCDay() === 0 ? 7 : date.getUTCDay(); }

  function dateText(iso) {
    var date = parseDate(iso);
    var day = DAYS[isoWeekday(date)];
    return (date.getUTCMonth() + 1) + '月' + date.getUTCDate() + '日 ' + day[0] + ' · ' + day[1] + ' ' + iso;
  }

  /** The problem+json answer in both languages, with the code, so nothing the server said is lost. */
  function problemText(prefix, error) {
    var p = error.problem || {};
    var zh = p.messageZh || p.detail || error.message;
    var en = p.messageEn && p.messageEn !== zh ? ' · ' + p.messageEn : '';
    var title = p.title ? p.title + ': ' : '';
    return prefix + ' — ' + title + zh + en + (p.code ? ' (' + p.code + ')' : '');
  }

  function showMessage(box, text, info) {
    box.textContent = text || '';
    box.classList.toggle('info', !!info);
    box.hidden = !text;
  }

  function showProblem(box, prefix, error) {
    showMessage(box, problemText(prefix, error));
    var errors = (error.problem && error.problem.errors) || [];
    if (errors.length) {
      box.appendChild(Live.el('ul', {}, errors.map(function (e) {
        return Live.el('li', { text: (e.field ? (FIELD_NAMES[e.field] || e.field) + ': ' : '') + e.message });
      })));
    }
  }

  /** Marks the fields the server named; returns nothing, the message box says the rest. */
  function markFields(form, error) {
    var p = error.problem || {};
    var errors = (p.errors || []).filter(function (e) { return e.field; });
    if (CODE_FIELDS[p.code]) errors = errors.concat([{ field: CODE_FIELDS[p.code], message: p.messageZh + ' · ' + p.messageEn }]);
    errors.forEach(function (e) {
      var slot = form.querySelector('.field-error[data-for="' + e.field + '"]');
      if (slot) {
        slot.textContent = (slot.textContent ? slot.textContent + '；' : '') + e.message;
        slot.hidden = false;
      }
      var input = form.elements[e.field];
      if (input && input.setAttribute) input.setAttribute('aria-invalid', 'true');
    });
  }

  function clearForm(form) {
    showMessage(form.querySelector('.message'), null);
    form.querySelectorAll('.field-error').forEach(function (slot) { slot.textContent = ''; slot.hidden = true; });
    form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
  }

  /**
   * Sends a dialog's request; on success closes it and reloads, on refusal keeps it open with the server's
   * words. The submit button stays disabled while the request is out, so a double tap sends once.
   */
  function submit(form, call, done) {
    var button = form.querySelector('button[type=submit]');
    clearForm(form);
    button.disabled = true;
    return call().then(function (result) {
      button.disabled = false;
      form.closest('dialog').close();
      done(result);
      return refresh();
    }, function (error) {
      button.disabled = false;
      showProblem(form.querySelector('.message'), '未保存 Not saved', error);
      markFields(form, error);
    });
  }

  function act(button, call, done) {
    button.disabled = true;
    return call().then(function (result) {
      done(result);
      return refresh();
    }, function (error) {
      button.disabled = false;
      showProblem($('message'), '操作失败 Failed', error);
    });
  }

  function saved(text) { showMessage($('message'), '已保存 Saved: ' + text, true); }

  // ---------- list ----------

  /** One line per meal, e.g. "晚餐 Dinner：周一、周三 · Mon, Wed"; a meal done every day says so. */
  function scheduleText(v) {
    if (!v.weeklySchedule.length) return '未排班 No weekly shifts';
    return PERIODS.map(function (p) {
      var days = v.weeklySchedule.filter(function (s) { return s.period === p[0]; }).map(function (s) { return s.dayOfWeek; });
      if (!days.length) return null;
      var which = days.length === 7 ? '每天 · every day'
        : days.map(function (d) { return DAYS[d][0]; }).join('、') + ' · ' + days.map(function (d) { return DAYS[d][1]; }).join(', ');
      return p[1] + ' ' + p[2] + '：' + which;
    }).filter(Boolean).join('\n');
  }

  function fact(label, value, key) {
    return Live.el('div', { className: 'fact', 'data-fact': key }, [
      Live.el('dt', { text: label }),
      Live.el('dd', { text: value })
    ]);
  }

  function button(action, text, handler, options) {
    var b = Live.el('button', { type: 'button', className: (options && options.className) || 'secondary', 'data-action': action, text: text });
    if (options && options.managerOnly && !manager) {
      b.disabled = true;
      b.title = '需要食堂负责人 · Needs a canteen manager';
    }
    if (options && options.disabledWhy) {
      b.disabled = true;
      b.title = options.disabledWhy;
    }
    b.addEventListener('click', function () { handler(b); });
    return b;
  }

  function card(v) {
    var periods = v.periods.slice().sort(byPeriod).map(periodText).join('、');
    var status = v.active ? '在岗 Active' : '已暂停 Paused';
    var actions = [
      button('edit', '编辑 Edit', function () { openVolunteer(v); }, { managerOnly: true }),
      button('schedule', '排班 Schedule', function () { openSchedule(v); }, { managerOnly: true }),
      v.active
        ? button('pause', '暂停 Pause', function (b) {
          act(b, function () { return Live.api('POST', '/api/volunteers/' + v.id + '/pause'); },
            function () { saved(v.name + ' 已暂停 paused'); });
        }, { managerOnly: true, className: 'ghost' })
        : button('activate', '恢复 Re-activate', function (b) {
          act(b, function () { return Live.api('POST', '/api/volunteers/' + v.id + '/activate'); },
            function () { saved(v.name + ' 已恢复 active again'); });
        }, { managerOnly: true, className: 'ok' }),
      v.username ? null : button('login', '开通登录 Create login', function () { openLogin(v); }, { managerOnly: true }),
      button('release', '让出班次 Release a shift', function () { openRelease(v); }, {
        className: 'ghost',
        disabledWhy: !v.active ? '已暂停 Paused' : (!v.weeklySchedule.length ? '未排班 No weekly shifts' : null)
      })
    ];
    return Live.el('article', {
      className: 'volunteer' + (v.active ? '' : ' paused'),
      'data-volunteer-id': String(v.id),
      'data-active': String(v.active)
    }, [
      Live.el('header', {}, [
        Live.el('h3', { className: 'name', text: v.name }),
        Live.el('span', { className: 'badge ' + (v.active ? 'ACTIVE' : 'PAUSED'), 'data-fact': 'status', text: status })
      ]),
      Live.el('dl', {}, [
        fact('电话 Phone', v.maskedPhone, 'phone'),
        fact('交通 Transport', TRANSPORT[v.transport] || v.transport, 'transport'),
        fact('每趟 Boxes per trip', v.boxCapacity + ' 箱 boxes', 'boxes'),
        fact('餐次 Meals', periods, 'periods'),
        fact('每周排班 Weekly shifts', scheduleText(v), 'schedule'),
        fact('手机登录 Phone login', v.username ? v.username : '未开通 None', 'login'),
        v.staffDriver ? fact('身份 Role', '食堂员工司机 Staff driver', 'staff-driver') : null
      ]),
      Live.el('div', { className: 'actions' }, actions)
    ]);
  }

  function renderVolunteers() {
    document.querySelectorAll('.filter').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === filter));
    });
    var list = $('volunteers');
    list.textContent = '';
    var shown = volunteers.filter(function (v) {
      return filter === 'ALL' || (filter === 'ACTIVE') === v.active;
    });
    if (!shown.length) {
      list.appendChild(Live.el('p', { className: 'muted', text: volunteers.length
        ? '没有符合筛选的志愿者 · Nobody matches this filter'
        : '还没有登记志愿者 · No volunteers registered yet' }));
    }
    shown.forEach(function (v) { list.appendChild(card(v)); });
    var active = volunteers.filter(function (v) { return v.active; }).length;
    $('list-title').textContent = '';
    $('list-title').append('志愿者名单 ', Live.el('small', {
      text: 'Volunteers · ' + active + ' 在岗 active / ' + volunteers.length
    }));
  }

  // ---------- substitutions ----------

  function substitutes(s) {
    return volunteers.filter(function (v) {
      return v.active && v.id !== s.volunteerId && v.periods.indexOf(s.period) >= 0;
    });
  }

  function substitutionRow(s) {
    var when = dateText(s.serviceDate) + ' · ' + periodText(s.period);
    var children = [
      Live.el('div', { className: 'when', text: when }),
      Live.el('div', { text: '让出 Released by: ' + s.volunteerName })
    ];
    if (s.substituteId) {
      children.push(Live.el('div', { className: 'taken', 'data-fact': 'substitute', text: '已由 ' + s.substituteName + ' 接替 · Taken by ' + s.substituteName }));
    } else {
      var candidates = substitutes(s);
      if (!candidates.length) {
        children.push(Live.el('div', { className: 'open', text: '暂无可接替的在岗志愿者 · No active volunteer does this meal' }));
      } else {
        var select = Live.el('select', { name: 'substitute', 'aria-label': '接替者 Substitute' }, candidates.map(function (v) {
          return Live.el('option', { value: String(v.id), text: v.name + ' · ' + (TRANSPORT[v.transport] || v.transport) + ' · ' + v.boxCapacity + ' 箱' });
        }));
        children.push(Live.el('div', { className: 'assign' }, [
          select,
          button('assign', '安排接替 Assign', function (b) {
            var chosen = volunteers.filter(function (v) { return String(v.id) === select.value; })[0];
            act(b, function () {
              return Live.api('POST', '/api/substitutions/' + s.id + '/take', { volunteerId: Number(select.value) });
            }, function () { saved((chosen ? chosen.name : '') + ' 接替 takes ' + when); });
          }, { className: 'primary' })
        ]));
      }
    }
    return Live.el('article', {
      className: 'substitution' + (s.substituteId ? ' taken' : ' open'),
      'data-substitution-id': String(s.id),
      'data-volunteer-id': String(s.volunteerId)
    }, children);
  }

  function renderSubstitutions() {
    var list = $('substitutions');
    list.textContent = '';
    var open = substitutions.filter(function (s) { return !s.substituteId; });
    var taken = substitutions.filter(function (s) { return s.substituteId; });
    list.appendChild(Live.el('h3', { text: '待接替 Open (' + open.length + ')' }));
    if (!open.length) list.appendChild(Live.el('p', { className: 'muted', text: '没有待接替的班次 · No open releases' }));
    open.forEach(function (s) { list.appendChild(substitutionRow(s)); });
    if (taken.length) {
      list.appendChild(Live.el('h3', { text: '已安排 Covered (' + taken.length + ')' }));
      taken.forEach(function (s) { list.appendChild(substitutionRow(s)); });
    }
  }

  function refresh() {
    return Promise.all([
      Live.api('GET', '/api/canteens/' + canteenId + '/volunteers'),
      Live.api('GET', '/api/canteens/' + canteenId + '/substitutions')
    ]).then(function (answers) {
      volunteers = answers[0];
      substitutions = answers[1];
      renderVolunteers();
      renderSubstitutions();
    }, function (error) {
      showProblem($('message'), '加载失败 Could not load', error);
    });
  }

  // ---------- dialogs ----------

  function openVolunteer(v) {
    editing = v;
    var form = $('volunteer-form');
    form.reset();
    clearForm(form);
    $('volunteer-title').textContent = v ? '编辑志愿者 Edit volunteer — ' + v.name : '登记志愿者 Register a volunteer';
    $('v-phone-hint').hidden = !v;
    form.elements.phone.placeholder = v ? v.maskedPhone : '例如 13812345678';
    if (v) {
      form.elements.name.value = v.name;
      form.elements.boxCapacity.value = v.boxCapacity;
      form.elements.staffDriver.checked = v.staffDriver;
      form.querySelectorAll('input[name=periods]').forEach(function (box) { box.checked = v.periods.indexOf(box.value) >= 0; });
      form.querySelectorAll('input[name=transport]').forEach(function (radio) { radio.checked = radio.value === v.transport; });
    }
    $('volunteer-dialog').showModal();
    form.elements.name.focus();
  }

  function volunteerBody(form) {
    var boxes = form.elements.boxCapacity.value.trim();
    var transport = form.querySelector('input[name=transport]:checked');
    return {
      name: form.elements.name.value,
      phone: form.elements.phone.value.trim() || (editing ? null : ''),
      periods: Array.from(form.querySelectorAll('input[name=periods]:checked')).map(function (box) { return box.value; }),
      boxCapacity: boxes === '' ? 0 : Number(boxes),
      transport: transport ? transport.value : null,
      staffDriver: form.elements.staffDriver.checked
    };
  }

  $('volunteer-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    var body = volunteerBody(form);
    var v = editing;
    submit(form, function () {
      return v
        ? Live.api('PUT', '/api/volunteers/' + v.id, body)
        : Live.api('POST', '/api/canteens/' + canteenId + '/volunteers', body);
    }, function (view) { saved(view.name + (v ? ' 已更新 updated' : ' 已登记 registered')); });
  });

  function openSchedule(v) {
    editing = v;
    var form = $('schedule-form');
    clearForm(form);
    $('schedule-title').textContent = '每周排班 Weekly schedule — ' + v.name;
    var head = $('schedule-head');
    while (head.children.length > 1) head.lastChild.remove();
    PERIODS.forEach(function (p) { head.appendChild(Live.el('th', { scope: 'col', text: p[1] + ' ' + p[2] })); });
    var body = $('schedule-body');
    body.textContent = '';
    for (var day = 1; day <= 7; day++) {
      var row = Live.el('tr', {}, [Live.el('th', { scope: 'row', text: DAYS[day][0] + ' ' + DAYS[day][1] })]);
      PERIODS.forEach(function (p) {
        var box = Live.el('input', {
          type: 'checkbox',
          'data-day': String(day),
          'data-period': p[0],
          'aria-label': DAYS[day][0] + p[1] + ' ' + DAYS[day][1] + ' ' + p[2]
        });
        box.checked = v.weeklySchedule.some(function (s) { return s.dayOfWeek === day && s.period === p[0]; });
        box.disabled = v.periods.indexOf(p[0]) < 0;
        row.appendChild(Live.el('td', { className: box.disabled ? 'off' : '' }, [Live.el('label', { className: 'cell' }, [box])]));
      });
      body.appendChild(row);
    }
    $('schedule-dialog').showModal();
  }

  $('schedule-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var v = editing;
    var weekly = Array.from(event.target.querySelectorAll('input[data-day]:checked')).map(function (box) {
      return { dayOfWeek: Number(box.getAttribute('data-day')), period: box.getAttribute('data-period') };
    });
    submit(event.target, function () {
      return Live.api('PUT', '/api/volunteers/' + v.id + '/schedule', weekly);
    }, function () { saved(v.name + ' 的排班 schedule'); });
  });

  function openLogin(v) {
    editing = v;
    var form = $('login-form');
    form.reset();
    clearForm(form);
    $('login-title').textContent = '开通手机登录 Create a phone login — ' + v.name;
    $('login-dialog').showModal();
    form.elements.username.focus();
  }

  $('login-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    var v = editing;
    var body = { username: form.elements.username.value, password: form.elements.password.value };
    submit(form, function () {
      return Live.api('POST', '/api/volunteers/' + v.id + '/login', body);
    }, function (view) { saved(v.name + ' 可用 ' + view.username + ' 登录 · can sign in as ' + view.username); });
  });

  /** The volunteer's own scheduled meals in the coming weeks that are not released yet. */
  function releasable(v) {
    var today = parseDate(session.serviceDate);
    var options = [];
    for (var i = 0; i < RELEASE_DAYS; i++) {
      var date = new Date(today.getTime() + i * 86400000);
      var iso = isoDate(date);
      v.weeklySchedule
        .filter(function (s) { return s.dayOfWeek === isoWeekday(date); })
        .map(function (s) { return s.period; })
        .sort(byPeriod)
        .forEach(function (period) {
          var released = substitutions.some(function (s) {
            return s.volunteerId === v.id && s.serviceDate === iso && s.period === period;
          });
          if (!released) options.push({ value: iso + '|' + period, text: dateText(iso) + ' · ' + periodText(period) });
        });
    }
    return options;
  }

  function openRelease(v) {
    editing = v;
    var form = $('release-form');
    clearForm(form);
    $('release-title').textContent = '让出班次 Release a shift — ' + v.name;
    var select = form.elements.shift;
    select.textContent = '';
    releasable(v).forEach(function (o) { select.appendChild(Live.el('option', { value: o.value, text: o.text })); });
    $('release-dialog').showModal();
  }

  $('release-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var v = editing;
    var chosen = event.target.elements.shift.value.split('|');
    submit(event.target, function () {
      return Live.api('POST', '/api/volunteers/' + v.id + '/releases', { date: chosen[0] || null, period: chosen[1] || null });
    }, function (s) { saved(v.name + ' 让出 released ' + dateText(s.serviceDate) + ' · ' + periodText(s.period)); });
  });

  document.querySelectorAll('dialog [data-close]').forEach(function (b) {
    b.addEventListener('click', function () { b.closest('dialog').close(); });
  });
  document.querySelectorAll('.filter').forEach(function (b) {
    b.addEventListener('click', function () { filter = b.getAttribute('data-filter'); renderVolunteers(); });
  });
  $('register').addEventListener('click', function () { openVolunteer(null); });

  // ---------- start ----------

  Live.api('GET', '/api/live/me').then(function (me) {
    session = me;
    var asked = Live.param('canteenId');
    canteenId = asked ? Number(asked) : me.canteenId;
    manager = me.role === 'CANTEEN_MANAGER' || me.role === 'DISTRICT_ADMIN';
    if (!canteenId) {
      showMessage($('message'), '请在网址中加上 ?canteenId=食堂编号 · Add ?canteenId=<canteen id> to the address');
      $('volunteers').textContent = '';
      return null;
    }
    $('who').textContent = '食堂 Canteen #' + canteenId + ' · ' + me.username;
    $('role-note').hidden = manager;
    $('register').disabled = !manager;
    if (asked) {
      document.querySelectorAll('a[data-keep-canteen]').forEach(function (a) {
        a.href = a.getAttribute('href') + '?canteenId=' + encodeURIComponent(asked);
      });
    }
    return refresh();
  }).catch(function (error) {
    showProblem($('message'), '加载失败 Could not load', error);
  });
})();
