import { expect } from '@open-wc/testing';
import { havenPolicy, workerBlobs } from '../../src/core/trusted-types.js';

describe('the haven Trusted Types policy: script URLs', () => {
  const scriptUrl = (url: string) => String(havenPolicy()!.createScriptURL!(url));

  it('accepts only a same-origin reader-worker.js', () => {
    const own = new URL('/dist/cdn/reader-worker.js', location.href).href;
    expect(scriptUrl(own)).to.equal(own);
    expect(() => scriptUrl('https://cdn.example.org/dist/cdn/reader-worker.js')).to.throw(TypeError);
    expect(() => scriptUrl(new URL('/dist/cdn/haven.js', location.href).href)).to.throw(TypeError);
  });

  it('accepts a blob: URL only while Haven holds it as checked worker code', () => {
    const blob = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
    try {
      expect(() => scriptUrl(blob), 'a blob: URL anyone made').to.throw(TypeError);
      workerBlobs.add(blob);
      expect(scriptUrl(blob)).to.equal(blob);
      workerBlobs.delete(blob);
      expect(() => scriptUrl(blob), 'once released').to.throw(TypeError);
    } finally {
      URL.revokeObjectURL(blob);
    }
  });
});
