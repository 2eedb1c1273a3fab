// The supervisors' dashboard: figures of a division of the signed-in user's jurisdiction, drill-down from the
// region to a village, live updates over server-sent events (read with fetch, so the bearer token travels in a
// header and never in a URL).
(function () {
  'use strict';
  const LABELS = {
    zh: { title: '建档立卡统计监测', signIn: '登录', signInHelp: '粘贴访问令牌（deploy/local/token supervisor）。', logout: '退出',
      period: '统计期', knownAt: '截至记录时间', poorHouseholds: '贫困户', poorPeople: '贫困人口', incidence: '贫困发生率', exits: '本期脱贫户',
      reductionSpeed: '减贫速度', byChild: '下级贫困人口', causes: '致贫原因', status: '户状态', relapse: '返贫申请（按步骤）',
      division: '区划', households: '户数', rural: '农村人口（入户调查）', suppressed: '<5', live: '实时', offline: '离线', cycle: '动态更新周期', noCycle: '暂无更新周期',
      reviewed: '已更新户', notReviewed: '未更新户', overdue: '截止日期' },
    en: { title: 'Register dashboard', signIn: 'Sign in', signInHelp: 'Paste an access token (deploy/local/token supervisor).', logout: 'Sign out',
      period: 'Period', knownAt: 'As known at', poorHouseholds: 'Poor households', poorPeople: 'Poor population', incidence: 'Incidence', exits: 'Exits in period',
      reductionSpeed: 'Reduction speed', byChild: 'Poor population by division', causes: 'Causes of poverty', status: 'Households by status',
      relapse: 'Relapse cases by step', division: 'Division', households: 'Households', rural: 'Rural population (surveyed)', suppressed: '<5',
      live: 'live', offline: 'offline', cycle: 'Update cycle', noCycle: 'No update cycle yet',
      reviewed: 'Reviewed', notReviewed: 'Not reviewed', overdue: 'Deadline' }
  };
  let lang = 'zh';
  let token = null;
  let current = null;      // division code shown
  let trail = [];          // breadcrumb [{code, name}]
  let stream = null;       // AbortController of the live subscription
  let lastView = null;
  const charts = {};
  const $ = (id) => document.getElementById(id);
  const t = (key) => LABELS[lang][key] || key;

  function readToken() {
    const m = /[#&]token=([^&]+)/.exec(location.hash);
    if (m) {
      sessionStorage.setItem('jiandang.token', decodeURIComponent(m[1]));
      history.replaceState(null, '', location.pathname);
    }
    return sessionStorage.getItem('jiandang.token');
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token } });
    if (response.status === 401) { showLogin('401'); throw new Error('unauthorised'); }
    if (!response.ok) { throw new Error(path + ': ' + response.status); }
    return response.json();
  }

  function showLogin(message) {
    $('dashboard').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = message || '';
  }

  async function start() {
    token = readToken();
    if (!token) { showLogin(); return; }
    const me = await api('/api/me');
    $('login').hidden = true;
    $('dashboard').hidden = false;
    trail = [{ code: me.divisionCode, name: me.divisionName }];
    await show(me.divisionCode, me.divisionName);
  }

  async function show(code, name) {
    current = code;
    const at = trail.findIndex((d) => d.code === code);
    if (at >= 0) { trail = trail.slice(0, at + 1); } else { trail.push({ code, name }); }
    renderBreadcrumb();
    $('division-name').textContent = name;
    const children = await api('/api/divisions/' + code + '/children');
    const list = $('children');
    list.innerHTML = '';
    children.forEach((c) => {
      const li = document.createElement('li');
      li.className = 'child-link';
      li.dataset.code = c.code;
      li.textContent = c.name;
      li.onclick = () => show(c.code, c.name);
      list.appendChild(li);
    });
    render(await api('/api/statistics?division=' + code + periodParam()));
    subscribe(code);
    cycles(code).catch((e) => console.warn(e));
  }

  // the open (or latest) update cycle's completeness for this division and the divisions below it
  async function cycles(code) {
    const all = await api('/api/update-cycles');
    const box = $('cycle');
    if (!all.length) { box.textContent = t('noCycle'); return; }
    const cycle = all.find((c) => c.state === 'OPEN') || all[all.length - 1];
    const rows = await api('/api/update-cycles/' + cycle.id + '/completeness?division=' + code);
    box.innerHTML = '';
    const h = document.createElement('h4');
    h.textContent = t('cycle') + ' ' + cycle.id + ' (' + cycle.state + ')' + (cycle.snapshot ? ' SHA-256 ' + cycle.snapshot.hash.slice(0, 12) + '…' : '');
    box.appendChild(h);
    const table = document.createElement('table');
    table.innerHTML = '<tr><th>' + [t('division'), t('poorHouseholds'), t('reviewed'), t('notReviewed'), t('overdue')].join('</th><th>') + '</th></tr>';
    rows.forEach((r) => {
      const tr = document.createElement('tr');
      [r.name, r.registeredHouseholds, r.reviewed, r.notReviewed, r.overdue ? '⚠ ' + r.deadline : r.deadline]
        .forEach((v) => { const td = document.createElement('td'); td.textContent = v; tr.appendChild(td); });
      table.appendChild(tr);
    });
    box.appendChild(table);
  }

  // the period's figures are "as at" its last day; "known at" (optional) shows them as recorded by that time
  function periodParam() {
    const p = $('period').value.trim();
    const k = $('known-at').value;
    return (p ? '&period=' + encodeURIComponent(p) : '') + (k ? '&knownAt=' + encodeURIComponent(new Date(k).toISOString()) : '');
  }

  function renderBreadcrumb() {
    const b = $('breadcrumb');
    b.innerHTML = '';
    trail.forEach((d, i) => {
      const a = document.createElement('span');
      a.className = 'child-link';
      a.textContent = d.name;
      a.onclick = () => show(d.code, d.name);
      b.appendChild(a);
      if (i < trail.length - 1) { b.appendChild(document.createTextNode(' › ')); }
    });
  }

  function shown(value, percent) {
    if (value === null || value === undefined) { return t('suppressed'); }
    return percent ? (value * 100).toFixed(2) + '%' : String(value);
  }

  function render(view) {
    lastView = view;
    if (!$('period').value) { $('period').value = view.period; }
    const d = view.division;
    $('poor-households').textContent = shown(d.poorHouseholds);
    $('poor-people').textContent = shown(d.poorPeople);
    $('incidence').textContent = d.incidence === null && !d.suppressed ? '–' : shown(d.incidence, true);
    $('exits').textContent = shown(d.exitHouseholds);
    $('reduction-speed').textContent = d.reductionSpeed === null && !d.suppressed ? '–' : shown(d.reductionSpeed, true);
    bar('children-chart', t('byChild'), view.children.map((c) => c.name), view.children.map((c) => c.poorPeople));
    pie('causes-chart', t('causes'), view.causes);
    pie('status-chart', t('status'), view.householdsByStatus);
    bar('relapse-chart', t('relapse'), Object.keys(view.relapseCasesByStep), Object.values(view.relapseCasesByStep));
    table(view);
    $('notes').textContent = Object.values(view.notes).join(' · ');
    const base = '/api/tables/divisions.';
    $('export-csv').onclick = (e) => { e.preventDefault(); download(base + 'csv?division=' + current + periodParam(), 'divisions.csv'); };
    $('export-xlsx').onclick = (e) => { e.preventDefault(); download(base + 'xlsx?division=' + current + periodParam(), 'divisions.xlsx'); };
  }

  async function download(path, name) {
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token } });
    const blob = await response.blob();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
  }

  function table(view) {
    $('children-table').querySelector('thead').innerHTML = '<tr><th>' + [t('division'), t('households'), t('poorHouseholds'),
      t('poorPeople'), t('rural'), t('incidence'), t('exits')].join('</th><th>') + '</th></tr>';
    const body = $('children-table').querySelector('tbody');
    body.innerHTML = '';
    view.children.forEach((c) => {
      const tr = document.createElement('tr');
      tr.dataset.code = c.code;
      [c.name, shown(c.households), shown(c.poorHouseholds), shown(c.poorPeople), shown(c.ruralPopulation),
        c.incidence === null && !c.suppressed ? '–' : shown(c.incidence, true), shown(c.exitHouseholds)]
        .forEach((v) => { const td = document.createElement('td'); td.textContent = v; tr.appendChild(td); });
      body.appendChild(tr);
    });
  }

  function chart(id) {
    if (!charts[id]) { charts[id] = echarts.init($(id)); }
    return charts[id];
  }

  function bar(id, title, names, values) {
    chart(id).setOption({ title: { text: title, textStyle: { fontSize: 14 } }, tooltip: {},
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 30, fontSize: 10 } }, yAxis: { type: 'value' },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#c62828' } }] }, true);
  }

  function pie(id, title, counts) {
    const data = Object.entries(counts || {}).filter(([, v]) => v !== null).map(([name, value]) => ({ name, value }));
    chart(id).setOption({ title: { text: title, textStyle: { fontSize: 14 } }, tooltip: {},
      series: [{ type: 'pie', radius: '55%', data }] }, true);
  }

  async function subscribe(code) {
    if (stream) { stream.abort(); }
    const controller = new AbortController();
    stream = controller;
    try {
      const response = await fetch('/api/live/figures?division=' + code + periodParam(),
        { headers: { Authorization: 'Bearer ' + token, Accept: 'text/event-stream' }, signal: controller.signal });
      $('live-state').textContent = '● ' + t('live');
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) { break; }
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = message.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('\n');
          // live figures are "as known now": a page showing an earlier "known at" keeps its figures
          if (data && code === current && !$('known-at').value) { render(JSON.parse(data)); }
        }
      }
    } catch (e) {
      if (e.name !== 'AbortError') { $('live-state').textContent = '○ ' + t('offline'); }
    }
  }

  function applyLanguage() {
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    $('language').textContent = lang === 'zh' ? 'English' : '中文';
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (lastView) { render(lastView); }
  }

  $('language').onclick = () => { lang = lang === 'zh' ? 'en' : 'zh'; applyLanguage(); };
  $('logout').onclick = () => { sessionStorage.removeItem('jiandang.token'); if (stream) { stream.abort(); } showLogin(); };
  $('login-button').onclick = () => {
    sessionStorage.setItem('jiandang.token', $('login-token').value.trim());
    start().catch((e) => { $('login-error').textContent = e.message; });
  };
  $('period').onchange = () => { if (current) { show(current, trail[trail.length - 1].name); } };
  $('known-at').onchange = $('period').onchange;
  start().catch((e) => { console.error(e); });
}());
