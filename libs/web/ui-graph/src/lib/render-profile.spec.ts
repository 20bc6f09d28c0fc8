import { renderProfile, sameRenderer } from './render-profile';

describe('renderProfile', () => {
  it('draws small graphs in full quality', () => {
    expect(renderProfile({ nodes: 120, edges: 200 })).toEqual({
      haystack: false,
      webgl: false,
      pixelRatio: 'auto',
      textureOnViewport: false,
      hideEdgesOnViewport: false,
    });
  });

  it('switches big graphs to haystack edges, pixel ratio 1 and viewport snapshots', () => {
    const p = renderProfile({ nodes: 800, edges: 1100 });
    expect(p).toMatchObject({ haystack: true, pixelRatio: 1, textureOnViewport: true, webgl: false });
  });

  it('draws huge graphs with WebGL', () => {
    expect(renderProfile({ nodes: 5000, edges: 10000 }).webgl).toBe(false);
    expect(renderProfile({ nodes: 10000, edges: 20000 }).webgl).toBe(true);
  });

  it('needs a new instance only when a construction option changes', () => {
    const small = renderProfile({ nodes: 10, edges: 10 });
    expect(sameRenderer(small, renderProfile({ nodes: 300, edges: 500 }))).toBe(true);
    expect(sameRenderer(small, renderProfile({ nodes: 1500, edges: 900 }))).toBe(false);
  });
});
