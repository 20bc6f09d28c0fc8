'use client';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { loadCytoscape } from './extensions';
import { GraphService, type GraphHover } from './graph-service';
import type { GraphTheme } from './styles';
import type { GraphElements, GraphFilter, GraphHandle, LayoutName } from './types';

/** see `preloadGraph` */
export function preloadLayout(layout: LayoutName): void {
  void loadCytoscape(layout);
}

export interface GraphCanvasProps {
  elements: GraphElements;
  layout: LayoutName;
  theme: GraphTheme;
  filter?: GraphFilter;
  highlighted?: readonly string[];
  selected?: string | null;
  onSelect?: (nodeId: string | null) => void;
  /** the export and fit functions, once the graph is mounted */
  onReady?: (handle: GraphHandle | null) => void;
  style?: CSSProperties;
  testId?: string;
}

/**
 * The client-only canvas. Its data attributes tell tests and benchmarks what is drawn: `data-layout`
 * (running/done: laid out and the first frame drawn), `data-ready-ms` (when it became done, ms since navigation
 * start), `data-node-count` / `data-edge-count` (shown now), `data-highlighted-count`.
 */
export default function GraphCanvas({
  elements,
  layout,
  theme,
  filter,
  highlighted,
  selected,
  onSelect,
  onReady,
  style,
  testId = 'graph',
}: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const service = useRef<GraphService | null>(null);
  const [shown, setShown] = useState<{ nodes: number; edges: number } | null>(null);
  const [layoutDone, setLayoutDone] = useState(false);
  const [highlightCount, setHighlightCount] = useState(0);
  const [hover, setHover] = useState<GraphHover | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const themeRef = useRef(theme);
  themeRef.current = theme;

  useEffect(() => {
    if (!container.current) return;
    const s = new GraphService(container.current, themeRef.current, {
      onSelect: (id) => onSelectRef.current?.(id),
      onHover: setHover,
      onLayoutDone: (counts) => {
        setShown(filterRef.current ? s.setFilter(filterRef.current) : counts);
        setLayoutDone(true);
      },
    });
    service.current = s;
    const background = () => (themeRef.current === 'dark' ? '#1a1b1e' : '#ffffff');
    onReady?.({
      exportPng: () => s.exportPng(background()),
      exportSvg: () => s.exportSvg(background()),
      fit: () => s.fit(),
    });
    return () => {
      onReady?.(null);
      s.destroy();
      service.current = null;
    };
    // one instance per mounted component; props flow in through the effects below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    setLayoutDone(false);
    void service.current?.setElements(elements, layout);
  }, [elements, layout]);

  useEffect(() => {
    service.current?.setTheme(theme);
  }, [theme]);

  useEffect(() => {
    // the moment tests and benchmarks see `data-layout=done` (after the first frame): `data-ready-ms` gives it in
    // ms since navigation start, so that a benchmark reads it instead of timing its own polling
    const element = container.current;
    if (!element) return;
    if (!layoutDone) {
      delete element.dataset['readyMs'];
      return;
    }
    globalThis.performance?.mark?.('graph:ready');
    element.dataset['readyMs'] = String(Math.round(globalThis.performance?.now?.() ?? 0));
  }, [layoutDone]);

  useEffect(() => {
    if (service.current && layoutDone) setShown(service.current.setFilter(filter ?? {}));
  }, [filter, layoutDone]);

  useEffect(() => {
    if (service.current && layoutDone) setHighlightCount(service.current.highlight(highlighted ?? []));
  }, [highlighted, layoutDone]);

  useEffect(() => {
    service.current?.select(selected ?? null);
  }, [selected, layoutDone]);

  return (
    <div style={{ position: 'relative', width: '100%', height: '100%', minHeight: 320, ...style }}>
      <div
        ref={container}
        data-testid={testId}
        data-layout={layoutDone ? 'done' : 'running'}
        data-node-count={shown?.nodes ?? ''}
        data-edge-count={shown?.edges ?? ''}
        data-highlighted-count={highlightCount}
        role="img"
        aria-label={`Graph with ${shown?.nodes ?? 0} nodes`}
        style={{ position: 'absolute', inset: 0 }}
      />
      {hover && (
        // the full name of a node whose label is cut or too small at this zoom
        <div
          data-testid="graph-tooltip"
          role="tooltip"
          style={{
            position: 'absolute',
            left: hover.x,
            top: hover.y - 8,
            transform: 'translate(-50%, -100%)',
            pointerEvents: 'none',
            padding: '4px 8px',
            borderRadius: 4,
            maxWidth: 360,
            fontSize: 14,
            background: theme === 'dark' ? '#f1f3f5' : '#212529',
            color: theme === 'dark' ? '#212529' : '#f8f9fa',
            boxShadow: '0 2px 6px rgba(0,0,0,0.25)',
            zIndex: 5,
          }}
        >
          {hover.label}
        </div>
      )}
    </div>
  );
}
