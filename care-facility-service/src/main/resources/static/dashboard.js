// Care dashboard: plain JS, charts by the kernel's charts.js (uPlot, canvas only: a facility's name is drawn as text,
// never as HTML), each chart with its numbers in a table. Chinese by default, English on request.
(function () {
  'use strict';

  const TEXT = {
    zh: {
      title: '养老机构管理看板', facility: '机构', allFacilities: '全部机构', logout: '退出', district: '全区概况',
      facilities: '机构数', districtCertRate: '持证率（目标100%）', csv: '导出 CSV', occupancyNow: '当前入住情况',
      occupancyHistory: '近12个月入住率', vacancyFinder: '空床查找', find: '查找空床', certification: '护理员持证情况',
      expiries: '证书即将到期（90/60/30天提醒）', ratings: '等级评定及有效期', bedType: '床位类型', beds: '床位',
      occupied: '在住', reserved: '预留', vacant: '空床', outOfService: '停用', rate: '比率', districtName: '区县',
      room: '房间', bed: '床位', activeCaregivers: '在岗护理员', certified: '持证', status: '状态', missing: '未持证人员',
      name: '姓名', certificate: '证书', number: '编号', validUntil: '有效期至', daysLeft: '剩余天数', band: '提醒',
      star: '星级', leaf: '叶级', 'bed.STANDARD': '普通床位', 'bed.COGNITIVE_CARE': '认知障碍照护床位',
      'bed.HOME_CARE': '家庭养老床位', 'bed.ALL': '全部机构床位', meets: '达标', below: '未达标', none: '无',
      noCaregivers: '无在岗护理员', found: n => '找到 ' + n + ' 张空床', notFound: '没有符合条件的空床',
      'kind.CAREGIVER_CERTIFICATE': '养老护理员证书', 'kind.HEALTH_CERTIFICATE': '健康证明',
      bandText: d => d + '天内到期', expiresIn: d => '剩 ' + d + ' 天', unrated: '未评级', expired: '已过期',
      ratingsChart: '机构等级分布', occupancyRate: '入住率 %', role: { CARE_MANAGER: '机构管理员', DISTRICT_ADMIN: '区级管理员' },
      loadFailed: '数据加载失败：', switchTo: 'English', assessmentsDue: '能力评估到期/逾期', resident: '老人',
      lastAssessed: '上次评估', dueOn: '应评日期', cause: '原因', noneDue: '无到期评估',
      'cause.NEVER_ASSESSED': '尚未按新国标评估', 'cause.INTERVAL': '到期复评', 'cause.EVENT': '风险事件或状况变化',
      overdue: '逾期', never: '从未', 'tab.district': '概况', 'tab.occupancy': '入住', 'tab.vacancy': '空床',
      'tab.caregivers': '护理员', 'tab.ratings': '等级评定', 'tab.assessments': '能力评估', 'tab.safety': '安全与提醒',
      alerts: '待处理提醒', alertKind: '类型', message: '内容', raisedAt: '发出时间', noAlerts: '没有待处理的提醒',
      acknowledge: '已处理', 'alert.STAFFING': '排班不足', 'alert.WANDERING_EXIT': '走失风险出门',
      safety: 'GB 38600 安全风险与事件', openAlerts: '待处理提醒', unassessedRisks: '未评估风险项',
      residentsWithTasks: '待评估老人', openIncidents: '未关闭事件',
      chartHint: '数字见图下表格', level: '等级', levelOf: l => l + ' 级', occupancyChart: '各机构床位（不含家庭养老床位）',
      month: '月份', total: '合计', noData: '暂无数据', historyChart: '每月入住率（按床位类型）', auditLog: '审计日志'
    },
    en: {
      title: 'Care facilities dashboard', facility: 'Facility', allFacilities: 'All facilities', logout: 'Sign out',
      district: 'District overview', facilities: 'Facilities', districtCertRate: 'Certification rate (target 100%)',
      csv: 'Export CSV', occupancyNow: 'Occupancy now', occupancyHistory: 'Occupancy, last 12 months',
      vacancyFinder: 'Find a vacant bed', find: 'Find vacant beds', certification: 'Caregiver certification',
      expiries: 'Certificates expiring (90/60/30-day alerts)', ratings: 'Ratings and their expiry', bedType: 'Bed type',
      beds: 'Beds', occupied: 'Occupied', reserved: 'Reserved', vacant: 'Vacant', outOfService: 'Out of service',
      rate: 'Rate', districtName: 'District', room: 'Room', bed: 'Bed', activeCaregivers: 'Active caregivers',
      certified: 'Certified', status: 'Status', missing: 'Without a valid certificate', name: 'Name',
      certificate: 'Certificate', number: 'Number', validUntil: 'Valid until', daysLeft: 'Days left', band: 'Alert',
      star: 'Star', leaf: 'Leaf', 'bed.STANDARD': 'Standard', 'bed.COGNITIVE_CARE': 'Cognitive care',
      'bed.HOME_CARE': 'Home care', 'bed.ALL': 'All institutional beds', meets: 'meets target', below: 'below target',
      none: 'none', noCaregivers: 'no active caregivers', found: n => n + ' vacant bed(s) found',
      notFound: 'No vacant bed matches', 'kind.CAREGIVER_CERTIFICATE': 'Caregiver certificate',
      'kind.HEALTH_CERTIFICATE': 'Health certificate', bandText: d => 'expires within ' + d + ' days',
      expiresIn: d => d + ' days left', unrated: 'unrated', expired: 'expired', ratingsChart: 'Facilities by rating level',
      occupancyRate: 'Occupancy %', role: { CARE_MANAGER: 'care manager', DISTRICT_ADMIN: 'district administrator' },
      loadFailed: 'Loading failed: ', switchTo: '中文', assessmentsDue: 'Ability assessments due or overdue',
      resident: 'Resident', lastAssessed: 'Last assessed', dueOn: 'Due on', cause: 'Cause', noneDue: 'No assessment due',
      'cause.NEVER_ASSESSED': 'never assessed under GB/T 42195-2022', 'cause.INTERVAL': 'interval passed',
      'cause.EVENT': 'event or change of condition', overdue: 'overdue', never: 'never', 'tab.district': 'Overview',
      'tab.occupancy': 'Occupancy', 'tab.vacancy': 'Vacant beds', 'tab.caregivers': 'Caregivers', 'tab.ratings': 'Ratings',
      'tab.assessments': 'Assessments', 'tab.safety': 'Safety & alerts', alerts: 'Open alerts', alertKind: 'Kind',
      message: 'Message', raisedAt: 'Raised', noAlerts: 'No open alert', acknowledge: 'Done',
      'alert.STAFFING': 'Staffing', 'alert.WANDERING_EXIT': 'Exit, wandering risk',
      safety: 'GB 38600 safety risks and incidents', openAlerts: 'Open alerts', unassessedRisks: 'Risks not assessed',
      residentsWithTasks: 'Residents to assess', openIncidents: 'Open incidents',
      chartHint: 'figures in the table below the chart', level: 'Level', levelOf: l => 'Level ' + l,
      occupancyChart: 'Beds by facility (home-care beds not included)', month: 'Month', total: 'Total', noData: 'No data',
      historyChart: 'Occupancy month by month, by bed type', auditLog: 'Audit log'
    }
  };

  const state = { lang: localStorage.getItem('care.lang') || 'zh', facilityId: '', data: {} };
  const $ = sel => document.querySelector(sel);
  const t = key => { const v = TEXT[state.lang][key]; return v === undefined ? key : v; };

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach(c => {
      if (c instanceof Node) { const td = el('td'); td.appendChild(c); tr.appendChild(td); }
      else if (typeof c === 'number') tr.appendChild(el('td', c, 'num'));
      else tr.appendChild(el('td', c === null || c === undefined ? '' : c));
    });
    return tr;
  }

  function fill(table, rows) {
    const body = document.querySelector(table + ' tbody');
    body.replaceChildren(...rows);
  }

  const pct = v => (v === null || v === undefined) ? '–' : Number(v).toFixed(1) + '%';

  function query(extra) {
    const params = new URLSearchParams(extra || {});
    if (state.facilityId) params.set('facilityId', state.facilityId);
    const s = params.toString();
    return s ? '?' + s : '';
  }

  async function get(path) {
    const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) { location.href = '/login'; throw new Error('not signed in'); }
    if (!response.ok) {
      let message = response.status + '';
      try { const p = await response.json(); message = state.lang === 'zh' ? p.messageZh : p.messageEn; } catch (e) { /* not json */ }
      throw new Error(message);
    }
    return response.json();
  }

  function translateStatic() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title') + (state.lang === 'zh' ? ' · Care dashboard' : '');
    document.querySelectorAll('[data-i18n]').forEach(node => { node.textContent = t(node.dataset.i18n); });
    $('#lang-switch').textContent = t('switchTo');
    $('#lang-switch').lang = state.lang === 'zh' ? 'en' : 'zh-CN';
    document.querySelectorAll('a.csv[data-csv]').forEach(a => { a.href = a.dataset.csv + query(); });
  }

  /**
   * One part of the dashboard at a time, chosen in the contents bar (and kept in the address, so a link or a reload
   * opens the same part): a district with many facilities would otherwise make one page thousands of pixels long.
   */
  function showTab(tab) {
    const links = [...document.querySelectorAll('#toc a[data-tab]')];
    const chosen = links.some(a => a.dataset.tab === tab) ? tab : 'district';
    links.forEach(a => {
      const on = a.dataset.tab === chosen;
      a.classList.toggle('active', on);
      if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    });
    document.querySelectorAll('main > section[data-tab]').forEach(s => { s.hidden = s.dataset.tab !== chosen; });
    document.body.dataset.tab = chosen;
    // a chart drawn while its section was hidden has no size yet
    if (window.XingfuCharts) XingfuCharts.resizeAll();
  }

  function tabOfHash() {
    const section = location.hash ? document.getElementById(location.hash.substring(1)) : null;
    return section && section.dataset.tab ? section.dataset.tab : 'district';
  }

  function chart(id, spec) {
    if (!window.XingfuCharts) return;
    XingfuCharts.draw(document.getElementById(id), Object.assign({ tableHint: t('chartHint'), emptyText: t('noData') }, spec));
  }

  function renderDistrict() {
    const d = state.data.district;
    if (!d) return;
    $('#card-facilities').textContent = d.facilities;
    d.beds.forEach(b => { const c = $('#card-beds-' + b.bedType); if (c) c.textContent = b.beds; });
    $('#card-cert-rate').textContent = pct(d.certification.ratePercent);
    chart('chart-stars', {
      kind: 'grouped', title: t('ratingsChart'), categoryHeading: t('level'),
      categories: d.stars.map(l => l.level == null ? t('unrated') : t('levelOf')(l.level)),
      series: [
        { label: t('star'), values: d.stars.map(l => l.facilities), color: '#b35900' },
        { label: t('leaf'), values: d.leaves.map(l => l.facilities), color: '#1c6b3a' }
      ]
    });
  }

  function renderOccupancy() {
    const rows = state.data.occupancy || [];
    fill('#occupancy-table', rows.map(r => {
      const tr = row([r.facilityName, t('bed.' + r.bedType), r.beds, r.occupied, r.reserved, r.vacant, r.outOfService, pct(r.ratePercent)]);
      tr.dataset.facilityId = r.facilityId; tr.dataset.bedType = r.bedType;
      return tr;
    }));
    // one bar per facility; home-care beds are in the seniors' own homes, not part of a facility's capacity
    const ids = [...new Set(rows.map(r => r.facilityId))];
    const nameOf = id => rows.find(r => r.facilityId === id).facilityName;
    const sum = (id, field) => rows.filter(r => r.facilityId === id && r.bedType !== 'HOME_CARE').reduce((s, r) => s + r[field], 0);
    chart('chart-occupancy', {
      kind: 'stacked', title: t('occupancyChart'), categoryHeading: t('facility'), totalHeading: t('total'),
      categories: ids.map(nameOf),
      series: [
        { label: t('occupied'), values: ids.map(id => sum(id, 'occupied')), color: '#1c6b3a' },
        { label: t('reserved'), values: ids.map(id => sum(id, 'reserved')), color: '#b35900' },
        { label: t('vacant'), values: ids.map(id => sum(id, 'vacant')), color: '#1f5fa8' }
      ]
    });
  }

  function renderHistory() {
    const points = state.data.history || [];
    const months = [...new Set(points.map(p => p.month))];
    const types = ['STANDARD', 'COGNITIVE_CARE', null];
    chart('chart-history', {
      kind: 'lines', title: t('historyChart'), categoryHeading: t('month'), categories: months,
      yMax: 100, yLabel: t('occupancyRate'), axisFormat: v => v + '%', format: pct,
      series: types.map((type, i) => ({
        label: t('bed.' + (type || 'ALL')),
        color: ['#1f5fa8', '#b35900', '#6a3d9a'][i],
        values: months.map(m => {
          const ps = points.filter(p => p.month === m && (p.bedType || null) === type);
          const occ = ps.reduce((s, p) => s + p.occupiedBedDays, 0), avail = ps.reduce((s, p) => s + p.availableBedDays, 0);
          return avail ? Math.round(occ * 1000 / avail) / 10 : null;
        })
      }))
    });
  }

  function renderVacancies() {
    const v = state.data.vacancies;
    if (!v) return;
    $('#vacancy-result').textContent = v.length ? t('found')(v.length) : t('notFound');
    $('#vacancy-table').hidden = v.length === 0;
    fill('#vacancy-table', v.map(b => {
      const tr = row([b.facilityName, b.district, t('bed.' + b.bedType), b.roomNumber || '–', b.bedLabel]);
      tr.dataset.bedId = b.bedId;
      return tr;
    }));
  }

  function renderCertification() {
    const report = state.data.certification;
    if (!report) return;
    const all = report.facilities.concat(state.facilityId ? [] : [report.total]);
    fill('#certification-table', all.map(s => {
      const status = s.activeCaregivers === 0 ? el('span', t('noCaregivers'), 'badge')
        : el('span', s.meetsTarget ? t('meets') : t('below'), 'badge ' + (s.meetsTarget ? 'ok' : 'bad'));
      const names = s.missing.length ? s.missing.map(m => m.name).join('、') : t('none');
      const tr = row([s.facilityName, s.activeCaregivers, s.certifiedCaregivers, pct(s.ratePercent), status, names]);
      if (s.facilityId === null || s.facilityId === undefined) tr.className = 'total';
      return tr;
    }));
  }

  function renderExpiries() {
    const alerts = state.data.expiries || [];
    const names = {};
    (state.data.me ? state.data.me.facilities : []).forEach(f => { names[f.id] = f.name; });
    fill('#expiry-table', alerts.map(a => {
      const badge = el('span', t('bandText')(a.leadDays), 'badge ' + (a.leadDays <= 30 ? 'bad' : 'warn'));
      const tr = row([a.staffName, names[a.facilityId] || '', t('kind.' + a.kind), a.certificateNumber, a.validUntil, a.daysLeft, badge]);
      tr.dataset.staffId = a.staffId;
      return tr;
    }));
  }

  function ratingCell(r) {
    return state.lang === 'zh' ? r.labelZh : r.labelEn;
  }

  function until(r) {
    if (!r.validUntil) return '–';
    if (r.expired) return r.validUntil + ' (' + t('expired') + ')';
    return r.validUntil + (r.daysToExpiry !== null && r.daysToExpiry !== undefined ? ' (' + t('expiresIn')(r.daysToExpiry) + ')' : '');
  }

  function renderRatings() {
    fill('#ratings-table', (state.data.ratings || []).map(r =>
      row([r.facilityName, ratingCell(r.star), until(r.star), ratingCell(r.leaf), until(r.leaf)])));
  }

  function renderAssessments() {
    const due = state.data.assessments || [];
    $('#assessment-none').hidden = due.length > 0;
    fill('#assessment-table', due.map(a => {
      const cause = el('span', t('cause.' + a.cause) + (a.overdue ? ' · ' + t('overdue') : ''), 'badge ' + (a.overdue ? 'bad' : 'warn'));
      return row([a.facilityName, a.residentName, a.lastAssessedOn || t('never'), a.dueOn, cause]);
    }));
  }

  function facilityName(id) {
    const f = (state.data.me ? state.data.me.facilities : []).find(x => x.id === id);
    return f ? f.name : '';
  }

  function renderAlerts() {
    const open = state.data.alerts || [];
    $('#alert-none').hidden = open.length > 0;
    fill('#alert-table', open.map(a => {
      const button = el('button', t('acknowledge'), 'ack');
      button.type = 'button';
      button.addEventListener('click', () => acknowledge(a.id));
      const when = new Date(a.raisedAt).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' });
      const kind = el('span', t('alert.' + a.kind), 'badge bad');
      const tr = row([kind, facilityName(a.facilityId), state.lang === 'zh' ? a.messageZh : a.messageEn, when, button]);
      tr.dataset.alertId = a.id;
      return tr;
    }));
  }

  function renderSafety() {
    fill('#safety-table', (state.data.safety || []).map(s => {
      const tr = row([s.facilityName, s.openAlerts, s.unassessedRisks, s.residentsWithOpenTasks, s.openIncidents]);
      tr.dataset.facilityId = s.facilityId;
      return tr;
    }));
  }

  function cookie(name) {
    const found = document.cookie.split('; ').find(c => c.startsWith(name + '='));
    return found ? decodeURIComponent(found.substring(name.length + 1)) : '';
  }

  async function acknowledge(id) {
    const response = await fetch('/api/alerts/' + id + '/acknowledge', {
      method: 'POST', credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') }
    });
    if (!response.ok) {
      let message = response.status + '';
      try { const p = await response.json(); message = state.lang === 'zh' ? p.messageZh : p.messageEn; } catch (e) { /* not json */ }
      $('#error').textContent = t('loadFailed') + message;
      $('#error').hidden = false;
    }
    await refreshSafety();
  }

  /**
   * Alerts are live (a shift breach or a door passed a minute ago): the safety part fetches them again each time it
   * is opened and every minute while it is shown, not only when the page was loaded.
   */
  async function refreshSafety() {
    try {
      const [alerts, safety] = await Promise.all([get('/api/dashboard/alerts' + query()), get('/api/dashboard/safety' + query())]);
      Object.assign(state.data, { alerts, safety });
      renderAlerts(); renderSafety();
    } catch (e) {
      $('#error').textContent = t('loadFailed') + e.message;
      $('#error').hidden = false;
    }
  }

  function renderAll() {
    translateStatic();
    if (state.data.me) {
      const me = state.data.me;
      $('#who').textContent = me.displayName + ' · ' + (t('role')[me.role] || me.role);
      // the audit log is the district's (the API refuses anyone else), so only its administrators are shown the way
      $('#audit-link').hidden = me.role !== 'DISTRICT_ADMIN';
    }
    renderDistrict(); renderOccupancy(); renderHistory(); renderVacancies();
    renderCertification(); renderExpiries(); renderRatings(); renderAssessments(); renderAlerts(); renderSafety();
  }

  async function findVacancies() {
    const type = $('#vacancy-type').value;
    $('#vacancy-csv').href = '/api/dashboard/vacancies.csv' + query({ type });
    state.data.vacancies = await get('/api/dashboard/vacancies' + query({ type }));
    renderVacancies();
  }

  async function load() {
    document.body.dataset.loaded = 'false';
    $('#error').hidden = true;
    try {
      const [district, occupancy, history, certification, expiries, ratings, assessments, alerts, safety] = await Promise.all([
        get('/api/dashboard/district'),
        get('/api/dashboard/occupancy' + query()),
        get('/api/dashboard/occupancy/history' + query()),
        get('/api/dashboard/certification' + query()),
        get('/api/dashboard/expiries' + query()),
        get('/api/dashboard/ratings' + query()),
        get('/api/dashboard/assessments' + query()),
        get('/api/dashboard/alerts' + query()),
        get('/api/dashboard/safety' + query())
      ]);
      Object.assign(state.data, { district, occupancy, history, certification, expiries, ratings, assessments, alerts, safety });
      renderAll();
      await findVacancies();
    } catch (e) {
      $('#error').textContent = t('loadFailed') + e.message;
      $('#error').hidden = false;
    }
    document.body.dataset.loaded = 'true';
  }

  async function start() {
    translateStatic();
    try {
      state.data.me = await get('/api/dashboard/me');
    } catch (e) {
      $('#error').textContent = t('loadFailed') + e.message;
      $('#error').hidden = false;
      return;
    }
    const select = $('#facility');
    state.data.me.facilities.forEach(f => {
      const option = el('option', f.name); option.value = f.id; select.appendChild(option);
    });
    select.addEventListener('change', () => { state.facilityId = select.value; load(); });
    $('#lang-switch').addEventListener('click', () => {
      state.lang = state.lang === 'zh' ? 'en' : 'zh';
      localStorage.setItem('care.lang', state.lang);
      renderAll();
    });
    $('#vacancy-form').addEventListener('submit', ev => { ev.preventDefault(); findVacancies(); });
    document.querySelectorAll('#toc a[data-tab]').forEach(a => a.addEventListener('click', ev => {
      ev.preventDefault();
      history.replaceState(null, '', a.getAttribute('href'));
      showTab(a.dataset.tab);
      if (a.dataset.tab === 'safety' && document.body.dataset.loaded === 'true') refreshSafety();
    }));
    showTab(tabOfHash());
    setInterval(() => {
      if (document.body.dataset.tab === 'safety' && !document.hidden && document.body.dataset.loaded === 'true') refreshSafety();
    }, 60000);
    await load();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
