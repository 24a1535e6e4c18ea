import type { ComponentType, ReactElement } from 'react';
import type { ResourceProps } from 'react-admin';

/** The menu's groups: a role's day is ordered by these (layout/capabilities.tsx), not by features. */
export type MenuGroupId = 'audits' | 'timeline' | 'health' | 'placements' | 'partTime' | 'framework' | 'records' | 'administration';

interface MenuItem {
  /** The group the entry shows under; a feature may place an entry in another feature's group. */
  group: MenuGroupId;
  /** Gathered into a viewer's Dashboards group. */
  dashboard?: boolean;
  /** The page a role lands on when its day starts with this entry's group. */
  home?: ComponentType;
}
/** A page of its own (not a resource's list), shown to whoever may call the operation that feeds it. */
export interface MenuPage extends MenuItem {
  to: string;
  label: string;
  icon: ComponentType;
  operation: string;
}
/** A resource's list; its label and icon come from its own definition. */
export interface MenuResource extends MenuItem {
  resource: string;
}
export type MenuEntry = MenuPage | MenuResource;

/** A page of a feature's own, at a path of its own (not a resource's list, edit or show). */
export interface FeatureRoute {
  path: string;
  element: ReactElement;
  /** Outside the menu and the sign-in: a page for someone without an account (a family's survey link). */
  noLayout?: boolean;
}

/**
 * A page registered as a resource for its menu entry and URL (a dashboard, a live list): it names the query that
 * feeds it, and shows to whoever the API lets call that query.
 */
export interface PageResourceOptions {
  label: string;
  operation: string;
}

/** The pages among features' resources, by resource name, with the query each needs. */
export function pageOperations(features: readonly AdminFeature[]): Record<string, string> {
  return Object.fromEntries(
    features.flatMap((feature) => feature.resources).flatMap((resource) => {
      const operation = (resource.options as Partial<PageResourceOptions> | undefined)?.operation;
      return operation ? [[resource.name, operation]] : [];
    }),
  );
}

/**
 * What a feature (admin/src/features/<name>/index.ts, named as the API's api/src/features/<name>) gives the
 * admin: its resources, its own pages and its menu entries. App.tsx and the menu are maps over the list of
 * these (features/index.ts): adding a feature is its folder and one line there.
 */
export interface AdminFeature {
  resources: ResourceProps[];
  routes?: FeatureRoute[];
  /** In the order they show within their groups; groups gather entries in the order of the feature list. */
  menu: MenuEntry[];
}
