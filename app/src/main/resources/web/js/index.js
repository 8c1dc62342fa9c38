// The list of country pairs, with a search box that matches codes and names in any case.
'use strict';

(async function () {
  const body = document.querySelector('#dyads tbody');
  const search = document.getElementById('search');
  let dyads = [];
  try {
    dyads = await getJson('api/dyads');
  } catch (e) {
    status('Could not load the pairs: ' + e.message, true);
    return;
  }
  function render() {
    const q = fold(search.value).trim();
    body.replaceChildren();
    const shown = dyads.filter(d => !q || fold([d.pair, d.a, d.b, d.name_a, d.name_b].join(' ')).includes(q));
    for (const d of shown) {
      const link = el('a', {href: 'dyad.html?pair=' + encodeURIComponent(d.pair), text: d.name_a + ' – ' + d.name_b});
      body.appendChild(el('tr', {'data-pair': d.pair}, [
        el('td', {}, [link, ' ', el('span', {class: 'muted', text: d.pair})]),
        el('td', {text: d.events}), el('td', {text: d.mechanisms}), el('td', {text: d.agreements}),
        el('td', {text: d.figures}), el('td', {text: d.claims}), el('td', {text: d.articles}),
        el('td', {text: d.latest || '—'})]));
    }
    status(shown.length ? '' : (dyads.length ? 'No pair matches.' : 'The knowledge base is empty: ingest some articles.'));
  }
  search.addEventListener('input', render);
  render();
})();
