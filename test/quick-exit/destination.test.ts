import { expect } from '@open-wc/testing';
import { DEFAULT_DESTINATION, resolveDestination } from '../../src/quick-exit/destination.js';
import { captureWarnings } from '../helpers/index.js';

describe('quick exit destination (href validation)', () => {
  const element = () => document.createElement('haven-quick-exit');

  it('is a neutral https page by default, without a warning', () => {
    const warnings = captureWarnings();
    try {
      expect(resolveDestination(element(), null)).to.equal(DEFAULT_DESTINATION);
      expect(resolveDestination(element(), undefined)).to.equal(DEFAULT_DESTINATION);
    } finally {
      warnings.restore();
    }
    expect(DEFAULT_DESTINATION).to.match(/^https:\/\//);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('accepts http and https addresses, normalised', () => {
    expect(resolveDestination(element(), 'https://weather.example.org')).to.equal('https://weather.example.org/');
    expect(resolveDestination(element(), ' http://news.example.org/today ')).to.equal('http://news.example.org/today');
  });

  it('refuses javascript:, data: and other schemes with one warning naming the element and attribute', () => {
    const el = element();
    const warnings = captureWarnings();
    try {
      for (const value of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,hi', 'tel:911', 'mailto:a@example.org']) {
        expect(resolveDestination(el, value), value).to.equal(DEFAULT_DESTINATION);
      }
      resolveDestination(el, 'javascript:alert(1)');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(6);
    expect(warnings.messages[0]).to.contain('<haven-quick-exit>').and.contain('href').and.contain('"javascript:alert(1)"');
  });

  it('refuses garbage, an empty value and this same page (an exit must leave)', () => {
    const warnings = captureWarnings();
    try {
      for (const value of ['', '   ', 'http://', '#', location.href, `${location.href.split('#')[0]}#top`]) {
        expect(resolveDestination(element(), value), JSON.stringify(value)).to.equal(DEFAULT_DESTINATION);
      }
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(6);
  });
});
