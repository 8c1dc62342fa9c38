// The profile page of one pair: overview, an interactive timeline (vis-timeline), charts
// (Chart.js), tables of records, conflicts highlighted, and an evidence panel that every record
// opens. Untrusted text is written with textContent only; timeline items get DOM elements, not
// HTML strings.
'use strict';

const TYPES = ['VISIT', 'MEETING', 'CALL', 'CONSULTATION', 'SIGNING', 'AID'];
const COLORS = {VISIT: '#1f77b4', MEETING: '#2ca02c', CALL: '#9467bd', CONSULTATION: '#ff7f0e', SIGNING: '#d62728', AID: '#8c564b'};

function label(key) { return String(key || '').replace(/_/g, ' '); }

function participants(e) {
  if (!e.participants || !e.participants.length) return 'participants not named';
  return e.participants.map(p => p.name + (p.country || p.office ? ' (' + [p.country, p.office].filter(Boolean).join(', ') + ')' : '')).join('; ');
}

function place(e) {
  return e.place ? [e.place.city, e.place.country].filter(Boolean).join(', ') || 'place not stated' : 'place not stated';
}

function eventLine(e) {
  return (e.start || 'undated') + ' ' + e.type + (e.subtype ? ' (' + e.subtype + ')' : '')
      + (e.source && e.target ? ', ' + e.source + ' → ' + e.target : '');
}

/** Start and end Dates of a partial ISO date ("2023", "2023-12", "2023-12-08"). */
function dateRange(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const start = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
  const end = d ? new Date(Date.UTC(y, m - 1, d + 1)) : m ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y + 1, 0, 1));
  return {start, end};
}

function showEvidence(title, details, evidence, sources) {
  const panel = document.getElementById('evidence');
  const bySource = new Map((sources || []).map(s => [s.article, s]));
  const items = (evidence || []).map(ev => {
    const src = bySource.get(ev.article);
    return el('li', {class: 'evidence-item'}, [
      el('blockquote', {class: 'evidence-text', text: ev.text}),
      el('div', {class: 'muted'}, [
        (src ? '[' + src.number + '] ' + (src.title || ev.article) + (src.published ? ', ' + src.published : '') : ev.article) + ' — ',
        el('a', {href: articleHref(ev.article, [ev]), class: 'open-article', text: 'open the article with this highlighted'})])]);
  });
  panel.replaceChildren(
      el('h2', {text: 'Evidence'}),
      el('h3', {text: title}),
      ...details.map(d => el('p', {text: d})),
      items.length ? el('ul', {class: 'evidence-list'}, items) : el('p', {class: 'muted', text: 'No evidence recorded.'}));
  panel.classList.add('filled');
}

function overview(p, byId) {
  const list = document.getElementById('overview');
  const rows = [];
  const est = p.overview.relations_established;
  rows.push(el('li', {}, ['Diplomatic relations established: ' + (est.length
      ? est.map(v => v.value + ' ' + refsText(v.refs) + (v.as_of ? ' (as of ' + v.as_of + ')' : '')).join('; ')
      : 'not stated in the sources')]));
  const latest = byId.get(p.overview.latest_contact);
  if (latest) rows.push(pickableItem('Latest contact: ', latest, p));
  for (const id of p.overview.highest_visits) {
    const e = byId.get(id);
    if (e) rows.push(pickableItem('Highest-level visit ' + e.source + ' → ' + e.target + ': ', e, p));
  }
  const counts = p.overview.event_counts.map(c => c.type.toLowerCase() + ' ' + (c.year || 'undated') + ': ' + c.count + ' ' + refsText(c.refs));
  rows.push(el('li', {text: 'Events by type and year: ' + (counts.join('; ') || 'none')}));
  list.replaceChildren(...rows);
}

function pickableItem(prefix, e, p) {
  const link = el('a', {href: '#evidence', text: eventLine(e) + ' — ' + participants(e) + ' ' + refsText(e.refs)});
  link.addEventListener('click', () => pickEvent(e, p));
  return el('li', {}, [prefix, link]);
}

function pickEvent(e, p) {
  showEvidence(eventLine(e) + ' (' + e.id + ')', [
    'Participants: ' + participants(e), 'Place: ' + place(e), 'Status: ' + e.status
        + (e.end && e.end !== e.start ? ', until ' + e.end : ''), 'Sources: ' + refsText(e.refs)], e.evidence, p.sources);
}

