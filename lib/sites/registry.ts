// The site registry: the luxury sites Vitrine records on, each with every host
// it uses. Content-script match patterns and host permissions are derived from
// this list (see match-patterns.ts); there is no second hand-kept list.
import type { SiteDefinition } from './types';
import { RETAILERS } from './registry/retailers';
import { DEPARTMENT_STORES } from './registry/department-stores';
import { KERING } from './registry/brands-kering';
import { LVMH } from './registry/brands-lvmh';
import { FRENCH_MAISONS } from './registry/brands-french';
import { ITALIAN_HOUSES } from './registry/brands-italian';
import { MORE_HOUSES } from './registry/brands-more';

export const SITES: readonly SiteDefinition[] = [
  ...RETAILERS,
  ...DEPARTMENT_STORES,
  ...KERING,
  ...LVMH,
  ...FRENCH_MAISONS,
  ...ITALIAN_HOUSES,
  ...MORE_HOUSES,
];
