import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

export const SCREENSHOTS = join(__dirname, '..', '..', '..', '..', 'docs', 'screenshots');

/** A landscape view: its graph, side panel, findings list and breadcrumb. */
export class LandscapePage {
  readonly graph: Locator;
  readonly sidePanel: Locator;
  readonly findings: Locator;
  readonly breadcrumb: Locator;

  constructor(readonly page: Page) {
    this.graph = page.getByTestId('graph');
    this.sidePanel = page.getByTestId('side-panel');
    this.findings = page.getByTestId('finding-item');
    this.breadcrumb = page.getByTestId('breadcrumb');
  }

  async waitForLayout(): Promise<void> {
    await expect(this.graph).toHaveAttribute('data-layout', 'done');
  }

  async nodeCount(): Promise<number> {
    return Number(await this.graph.getAttribute('data-node-count'));
  }

  /**
   * Clicks a node where it is drawn on the canvas: the first point of its box where Cytoscape's own hit test
   * finds the node (a compound's body can be crossed by edges and holds children).
   */
  async clickNode(id: string): Promise<void> {
    const point = await this.graph.evaluate((element, nodeId) => {
      type Renderer = {
        findNearestElement(
          x: number,
          y: number,
          interactive: boolean,
          touch: boolean,
        ): { id(): string } | null;
      };
      const cy = (element as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
      const node = cy.getElementById(nodeId);
      if (node.empty()) throw new Error(`no node ${nodeId} in the graph`);
      const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
      const box = node.renderedBoundingBox({ includeLabels: false });
      const pan = cy.pan();
      const zoom = cy.zoom();
      const origin = element.getBoundingClientRect();
      for (let fy = 0.5; fy < 1; fy += 0.02) {
        for (const fy2 of [fy, 1 - fy]) {
          for (let fx = 0.5; fx < 1; fx += 0.05) {
            for (const fx2 of [fx, 1 - fx]) {
              // the mouse lands on whole pixels of the page: test the point it will really hit
              const pageX = Math.floor(origin.left + box.x1 + fx2 * box.w);
              const pageY = Math.floor(origin.top + box.y1 + fy2 * box.h);
              const x = pageX - origin.left;
              const y = pageY - origin.top;
              if (
                renderer.findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false)?.id() ===
                nodeId
              ) {
                return { x: pageX, y: pageY };
              }
            }
          }
        }
      }
      throw new Error(`node ${nodeId} is covered everywhere`);
    }, id);
    await this.page.mouse.click(point.x, point.y);
    await expect(this.sidePanel).toHaveAttribute('data-node-id', id);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }
}
