// Sites the user asked Vitrine to track ("Track this site"), kept in
// storage.local and checked with zod on every read, so a damaged entry is
// dropped rather than trusted. Each is one https host, read with its platform's rules.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import type { Platform } from './types';

export const customSiteSchema = z.strictObject({
  id: z.string().regex(/^custom:[a-z0-9.-]+$/),
  name: z.string().min(1).max(100),
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1).max(4),
  platform: z.enum(['custom', 'sfcc', 'shopify', 'magento', 'sap-commerce', 'generic']),
  addedAt: z.number(),
});
export type CustomSite = z.infer<typeof customSiteSchema>;

const customSitesItem = storage.defineItem<unknown[]>('local:customSites', { fallback: [] });

export async function loadCustomSites(): Promise<CustomSite[]> {
  const stored = await customSitesItem.getValue();
  return (Array.isArray(stored) ? stored : []).flatMap((entry) => {
    const parsed = customSiteSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function saveCustomSites(sites: CustomSite[]): Promise<void> {
  await customSitesItem.setValue(sites.map((site) => customSiteSchema.parse(site)));
}

/** A readable name for a host: `www.maison-example.com` → `maison-example.com`. */
export function nameForHost(host: string): string {
  return host.replace(/^www\d?\./, '');
}

export function newCustomSite(host: string, platform: Platform, now: number): CustomSite {
  return { id: `custom:${host}`, name: nameForHost(host), hosts: [host], platform, addedAt: now };
}

/** `https://shop.example.com/*` → `shop.example.com`; anything broader or not https → null. */
export function hostOfPattern(pattern: string): string | null {
  const match = /^https:\/\/([a-z0-9.-]+)\/\*$/.exec(pattern);
  return match ? match[1] : null;
}
