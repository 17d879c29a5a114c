// classifyUrl: what kind of page a URL is, on which registry site (DESIGN §4).
// A pure function of the URL, called on every page of every tracked site, so it
// does one host lookup and a few regular-expression tests and allocates little.
import { SITES } from './registry';
import { PLATFORM_RULES } from './platform-rules';
import type { SiteDefinition, UrlClassification, UrlRules } from './types';

interface CompiledSite {
  id: string;
  rules: UrlRules;
}

function compile(site: SiteDefinition): CompiledSite {
  const platform = PLATFORM_RULES[site.platform];
  const own = site.rules ?? {};
  return {
    id: site.id,
    rules: {
      pages: [...(own.pages ?? []), ...platform.pages],
      checkoutSteps: [...(own.checkoutSteps ?? []), ...platform.checkoutSteps],
      searchParams: own.searchParams ?? platform.searchParams,
      searchPaths: [...(own.searchPaths ?? []), ...platform.searchPaths],
    },
  };
}

const GENERIC_SITE: CompiledSite = { id: '', rules: PLATFORM_RULES.generic };

/** Host → compiled site, built once. */
export function buildHostIndex(sites: readonly SiteDefinition[]): Map<string, CompiledSite> {
  const index = new Map<string, CompiledSite>();
  for (const site of sites) {
    const compiled = compile(site);
    for (const host of site.hosts) index.set(host, compiled);
  }
  return index;
}

const HOSTS = buildHostIndex(SITES);

/** The registry site a host belongs to, or null. */
export function siteIdForHost(host: string): string | null {
  return HOSTS.get(host.toLowerCase())?.id ?? null;
}

function decodeTerm(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).trim();
  } catch {
    return raw.trim();
  }
}

function findSearchQuery(url: URL, path: string, rules: UrlRules): string | undefined {
  for (const name of rules.searchParams) {
    const value = url.searchParams.get(name);
    if (value && value.trim()) return value.trim();
  }
  for (const pattern of rules.searchPaths) {
    const match = pattern.exec(path);
    if (match?.[1]) return decodeTerm(match[1]);
  }
  return undefined;
}

export function classifyUrl(rawUrl: string): UrlClassification {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { siteId: null, pageType: 'other' };
  }
  const site = HOSTS.get(url.hostname) ?? GENERIC_SITE;
  const rules = site.rules;
  const siteId = site.id || null;
  let path = url.pathname.toLowerCase();
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);

  // Search terms keep their case: match the original path, not the lower-cased one.
  const searchQuery = findSearchQuery(url, url.pathname, rules);

  let pageType: UrlClassification['pageType'] = 'other';
  for (const rule of rules.pages) {
    if (rule.path.test(path)) {
      pageType = rule.type;
      break;
    }
  }
  if (searchQuery !== undefined && (pageType === 'other' || pageType === 'listing' || pageType === 'home')) {
    pageType = 'search';
  }

  const result: UrlClassification = { siteId, pageType };
  if (pageType === 'search' && searchQuery !== undefined) result.searchQuery = searchQuery;
  if (pageType === 'checkout') {
    const tail = (path + url.search + url.hash).toLowerCase();
    const step = rules.checkoutSteps.find((s) => s.match.test(tail));
    if (step) result.checkoutStep = step.step;
  }
  return result;
}
