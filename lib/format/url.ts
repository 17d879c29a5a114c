// Events store origin + path (DESIGN §6); on a site's own timeline the origin
// is noise, so lists show the path alone. Never throws on a malformed URL.

export function pathOf(url: string): string {
  try {
    const { pathname, search } = new URL(url);
    return decodeURIComponentSafe(pathname + search);
  } catch {
    return url;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
