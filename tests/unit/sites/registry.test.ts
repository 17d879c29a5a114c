// The registry is the one list behind host permissions, content-script matches
// and site lookup: every site must be complete, and no host may belong to two sites.
import { describe, expect, it } from 'vitest';
import { SITES } from '@/lib/sites/registry';
import { hostMatchPatterns } from '@/lib/sites/match-patterns';
import { buildHostIndex, siteIdForHost } from '@/lib/sites/classify';

const BRIEF_SITES = [
  'net-a-porter', 'mr-porter', 'the-outnet', 'mytheresa', 'farfetch', 'ssense', 'matches', 'moda-operandi',
  '24s', 'luisaviaroma', 'neiman-marcus', 'saks-fifth-avenue', 'bergdorf-goodman', 'harrods', 'selfridges',
  'harvey-nichols', 'browns', 'gucci', 'louis-vuitton', 'chanel', 'hermes', 'prada', 'miu-miu', 'dior',
  'saint-laurent', 'bottega-veneta', 'balenciaga', 'burberry', 'valentino', 'moncler', 'cartier', 'tiffany',
  'fendi', 'loewe', 'celine', 'givenchy', 'versace', 'jimmy-choo', 'christian-louboutin', 'bulgari',
  'van-cleef-arpels', 'ralph-lauren', 'tom-ford', 'alexander-mcqueen', 'dolce-gabbana', 'max-mara', 'zegna',
  'brunello-cucinelli', 'rimowa', 'acne-studios',
];

describe('site registry', () => {
  it('holds the 50 sites, each id once and in kebab-case', () => {
    const ids = SITES.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...BRIEF_SITES].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every site a name, a kind, a platform and at least one host', () => {
    for (const site of SITES) {
      expect(site.name, site.id).toBeTruthy();
      expect(['retailer', 'brand'], site.id).toContain(site.kind);
      expect(['custom', 'sfcc', 'shopify', 'magento', 'sap-commerce'], site.id).toContain(site.platform);
      expect(site.hosts.length, site.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('lists explicit lower-case hosts only, never a wildcard, scheme or path', () => {
    for (const site of SITES) {
      for (const host of site.hosts) {
        expect(host, site.id).toMatch(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/);
      }
    }
  });

  it('never gives one host to two sites', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const site of SITES) {
      for (const host of site.hosts) {
        const previous = owner.get(host);
        if (previous) clashes.push(`${host}: ${previous} and ${site.id}`);
        owner.set(host, site.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('knows the checkout and country hosts, not just www', () => {
    expect(siteIdForHost('secure.louisvuitton.com')).toBe('louis-vuitton');
    expect(siteIdForHost('us.louisvuitton.com')).toBe('louis-vuitton');
    expect(siteIdForHost('secure.farfetch.com')).toBe('farfetch');
    expect(siteIdForHost('www.gucci.com')).toBe('gucci');
    expect(siteIdForHost('www.bergdorfgoodman.com')).toBe('bergdorf-goodman');
    expect(siteIdForHost('shop.brunellocucinelli.com')).toBe('brunello-cucinelli');
    expect(siteIdForHost('US.Burberry.com')).toBe('burberry');
    expect(siteIdForHost('www.example.com')).toBeNull();
  });

  it('builds a host index from any site list', () => {
    const index = buildHostIndex([{ id: 'maison-test', name: 'Maison Test', kind: 'brand', platform: 'shopify', hosts: ['shop.maison.test'] }]);
    expect(index.get('shop.maison.test')?.id).toBe('maison-test');
    expect(index.size).toBe(1);
  });
});

describe('host match patterns', () => {
  const patterns = hostMatchPatterns();

  it('are one https://host/* pattern per registry host, sorted, without duplicates', () => {
    const hosts = SITES.flatMap((site) => site.hosts);
    expect(patterns).toHaveLength(hosts.length);
    expect(patterns).toEqual([...new Set(patterns)].sort());
    expect(patterns).toContain('https://secure.louisvuitton.com/*');
    expect(patterns).toContain('https://www.net-a-porter.com/*');
  });

  it('are valid WebExtension match patterns: https scheme, explicit host, any path', () => {
    for (const pattern of patterns) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      expect(pattern).not.toContain('*.');
      expect(() => new URL(pattern.replace('/*', '/'))).not.toThrow();
    }
  });
});
