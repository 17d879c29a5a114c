// classifyUrl: what kind of page a URL is, on which registry site (DESIGN §4).
// A pure function of the URL, called on every page of every tracked site, so it
// does one host lookup, cuts the locale, and runs a short list of regular expressions.
import { SITES } from './registry';
import { PLATFORM_RULES, withSiteRules } from './platform-rules';
import { HOME } from './url-patterns';
import type { PageType, Platform, SiteDefinition, UrlClassification, UrlRules } from './types';

interface CompiledSite {
  id: string;
  rules: UrlRules;
  /** `searchParams`, lower-cased, for a case-insensitive lookup. */
  searchParams: ReadonlySet<string>;
}

function compileRules(id: string, rules: UrlRules): CompiledSite {
  return { id, rules, searchParams: new Set(rules.searchParams.map((name) => name.toLowerCase())) };
}

/** Host → compiled site, built once. */
export function buildHostIndex(sites: readonly SiteDefinition[]): Map<string, CompiledSite> {
  const index = new Map<string, CompiledSite>();
  for (const site of sites) {
    const compiled = compileRules(site.id, withSiteRules(site.platform, site.rules));
    for (const host of site.hosts) index.set(host, compiled);
  }
  return index;
}

const HOSTS = buildHostIndex(SITES);
const PLATFORM_SITES = new Map(
  (Object.keys(PLATFORM_RULES) as Platform[]).map((platform) => [platform, compileRules('', PLATFORM_RULES[platform])]),
);

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

/** The search parameter's value: a string (maybe empty) when the parameter is there at all. */
function searchParamValue(url: URL, names: ReadonlySet<string>): string | undefined {
  if (url.search.length < 2) return undefined;
  let found: string | undefined;
  for (const [name, value] of url.searchParams) {
    if (!names.has(name.toLowerCase())) continue;
    const term = value.trim();
    if (term) return term;
    found = '';
  }
  return found;
}

const SEARCHABLE: ReadonlySet<PageType> = new Set(['home', 'listing', 'other']);

function classifyWith(url: URL, site: CompiledSite): UrlClassification {
  const { rules } = site;
  let end = url.pathname.length;
  while (end > 0 && url.pathname.charCodeAt(end - 1) === 47 /* / */) end--;
  // pathname is percent-encoded ASCII, so lower-casing keeps every offset.
  const rawPath = url.pathname.slice(0, end);
  const path = rawPath.toLowerCase();
  const cut = rules.locale.exec(path)?.[0].length ?? 0;
  const rest = path.slice(cut);

  let pageType: PageType = rules.fallback;
  if (HOME.test(rest)) {
    pageType = 'home';
  } else {
    for (const rule of rules.pages) {
      if (rule.path.test(rest)) {
        pageType = rule.type;
        break;
      }
    }
  }

  const paramTerm = searchParamValue(url, site.searchParams);
  if (paramTerm !== undefined && SEARCHABLE.has(pageType)) pageType = 'search';

  const result: UrlClassification = { siteId: site.id || null, pageType };
  if (pageType === 'search') {
    let term = paramTerm || undefined;
    if (term === undefined) {
      // Search terms keep their case: match the original path, not the lower-cased one.
      const restRaw = rawPath.slice(cut);
      for (const pattern of rules.searchPaths) {
        const match = pattern.exec(restRaw);
        if (match?.[1]) {
          term = decodeTerm(match[1]) || undefined;
          break;
        }
      }
    }
    if (term !== undefined) result.searchQuery = term;
  } else if (pageType === 'checkout') {
    const tail = (rest + url.search + url.hash).toLowerCase();
    const step = rules.checkoutSteps.find((s) => s.match.test(tail));
    if (step) result.checkoutStep = step.step;
  }
  return result;
}

function parse(rawUrl: string): URL | null {
  try {
    return new URL(rawUrl);
  } catch {
    return null;
  }
}

export function classifyUrl(rawUrl: string): UrlClassification {
  const url = parse(rawUrl);
  if (!url) return { siteId: null, pageType: 'other' };
  return classifyWith(url, HOSTS.get(url.hostname) ?? PLATFORM_SITES.get('generic')!);
}

/**
 * A URL read with one platform's rules, for a site the user added: registry
 * sites keep their own rules, any other host gets `siteId` null and the platform's.
 */
export function classifyUrlOnPlatform(rawUrl: string, platform: Platform): UrlClassification {
  const url = parse(rawUrl);
  if (!url) return { siteId: null, pageType: 'other' };
  return classifyWith(url, HOSTS.get(url.hostname) ?? PLATFORM_SITES.get(platform)!);
}
