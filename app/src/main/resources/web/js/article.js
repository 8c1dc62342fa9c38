// An article with its evidence spans highlighted: the spans named in ?spans= strongly, the
// others lightly. The text is split into text nodes and <mark> elements; never parsed as HTML.
'use strict';

(async function () {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  if (!id) { status('No article id given.', true); return; }
  const chosen = (params.get('spans') || '').split(',').map(s => s.split('-').map(Number))
      .filter(p => p.length === 2 && Number.isInteger(p[0]) && Number.isInteger(p[1]) && p[0] < p[1]);
  let article;
  try {
    article = await getJson('api/articles/' + encodeURIComponent(id));
  } catch (e) {
    status('Could not load the article: ' + e.message, true);
    return;
  }
  status('');
  document.title = 'Dyad — ' + (article.title || article.id);
  document.getElementById('title').textContent = article.title || article.id;
  const meta = document.getElementById('meta');
  meta.replaceChildren(
      (article.published || 'undated') + ' — ',
      /^https?:\/\//i.test(article.source) ? el('a', {href: article.source, text: article.source, rel: 'noopener noreferrer'})
          : el('code', {text: article.source}),
      ' — id ' + article.id);
  const text = article.text;
  const others = article.spans.map(s => [s.start, s.end]);
  const cuts = new Set([0, text.length]);
  for (const [a, b] of chosen.concat(others)) { cuts.add(Math.max(0, Math.min(a, text.length))); cuts.add(Math.max(0, Math.min(b, text.length))); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = document.getElementById('text');
  out.replaceChildren();
  let first = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const inChosen = chosen.some(([s, e]) => s <= a && b <= e);
    const inOther = others.some(([s, e]) => s <= a && b <= e);
    if (inChosen || inOther) {
      const mark = el('mark', {class: inChosen ? 'chosen' : 'other', text: piece});
      if (inChosen && !first) first = mark;
      out.appendChild(mark);
    } else {
      out.appendChild(document.createTextNode(piece));
    }
  }
  if (first) first.scrollIntoView({block: 'center'});
})();
