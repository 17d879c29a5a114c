// The content script asks what page it is on: the background holds the site
// registry, so the content script need not ship it. The URL decides the page
// type, the page's own facts (status, headings, schema.org types) refine it.
import { classifyPageMessageSchema, type ClassifyPageReply } from '../messages';
import { refinePageType } from '../sites/refine-page-type';
import { originOf, senderSite, senderTabId } from './content-sender';
import { describeIssues, Refusal } from './refusal';
import type { MessageSender, RouterContext } from './route-message';

export async function classifyPage(message: unknown, sender: MessageSender, ctx: RouterContext): Promise<ClassifyPageReply> {
  senderTabId(sender);
  const parsed = classifyPageMessageSchema.safeParse(message);
  if (!parsed.success) throw new Refusal('invalid', describeIssues(parsed.error));
  const { url, facts } = parsed.data;
  const { origin } = await senderSite(sender, ctx);
  if (originOf(url) !== origin) throw new Refusal('url-mismatch', `${url} is not on ${origin}`);
  const page = await ctx.classifyTrackedUrl(url);
  // The sender's site was tracked a moment ago; it may have been untracked since.
  if (!page) throw new Refusal('untracked-site', origin);
  const pageType = refinePageType(page.pageType, facts);
  return { ok: true, page: pageType === page.pageType ? page : { ...page, pageType } };
}
