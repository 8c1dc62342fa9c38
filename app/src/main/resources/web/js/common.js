// Shared helpers of Dyad's pages. Article text is untrusted: it is only ever written with
// textContent (el() below); no page uses innerHTML.
'use strict';

/** Creates an element; text goes in as textContent, attrs as properties or attributes. */
function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.className = value;
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else if (key.startsWith('data-')) node.setAttribute(key, String(value));
    else node[key] = value;
  }
  for (const child of children || []) {
    if (child === null || child === undefined) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Only http(s) and relative links: never javascript: or data: from article metadata. */
function safeHref(href) {
  const s = String(href).trim();
  if (/^https?:\/\//i.test(s)) return s;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return '#';
  return s;
}

async function getJson(url) {
  const response = await fetch(url, {headers: {'Accept': 'application/json'}});
  const body = await response.json().catch(() => ({error: 'not JSON'}));
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
}

function status(message, isError) {
  const node = document.getElementById('status');
  if (!node) return;
  node.textContent = message || '';
  node.hidden = !message;
  node.classList.toggle('error', !!isError);
}

/** "Việt Nam" → "viet nam": for searching names without caring about case or diacritics. */
function fold(s) {
  return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
}

function refsText(refs) {
  return (refs || []).map(n => '[' + n + ']').join('');
}

/** A link to the article page with the given spans highlighted. */
function articleHref(article, spans) {
  const params = new URLSearchParams({id: article});
  if (spans && spans.length) params.set('spans', spans.map(s => s.start + '-' + s.end).join(','));
  return 'article.html?' + params.toString();
}

/** A table of records; clicking a row calls onPick(record). */
function recordTable(columns, records, onPick, rowClass) {
  if (!records.length) return el('p', {class: 'muted', text: 'None in the sources.'});
  const head = el('tr', {}, columns.map(c => el('th', {text: c.title})));
  const rows = records.map(r => {
    const tr = el('tr', {class: 'pickable ' + (rowClass ? rowClass(r) : ''), tabIndex: 0},
        columns.map(c => el('td', {text: c.value(r)})));
    if (r.id) tr.setAttribute('data-record-id', r.id);
    tr.addEventListener('click', () => onPick(r));
    tr.addEventListener('keydown', e => { if (e.key === 'Enter') onPick(r); });
    return tr;
  });
  return el('table', {class: 'records'}, [el('thead', {}, [head]), el('tbody', {}, rows)]);
}
