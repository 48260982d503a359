import { expect } from '@open-wc/testing';
import { renderAnswer } from '../../src/faq/answer.js';
import { renderBlocks } from '../../src/faq/blocks.js';
import { fetchJson } from '../../src/faq/fetch-json.js';
import { markMatches } from '../../src/faq/highlight.js';
import { slugify, uniqueId } from '../../src/faq/ids.js';
import { entriesFromJson, readFaqEntries } from '../../src/faq/source.js';
import { faqPageData, faqPageJsonLd, readableText } from '../../src/faq/structured-data.js';
import { fold, matchOffsets, matchesAll, queryTerms } from '../../src/faq/text.js';

const html = (fragment: DocumentFragment) => {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
};

describe('faq/text: case-, accent- and spacing-insensitive matching', () => {
  it('folds case, accents and runs of spaces: "asesoria" matches "Asesoría"', () => {
    expect(fold('Asesoría  LEGAL\n gratis')).to.equal('asesoria legal gratis');
    expect(matchesAll(fold('¿Necesita asesoría?'), queryTerms('ASESORIA'))).to.equal(true);
    expect(matchesAll(fold('Señales de trata'), queryTerms('senales trata'))).to.equal(true);
    expect(matchesAll(fold('Señales de trata'), queryTerms('senales policia'))).to.equal(false);
  });

  it('splits a query into words at spaces only ("9-1-1" is one piece of text to find), and ignores a blank one', () => {
    expect(queryTerms('  Línea   de AYUDA ')).to.deep.equal(['linea', 'de', 'ayuda']);
    expect(queryTerms('Call 9-1-1')).to.deep.equal(['call', '9-1-1']);
    expect(queryTerms('   ')).to.deep.equal([]);
  });

  it('finds match offsets in the original text, merged where they overlap', () => {
    expect(matchOffsets('La Asesoría es gratis; asesoría legal', ['asesoria'])).to.deep.equal([
      [3, 11],
      [23, 31],
    ]);
    expect(matchOffsets('confidential', ['conf', 'fiden'])).to.deep.equal([[0, 8]]);
  });

  it('maps offsets back correctly when folding changes the length (decomposed accents)', () => {
    const text = 'Asesori\u0301a legal';
    const [[start, end]] = matchOffsets(text, ['asesoria']);
    expect(text.slice(start, end)).to.equal('Asesori\u0301a');
  });
});

describe('faq/ids: stable, unique ids', () => {
  it('makes a readable slug from the question, accents folded', () => {
    expect(slugify('¿Qué es la trata de personas?')).to.equal('que-es-la-trata-de-personas');
    expect(slugify('What is human trafficking?')).to.equal('what-is-human-trafficking');
    expect(slugify('ما هو الاتجار بالبشر؟')).to.equal('ما-هو-الاتجار-بالبشر');
    expect(slugify('???')).to.equal('question');
    expect(slugify('a'.repeat(100))).to.have.length(60);
  });

  it('adds -2, -3… for ids already used in the page or in the same batch', () => {
    const taken = new Set<string>();
    const existing = document.createElement('p');
    existing.id = 'taken-id';
    document.body.append(existing);
    try {
      expect(uniqueId('taken-id', document, null, taken)).to.equal('taken-id-2');
      expect(uniqueId('taken-id', document, existing, taken)).to.equal('taken-id');
      expect(uniqueId('fresh-id', document, null, taken)).to.equal('fresh-id');
      expect(uniqueId('fresh-id', document, null, taken)).to.equal('fresh-id-2');
    } finally {
      existing.remove();
    }
  });
});

describe('faq/answer: answers from data become safe DOM nodes', () => {
  it('turns plain text into paragraphs, showing "<" and "&" as text', () => {
    const out = html(renderAnswer('First line.\n\nSecond & last: 1 < 2'));
    expect(out).to.equal('<p>First line.</p>\n<p>Second &amp; last: 1 &lt; 2</p>\n');
  });

  it('keeps only p, ul, ol, li, a[href], em, strong, br', () => {
    const out = html(
      renderAnswer('<p class="x" style="color:red" onclick="alert(1)">Hi <b>bold</b> <strong>strong</strong><br><em>em</em></p><ul><li>one</li></ul><ol><li>two</li></ol><h2>Title</h2><div><span>kept text</span></div>'),
    );
    expect(out).to.equal('<p>Hi bold <strong>strong</strong><br><em>em</em></p><ul><li>one</li></ul><ol><li>two</li></ol>Titlekept text');
  });

  it('drops scripts, styles and event handlers entirely, and runs nothing', async () => {
    (window as { pwned?: boolean }).pwned = false;
    const fragment = renderAnswer(
      '<p>Safe</p><script>window.pwned = true</script><style>p{}</style><img src=x onerror="window.pwned = true"><svg><script>window.pwned=true</script></svg><iframe srcdoc="x"></iframe>',
    );
    const box = document.createElement('div');
    box.append(fragment);
    document.body.append(box);
    await new Promise((resolve) => setTimeout(resolve, 50));
    box.remove();
    expect(box.innerHTML).to.equal('<p>Safe</p>');
    expect((window as { pwned?: boolean }).pwned).to.equal(false);
  });

  it('names what it left out, once each, so the partner can see why an answer looks different', () => {
    const removed: string[][] = [];
    renderAnswer('<p onclick="x()">Hi <b>bold</b></p><script>x()</script><a href="javascript:x()">a</a><a>b</a><b>again</b>', (list) => removed.push(list));
    expect(removed).to.deep.equal([['onclick', '<b>', '<script>', 'a link to "javascript:x()"', '<a>']]);
    renderAnswer('<p>Only <strong>allowed</strong> <a href="https://example.org/">markup</a></p>', (list) => removed.push(list));
    renderAnswer('Plain text', (list) => removed.push(list));
    expect(removed).to.have.length(1);
  });

  it('passes every href through the safe-URL check: javascript: and data: links become text', () => {
    const out = html(
      renderAnswer('<a href="javascript:alert(1)">bad</a> <a href="data:text/html,x">worse</a> <a href="https://example.org/help" target="_blank" onclick="x()">good</a> <a href="tel:5550100">call</a>'),
    );
    expect(out).to.equal('bad worse <a href="https://example.org/help" rel="noreferrer">good</a> <a href="tel:5550100" rel="noreferrer">call</a>');
  });

  it('builds preset answers from blocks, with {tokens} as text or links', () => {
    const out = html(renderBlocks(['Call {phone} or text {keyword}.', ['One {missing}', 'Two']], { phone: ['555-0100', 'tel:5550100'], keyword: 'HELP' }));
    expect(out).to.equal('<p>Call <a href="tel:5550100">555-0100</a> or text HELP.</p>\n<ul><li>One {missing}</li><li>Two</li></ul>\n');
  });
});

