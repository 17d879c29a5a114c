// What an overlay is for, read from its words and its class names in the
// seven languages Vitrine reads (English, French, Italian, German, Spanish,
// Japanese, Chinese). Data, tested on its own; tried in order, so a newsletter
// promising "10% off" is a newsletter and a cookie notice that mentions
// "offers" is a cookie notice.

export type OverlayKind = 'cookie' | 'newsletter' | 'region' | 'promotion' | 'chat' | 'other';

const COOKIE = new RegExp(
  [
    String.raw`\bcookies?\b|\bconsent\b|\bgdpr\b|\bprivacy (?:settings|preferences|choices)\b|onetrust|cookiebot|didomi|usercentrics|trustarc`,
    String.raw`\btraceurs\b|\btémoins\b|consentement|confidentialit[ée]`,
    String.raw`\bconsenso\b|informativa`,
    String.raw`\beinwilligung\b|datenschutz`,
    String.raw`\bconsentimiento\b|privacidad`,
    String.raw`クッキー|個人情報の取り扱い|同意する`,
    String.raw`隐私(?:政策|设置)|同意并继续|使用cookie`,
  ].join('|'),
  'i',
);

const NEWSLETTER = new RegExp(
  [
    String.raw`newsletter|\bsubscribe\b|\bsign ?up\b|\bjoin (?:us|our|the)\b|(?:enter|your) e-?mail|be the first to (?:know|hear)`,
    String.raw`\bs['’]inscrire\b|\binscri(?:vez|ption)\b|\babonnez\b|votre (?:adresse )?e-?mail`,
    String.raw`\biscriviti\b|\biscrizione\b|la tua e-?mail`,
    String.raw`\babonnieren\b|ihre e-?mail|newsletter-anmeldung`,
    String.raw`\bsuscr[ií]b|\bsuscripci[óo]n\b|tu (?:correo|e-?mail)|\breg[ií]strate\b`,
    String.raw`メールマガジン|メルマガ|ニュースレター|登録する|会員登録`,
    String.raw`订阅|电子报|注册会员|邮件通讯`,
  ].join('|'),
  'i',
);

const REGION = new RegExp(
  [
    String.raw`\b(?:country|countries|region|location|language)\b|\bship(?:ping)? to\b|\bdeliver(?:ing|y)? to\b|\byou(?:'re| are) (?:visiting|browsing)\b`,
    String.raw`\bpays\b|\br[ée]gion\b|\blangue\b|livraison (?:en|au|aux|vers)\b|vous (?:[êe]tes|naviguez) sur`,
    String.raw`\bpaese\b|\bregione\b|\blingua\b|\bnazione\b|spedizione (?:in|verso)\b|stai (?:visitando|navigando)`,
    String.raw`\bland\b|\bregion\b|\bsprache\b|(?:lieferung|versand) nach\b|sie befinden sich`,
    String.raw`\bpa[ií]s\b|\bregi[óo]n\b|\bidioma\b|env[ií]o a\b|est[áa]s (?:visitando|navegando)`,
    String.raw`国・地域|国\/地域|国を選択|地域を選択|配送先の国|お住まいの国|言語`,
    String.raw`国家|地区|语言|配送至`,
  ].join('|'),
  'i',
);

const PROMOTION = new RegExp(
  [
    String.raw`\d+\s?%\s?off\b|\bdiscount\b|\bpromo(?:tion)?\b|\bsale\b|\boffer\b|\bcoupon\b|\bvoucher\b|\bfree shipping\b|\bgift with purchase\b`,
    String.raw`\br[ée]duction\b|\bremise\b|\boffre\b|\bsoldes\b|\bcode promo\b|livraison offerte`,
    String.raw`\bsconto\b|\bofferta\b|\bsaldi\b|\bcodice promo`,
    String.raw`\brabatt\b|\bangebot\b|\bgutschein\b|\bsale\b`,
    String.raw`\bdescuento\b|\boferta\b|\brebajas\b|\bc[óo]digo promocional\b`,
    String.raw`割引|セール|クーポン|キャンペーン|\d+\s?%\s?オフ`,
    String.raw`优惠|折扣|促销|满减|\d+\s?折`,
  ].join('|'),
  'i',
);

const CHAT = new RegExp(
  [
    String.raw`\b(?:live )?chat\b|how can (?:we|i) help|client advis(?:or|er)|\bassistant\b|\bmessenger\b`,
    String.raw`besoin d['’]aide|conseill(?:er|[èe]re)|discuter`,
    String.raw`posso aiutarti|possiamo aiutarti|consulente`,
    String.raw`wie k[öo]nnen wir (?:ihnen )?helfen|berater(?:in)?`,
    String.raw`en qu[ée] podemos ayudar|asesor(?:a)?`,
    String.raw`チャット|お問い合わせ|ご相談`,
    String.raw`在线(?:咨询|客服)|客服|聊天`,
  ].join('|'),
  'i',
);

const KINDS: Array<{ kind: OverlayKind; words: RegExp }> = [
  { kind: 'cookie', words: COOKIE },
  { kind: 'newsletter', words: NEWSLETTER },
  { kind: 'region', words: REGION },
  { kind: 'promotion', words: PROMOTION },
  { kind: 'chat', words: CHAT },
];

/** `text` is the overlay's own label: its class names and id, aria-label, then the start of its text. */
export function overlayKindFromText(text: string): OverlayKind {
  for (const { kind, words } of KINDS) if (words.test(text)) return kind;
  return 'other';
}

const MAX_TEXT = 400;

/** Reads an overlay's label (bounded) and names its kind. */
export function overlayKind(el: Element): OverlayKind {
  const names = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`.replace(/[-_]+/g, ' ');
  const text = (el.textContent ?? '').slice(0, MAX_TEXT * 2).replace(/\s+/g, ' ').slice(0, MAX_TEXT);
  return overlayKindFromText(`${names} ${text}`);
}