function timeline(p) {
  const dated = p.timeline.filter(e => e.start);
  const undated = p.timeline.filter(e => !e.start);
  document.getElementById('undated').textContent = undated.length
      ? 'Undated (not on the timeline): ' + undated.map(e => e.id + ' ' + e.type + ' — ' + participants(e)).join('; ') : '';
  const container = document.getElementById('timeline');
  if (!window.vis) { container.textContent = 'The timeline library did not load.'; return; }
  const byId = new Map(p.timeline.map(e => [e.id, e]));
  const item = e => {
    const content = el('span', {class: 'item-label', 'data-event-id': e.id, text: e.start + ' ' + e.type});
    const {start} = dateRange(e.start);
    return {id: e.id, start, content, type: 'box', className: 'type-' + e.type.toLowerCase() + (e.status === 'planned' ? ' planned' : '')};
  };
  const items = new vis.DataSet(dated.map(item));
  const shown = new Set(TYPES);
  const chart = new vis.Timeline(container, items, {
    stack: true, zoomable: true, zoomMin: 1000 * 60 * 60 * 24 * 7, orientation: 'top', margin: {item: 6},
    tooltip: {followMouse: false}, showTooltips: false, selectable: true});
  const tip = document.getElementById('tooltip');
  chart.on('itemover', props => {
    const e = byId.get(props.item);
    if (!e) return;
    tip.replaceChildren(el('strong', {text: eventLine(e)}), el('div', {text: participants(e)}), el('div', {text: place(e)}));
    tip.hidden = false;
    const r = container.getBoundingClientRect();
    tip.style.left = Math.max(0, props.event.clientX - r.left + 12) + 'px';
    tip.style.top = (props.event.clientY - r.top + container.offsetTop + 12) + 'px';
  });
  chart.on('itemout', () => { tip.hidden = true; });
  chart.on('select', props => { const e = byId.get(props.items[0]); if (e) pickEvent(e, p); });
  const filters = document.getElementById('type-filters');
  for (const type of TYPES.filter(t => p.timeline.some(e => e.type === t))) {
    const box = el('input', {type: 'checkbox', checked: true, id: 'filter-' + type.toLowerCase()});
    box.addEventListener('change', () => {
      if (box.checked) shown.add(type); else shown.delete(type);
      items.clear();
      items.add(dated.filter(e => shown.has(e.type)).map(item));
    });
    filters.appendChild(el('label', {class: 'filter type-' + type.toLowerCase()}, [box, ' ' + type.toLowerCase()]));
  }
  document.getElementById('zoom-in').addEventListener('click', () => chart.zoomIn(0.5));
  document.getElementById('zoom-out').addEventListener('click', () => chart.zoomOut(0.5));
  document.getElementById('zoom-fit').addEventListener('click', () => chart.fit());
  window.dyadTimeline = chart;
}

function charts(p) {
  if (!window.Chart) return;
  const years = [...new Set(p.overview.event_counts.filter(c => c.year).map(c => c.year))].sort();
  const types = TYPES.filter(t => p.overview.event_counts.some(c => c.type === t && c.year));
  new Chart(document.getElementById('events-chart'), {
    type: 'bar',
    data: {labels: years.map(String), datasets: types.map(t => ({label: t.toLowerCase(), backgroundColor: COLORS[t],
      data: years.map(y => (p.overview.event_counts.find(c => c.type === t && c.year === y) || {count: 0}).count)}))},
    options: {animation: false, responsive: true, scales: {x: {stacked: true}, y: {stacked: true, ticks: {precision: 0}}}}});
  const trade = p.figures.filter(f => /trade|export|import/.test(f.metric));
  if (!trade.length) { document.getElementById('trade-none').hidden = false; document.getElementById('trade-chart').hidden = true; return; }
  const periods = [...new Set(trade.map(f => f.period))].sort();
  const series = [...new Set(trade.map(f => label(f.metric) + ' (' + f.unit + ')'))];
  new Chart(document.getElementById('trade-chart'), {
    type: 'bar',
    data: {labels: periods, datasets: series.map(s => ({label: s,
      data: periods.map(per => { const f = trade.find(x => x.period === per && label(x.metric) + ' (' + x.unit + ')' === s); return f ? f.value : null; })}))},
    options: {animation: false, responsive: true,
      onClick: (evt, elements) => { if (elements.length) { const per = periods[elements[0].index];
        const f = trade.find(x => x.period === per); if (f) showEvidence(label(f.metric) + ' ' + f.period, ['Value: ' + f.value + ' ' + f.unit], f.evidence, p.sources); } }}});
}

