/** The jurisdiction's regions as a tree: what the map shows for a focus, and the breadcrumb to it. */
import type { CubeRegion } from '../../shared/analytics/overview/cube';
import type { OverviewBase } from './protocol';

export function childrenOf(base: OverviewBase, code: string): CubeRegion[] {
  return base.regions.filter((region) => region.parent === code);
}

/**
 * Regions the choropleth colours for a focus: its children that have outlines; for a region
 * without any (a city in a province-and-city dataset), its siblings, so it stays in context.
 */
export function shownRegions(base: OverviewBase, focus: string): Set<string> {
  const outlined = new Set(base.outlines.map((entry) => entry.code));
  const children = childrenOf(base, focus).filter((region) => outlined.has(region.code));
  if (children.length > 0) return new Set(children.map((region) => region.code));
  const parent = base.regions.find((region) => region.code === focus)?.parent ?? null;
  const siblings =
    parent === null ? [] : childrenOf(base, parent).filter((r) => outlined.has(r.code));
  return new Set(siblings.length > 0 ? siblings.map((region) => region.code) : [focus]);
}

/** The focus and its ancestors, root first. */
export function breadcrumbOf(base: OverviewBase, focus: string): CubeRegion[] {
  const byCode = new Map(base.regions.map((region) => [region.code, region]));
  const trail: CubeRegion[] = [];
  let code: string | null = focus;
  while (code !== null && byCode.has(code) && !trail.some((region) => region.code === code)) {
    const region: CubeRegion = byCode.get(code)!;
    trail.unshift(region);
    code = region.parent;
  }
  return trail;
}
