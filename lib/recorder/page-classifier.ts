// Which URL rules read this page: a registry site's own, or — on a site the
// user added — those of the platform the page shows it runs on, detected once.
import { classifyUrl, classifyUrlOnPlatform, siteIdForHost } from '../sites/classify';
import { detectPlatform } from '../sites/detect-platform';
import type { UrlClassification } from '../sites/types';

export function classifierForPage(doc: Document, host: string): (url: string) => UrlClassification {
  if (siteIdForHost(host) !== null) return classifyUrl;
  const platform = detectPlatform(doc);
  return (url) => classifyUrlOnPlatform(url, platform);
}
