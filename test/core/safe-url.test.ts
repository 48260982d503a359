import { expect } from '@open-wc/testing';
import { isSafeHttpUrl, safeUrl, telHref } from '../../src/core/safe-url.js';

describe('safeUrl', () => {
  it('accepts http, https, tel, sms and mailto', () => {
    expect(safeUrl('https://example.org/help')).to.equal('https://example.org/help');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('tel:+15555550100')).to.equal('tel:+15555550100');
    expect(safeUrl('sms:233733?&body=HELP')).to.equal('sms:233733?&body=HELP');
    expect(safeUrl('mailto:help@example.org')).to.equal('mailto:help@example.org');
  });

  it('resolves relative URLs against the page', () => {
    expect(safeUrl('faq.json')).to.equal(new URL('faq.json', document.baseURI).href);
  });

  it('refuses script and data URLs however they are disguised', () => {
    for (const value of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'https://example.org/\u202egnp.exe',
      '',
      '   ',
    ]) {
      expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('encodes a space inside a tel:, sms: or mailto: URL, which the URL parser keeps (fast-check found "tel: !")', () => {
    expect(safeUrl('tel: !')).to.equal('tel:%20!');
    expect(safeUrl('mailto:help desk@example.org')).to.equal('mailto:help%20desk@example.org');
    expect(safeUrl('tel:%20!')).to.equal('tel:%20!');
  });

  it('refuses values that are not strings', () => {
    expect(safeUrl(null)).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl({ toString: () => 'https://example.org' })).to.equal(undefined);
  });

  it('limits to the schemes asked for', () => {
    expect(safeUrl('tel:911', ['https:'])).to.equal(undefined);
    expect(isSafeHttpUrl('https://example.org')).to.equal(true);
    expect(isSafeHttpUrl('mailto:a@example.org')).to.equal(false);
    expect(isSafeHttpUrl('javascript:void(0)')).to.equal(false);
  });
});

describe('telHref', () => {
  it('keeps only digits and a leading plus', () => {
    expect(telHref('1-888-373-7888')).to.equal('tel:18883737888');
    expect(telHref('+1 (555) 555-0100')).to.equal('tel:+15555550100');
    expect(telHref('233733', 'sms:')).to.equal('sms:233733');
  });

  it('refuses text with no number in it', () => {
    expect(telHref('call us')).to.equal(undefined);
    expect(telHref('<img src=x onerror=alert(1)>')).to.equal(undefined);
  });
});
