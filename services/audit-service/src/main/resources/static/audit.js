// The audit page: calls the audit service's REST API with the pasted bearer token and shows the answers.
(function () {
  const $ = (id) => document.getElementById(id);
  const text = (value) => (value === null || value === undefined ? '' : String(value));

  function params(entries) {
    const search = new URLSearchParams();
    entries.forEach(([name, value]) => { if (value) { search.append(name, value); } });
    const query = search.toString();
    return query ? '?' + query : '';
  }

  async function call(path, asBlob) {
    $('problem').hidden = true;
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + $('token').value.trim() } });
    if (!response.ok) {
      let detail = response.status + ' ' + response.statusText;
      try {
        const problem = await response.json();
        detail = `${problem.status} ${problem.title || ''}: ${problem.detail || ''}` + (problem.rule ? ` (rule ${problem.rule})` : '')
          + (problem.code ? ` (code ${problem.code})` : '');
      } catch (ignored) { /* not a problem document */ }
      $('problem').textContent = detail;
      $('problem').hidden = false;
      throw new Error(detail);
    }
    return asBlob ? response.blob() : response.json();
  }

  function household() {
    return encodeURIComponent($('household').value.trim());
  }

  function show(title, value) {
    $('result-title').textContent = title;
    $('timeline').hidden = true;
    $('output').textContent = JSON.stringify(value, null, 2);
  }

  async function timeline() {
    const kinds = $('kind').value.split(',').map((k) => k.trim()).filter((k) => k);
    const query = params([...kinds.map((k) => ['kind', k]), ['from', $('from').value], ['to', $('to').value]]);
    const answer = await call(`/api/households/${household()}/timeline${query}`);
    $('result-title').textContent = `Timeline of ${answer.householdId} (village ${answer.divisionCode}), ${answer.entries.length} facts`;
    const body = $('timeline').querySelector('tbody');
    body.replaceChildren();
    answer.entries.forEach((entry, index) => {
      const row = document.createElement('tr');
      row.className = entry.kind;
      const actor = entry.actor ? `${entry.actor.id} (${entry.actor.role}, ${text(entry.actor.level)} ${text(entry.actor.jurisdiction)})` : 'system';
      const rule = Object.entries(entry.ruleVersion || {}).map(([k, v]) => `${k} ${v}`).join(', ');
      [index + 1, entry.recordedAt, entry.businessDate, entry.kind, entry.name, actor, rule, (entry.evidence || []).join('; ')]
        .forEach((cell) => {
          const td = document.createElement('td');
          td.textContent = text(cell);
          row.appendChild(td);
        });
      row.title = JSON.stringify(entry.body, null, 2);
      body.appendChild(row);
    });
    $('timeline').hidden = false;
    $('output').textContent = '';
  }

  async function asOf() {
    const query = params([['date', $('date1').value], ['knownAt', $('knownAt1').value]]);
    show('As-of state', await call(`/api/households/${household()}/as-of${query}`));
  }

  async function difference() {
    const query = params([['date1', $('date1').value], ['knownAt1', $('knownAt1').value],
      ['date2', $('date2').value], ['knownAt2', $('knownAt2').value]]);
    const answer = await call(`/api/households/${household()}/as-of/difference${query}`);
    show(`Difference: ${answer.changes.length} fields changed`, answer.changes);
  }

  async function verify() {
    show('Chain verification', await call(`/api/households/${household()}/verification`));
  }

  async function dossier() {
    const blob = await call(`/api/archive/households/${household()}/dossier`, true);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `dossier-${$('household').value.trim()}.zip`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  const guard = (action) => () => action().catch(() => { /* shown in the problem box */ });
  $('show-timeline').addEventListener('click', guard(timeline));
  $('show-asof').addEventListener('click', guard(asOf));
  $('show-diff').addEventListener('click', guard(difference));
  $('verify').addEventListener('click', guard(verify));
  $('dossier').addEventListener('click', guard(dossier));
})();