describe('faq/source: src JSON', () => {
  it('reads [{ id, question, answer }], skipping and reporting entries it cannot use', () => {
    const warnings: string[] = [];
    const entries = readFaqEntries(
      [{ id: ' q one ', question: ' Q1 ', answer: 'A1' }, { question: 'No answer' }, null, 'text', { question: 'Q2', answer: '' }],
      (message) => warnings.push(message),
    );
    expect(entries).to.deep.equal([
      { id: 'q-one', question: 'Q1', answer: 'A1' },
      { id: undefined, question: 'Q2', answer: '' },
    ]);
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('entry 1');
  });

  it('warns, naming the question, when answer markup was left out', () => {
    const warnings: string[] = [];
    entriesFromJson([{ question: 'Is it free?', answer: '<p>Yes.</p><img src=x onerror="x()">' }, { question: 'Plain?', answer: 'Yes.' }], (message) => warnings.push(message));
    expect(warnings).to.deep.equal(['"Is it free?": answer markup left out: onerror, <img> (answers may use p ul ol li a em strong br).']);
  });

  it('refuses anything but an array, and an array with no usable questions', () => {
    expect(() => readFaqEntries({ questions: [] }, () => {})).to.throw(/JSON array/);
    expect(() => entriesFromJson([{}], () => {})).to.throw(/no questions/);
  });

  it('fetches only http(s) URLs, and gives up after the timeout', async () => {
    let error: Error | undefined;
    await fetchJson('javascript:alert(1)').catch((caught: Error) => (error = caught));
    expect(error?.message).to.contain('http(s)');
    const original = window.fetch;
    window.fetch = (_url, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    try {
      error = undefined;
      await fetchJson('/slow.json', 30).catch((caught: Error) => (error = caught));
      expect(error?.name).to.equal('TimeoutError');
    } finally {
      window.fetch = original;
    }
  });
});

describe('faq/structured-data: FAQPage JSON-LD', () => {
  it('has the schema.org FAQPage shape with inLanguage and collapsed whitespace', () => {
    expect(faqPageData([{ question: ' What\n is it? ', answer: 'An   answer.\n\nMore.' }], 'es')).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'es',
      mainEntity: [{ '@type': 'Question', name: 'What is it?', acceptedAnswer: { '@type': 'Answer', text: 'An answer. More.' } }],
    });
  });

  it('escapes "<" so an answer cannot close the script element', () => {
    const text = faqPageJsonLd([{ question: 'Q', answer: '</script><script>alert(1)</script>' }], 'en');
    expect(text).not.to.contain('<');
    expect(JSON.parse(text).mainEntity[0].acceptedAnswer.text).to.equal('</script><script>alert(1)</script>');
  });
});

describe('faq/highlight', () => {
  it('falls back to <mark> elements where the Highlight API is missing, and undoes them', () => {
    const box = document.createElement('p');
    box.textContent = 'Asesoría legal y más asesoría';
    document.body.append(box);
    const descriptor = Object.getOwnPropertyDescriptor(CSS, 'highlights');
    Object.defineProperty(CSS, 'highlights', { configurable: true, value: undefined });
    try {
      const undo = markMatches([box], ['asesoria']);
      expect([...box.querySelectorAll('mark.haven-faq-mark')].map((mark) => mark.textContent)).to.deep.equal(['Asesoría', 'asesoría']);
      expect(box.textContent).to.equal('Asesoría legal y más asesoría');
      undo();
      expect(box.querySelector('mark')).to.equal(null);
      expect(box.childNodes).to.have.length(1);
    } finally {
      if (descriptor) Object.defineProperty(CSS, 'highlights', descriptor);
      else delete (CSS as { highlights?: unknown }).highlights;
      box.remove();
    }
  });

  it('uses the CSS Custom Highlight API where it exists, without touching the DOM', () => {
    const box = document.createElement('p');
    box.textContent = 'Línea de ayuda';
    document.body.append(box);
    const undo = markMatches([box], ['linea']);
    const highlight = CSS.highlights.get('haven-faq-match')!;
    expect([...highlight].map((range) => range.toString())).to.deep.equal(['Línea']);
    expect(box.childNodes).to.have.length(1);
    undo();
    expect(highlight.size).to.equal(0);
    box.remove();
  });
});

describe('faq/structured-data: readableText', () => {
  it('separates blocks with a space but not inline elements', () => {
    const box = document.createElement('div');
    box.innerHTML = '<p>One <em>two</em>.</p><p>Th<strong>ree</strong>.</p><ul><li>a</li><li>b</li></ul><script>x</script>';
    expect(readableText(box).replace(/\s+/g, ' ').trim()).to.equal('One two. Three. a b');
  });
});
