import { describe, expect, it } from 'vitest';
import { assetPreloads } from '../../../../main/serve/page-preloads';

describe('the page preloads', () => {
  it("lists the built page's entry script, then its stylesheet, as absolute paths", () => {
    const html = [
      '<link rel="stylesheet" crossorigin href="./assets/index-Dhii6w0A.css">',
      '<script type="module" crossorigin src="./assets/index-DK_ARdsb.js"></script>',
    ].join('\n');
    expect(assetPreloads(html)).toEqual(['</assets/index-DK_ARdsb.js>; rel=modulepreload', '</assets/index-Dhii6w0A.css>; rel=preload; as=style; crossorigin']);
  });

  it("leaves out anything that is not a path of the page's own folder", () => {
    const html = [
      '<script type="module" src="https://cdn.example/x.js"></script>',
      '<script type="module" src="//cdn.example/x.js"></script>',
      '<script type="module" src="./../secret.js"></script>',
      '<script type="module" src="./a.js>; rel=preload, <https://evil.example/"></script>',
      '<script src="./classic.js"></script>',
      '<link rel="stylesheet" href="data:text/css,body{}">',
    ].join('\n');
    expect(assetPreloads(html)).toEqual([]);
  });

  it('gives nothing for a page without scripts or stylesheets', () => {
    expect(assetPreloads('<!doctype html><title>Tether</title>')).toEqual([]);
  });
});