function tables(p, byId) {
  const pick = (title, details) => r => showEvidence(title(r), details(r), r.evidence, p.sources);
  document.getElementById('mechanisms').replaceChildren(recordTable([
    {title: 'Mechanism', value: m => m.name}, {title: 'Level', value: m => m.level || ''},
    {title: 'Sessions', value: m => m.sessions.map(id => id + (byId.get(id) && byId.get(id).start ? ' (' + byId.get(id).start + ')' : '')).join(', ') || 'none recorded'},
    {title: 'Sources', value: m => refsText(m.refs)}], p.mechanisms, pick(m => m.name, m => ['Sessions: ' + (m.sessions.join(', ') || 'none recorded')])));
  document.getElementById('agreements').replaceChildren(recordTable([
    {title: 'Agreement', value: a => a.title}, {title: 'Kind', value: a => a.kind || ''},
    {title: 'Parties', value: a => a.parties.join(', ')}, {title: 'Signed', value: a => a.signed || '—'},
    {title: 'Effective', value: a => a.effective || '—'}, {title: 'Sources', value: a => refsText(a.refs)}],
    p.agreements, pick(a => a.title, a => ['Signed: ' + (a.signed || 'not stated') + ', effective: ' + (a.effective || 'not stated')])));
  const figures = p.figures.map(f => ({evidence: f.evidence, refs: f.refs, what: label(f.metric), value: f.value.toLocaleString('en') + ' ' + f.unit, period: f.period}))
      .concat(p.facts.map(f => ({evidence: f.value.evidence, refs: f.value.refs, what: label(f.kind), value: f.value.value, period: f.value.as_of ? 'as of ' + f.value.as_of : ''})));
  document.getElementById('figures').replaceChildren(recordTable([
    {title: 'Figure', value: f => f.what}, {title: 'Value', value: f => f.value}, {title: 'Period', value: f => f.period},
    {title: 'Sources', value: f => refsText(f.refs)}], figures, pick(f => f.what, f => [f.value + ' ' + f.period])));
  document.getElementById('localities').replaceChildren(recordTable([
    {title: 'Parties', value: l => l.parties.join(' – ')}, {title: 'Partnership', value: l => l.description},
    {title: 'Sources', value: l => refsText(l.refs)}], p.localities, pick(l => l.description, l => [l.parties.join(' – ')])));
  const offices = o => o.offices.map(h => h.office + (h.as_of ? ' (' + (h.former ? 'formerly, ' : '') + 'as of ' + h.as_of + ')' : '')).join('; ');
  document.getElementById('officials').replaceChildren(recordTable([
    {title: 'Name', value: o => o.name}, {title: 'Country', value: o => o.country || ''},
    {title: 'Offices', value: offices}, {title: 'Sources', value: o => refsText(o.refs)}],
    p.officials, pick(o => o.name, o => [offices(o)])));
  const conflictRows = p.conflicts.flatMap(c => c.values.map(v => ({kind: label(c.kind), value: v.value, as_of: v.as_of, refs: v.refs, evidence: v.evidence})));
  document.getElementById('conflicts').replaceChildren(recordTable([
    {title: 'Claim', value: r => r.kind}, {title: 'Value', value: r => r.value},
    {title: 'As of', value: r => r.as_of || 'not dated'}, {title: 'Sources', value: r => refsText(r.refs)}],
    conflictRows, pick(r => r.kind + ': ' + r.value, r => ['The sources disagree on this; as of ' + (r.as_of || 'not dated')]), () => 'conflict'));
  document.getElementById('sources').replaceChildren(...p.sources.map(s => el('li', {id: 'source-' + s.number}, [
    el('a', {href: articleHref(s.article, []), text: s.title || s.article}),
    ' — ' + (s.outlet || 'outlet unknown') + ' — ' + (s.published || 'undated') + ' — ',
    /^https?:\/\//i.test(s.location) ? el('a', {href: s.location, text: s.location, rel: 'noopener noreferrer'}) : el('code', {text: s.location})])));
}

(async function () {
  const params = new URLSearchParams(location.search);
  const pair = params.get('pair');
  if (!pair) { status('No pair given: open a pair from the list.', true); return; }
  const query = new URLSearchParams();
  for (const k of ['from', 'to']) if (params.get(k)) query.set(k, params.get(k));
  let p;
  try {
    p = await getJson('api/dyads/' + encodeURIComponent(pair) + (query.toString() ? '?' + query : ''));
  } catch (e) {
    status('Could not load the profile: ' + e.message, true);
    return;
  }
  status('');
  const name = p.name_a + ' – ' + p.name_b;
  document.title = 'Dyad — ' + name;
  document.getElementById('title').textContent = name + ' (' + p.pair + ')';
  const byId = new Map(p.timeline.map(e => [e.id, e]));
  overview(p, byId);
  tables(p, byId);
  charts(p);
  timeline(p);
  document.body.setAttribute('data-loaded', 'true');
})();
