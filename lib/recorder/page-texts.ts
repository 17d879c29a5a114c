// The words luxury sites use, in the seven languages Vitrine reads (English,
// French, Italian, German, Spanish, Japanese, Chinese): "no results", result
// counts, "added to bag", order confirmations, not-found pages and checkout
// step names. Data, tested on its own; the detectors only test against it.
import type { CheckoutStep } from '../sites/types';

/** A search page saying it found nothing. */
export const NO_RESULTS = new RegExp(
  [
    String.raw`\bno (?:results|products|items|matches)\b`,
    String.raw`\b(?:we )?(?:could ?n[o'’]t|can ?not|cannot|didn[o'’]t|did not) find\b`,
    String.raw`\b0 (?:results|products|items)\b`,
    String.raw`\bsorry,? (?:there are )?no\b`,
    String.raw`aucun (?:r[ée]sultat|produit|article)`,
    String.raw`nous n['’]avons (?:pas )?trouv[ée]|pas de r[ée]sultats?`,
    String.raw`nessun (?:risultato|prodotto|articolo)|non (?:abbiamo trovato|ci sono risultati)`,
    String.raw`keine (?:ergebnisse|treffer|produkte|artikel)|nichts gefunden`,
    String.raw`(?:ning[uú]n|sin) (?:resultado|producto|art[ií]culo)s?|no se (?:han )?encontr|no hay resultados`,
    String.raw`(?:検索結果|該当する商品|商品)(?:が|は)?(?:ありません|見つかりません)|見つかりませんでした|0件`,
    String.raw`没有(?:找到|搜索到|相关)|无(?:搜索)?结果|找不到|未找到(?:相关)?(?:商品|结果)`,
  ].join('|'),
  'i',
);

/** "124 results", "124 résultats", "124 Artikel", "124件", "共 124 件商品" → 124. */
const COUNT_PATTERNS: RegExp[] = [
  /(\d[\d,.\s]*)\s*(?:results?|products?|items?|styles?|pieces?)\b/i,
  /(\d[\d,.\s]*)\s*(?:r[ée]sultats?|produits?|articles?)/i,
  /(\d[\d,.\s]*)\s*(?:risultat[io]|prodott[io]|articol[io])/i,
  /(\d[\d,.\s]*)\s*(?:ergebnisse?|treffer|produkte?|artikel)/i,
  /(\d[\d,.\s]*)\s*(?:resultados?|productos?|art[ií]culos?)/i,
  /(\d[\d,.\s]*)\s*件/,
  /共\s*(\d[\d,.\s]*)\s*(?:件|个|款)/,
  /(\d[\d,.\s]*)\s*(?:个结果|个商品|款商品)/,
];

export function parseResultCount(text: string): number | null {
  for (const pattern of COUNT_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      const digits = match[1].replace(/[\s,.]/g, '');
      const count = Number.parseInt(digits, 10);
      if (Number.isFinite(count) && digits.length <= 7) return count;
    }
  }
  return null;
}

/** Confirmation that something went into the bag — not a wishlist, not a size chosen. */
export const ADDED_TO_BAG = new RegExp(
  [
    String.raw`\badded to (?:your |the )?(?:shopping )?(?:bag|cart|basket)\b`,
    String.raw`ajout[ée]e? (?:à|au|dans) (?:votre |le )?(?:panier|sac)`,
    String.raw`aggiunt[oaie] (?:al|nel) (?:carrello|shopping bag|borsa)`,
    String.raw`(?:zum|in den|in die) (?:warenkorb|einkaufstasche|tasche) hinzugef[üu]gt|wurde (?:dem|zum) warenkorb`,
    String.raw`a[ñn]adido (?:a|al) (?:la |tu )?(?:cesta|carrito|bolsa)`,
    String.raw`(?:カート|ショッピングバッグ|バッグ)に(?:追加|入れ)(?:されました|しました|ました)`,
    String.raw`已(?:加入|添加(?:至|到)?)(?:购物袋|购物车)|成功加入(?:购物袋|购物车)`,
  ].join('|'),
  'i',
);

export const NOT_FOUND = new RegExp(
  [
    String.raw`\bpage (?:not found|cannot be found|could ?n[o'’]t be found)|\b404\b|\bthis page (?:does ?n[o'’]t|does not) exist`,
    String.raw`page (?:introuvable|non trouv[ée]e)|cette page n['’]existe (?:pas|plus)`,
    String.raw`pagina non (?:trovata|disponibile|esiste)`,
    String.raw`seite (?:nicht gefunden|existiert nicht|wurde nicht gefunden)`,
    String.raw`p[áa]gina no (?:encontrada|existe|disponible)`,
    String.raw`ページが見つかりません|お探しのページ`,
    String.raw`页面(?:未找到|不存在|找不到)|找不到(?:该)?页面`,
  ].join('|'),
  'i',
);

export const ORDER_CONFIRMED = new RegExp(
  [
    String.raw`\bthank you for your (?:order|purchase)\b|\border (?:confirmed|confirmation|number|no\.?)\b|\byour order (?:has been|is) (?:placed|confirmed|received)`,
    String.raw`merci pour votre (?:commande|achat)|commande (?:confirm[ée]e|n°)`,
    String.raw`grazie per (?:il tuo ordine|l['’]acquisto)|ordine (?:confermato|n\.)`,
    String.raw`vielen dank f[üu]r (?:ihre|deine) bestellung|bestellung (?:best[äa]tigt|eingegangen)|bestellnummer`,
    String.raw`gracias por (?:tu|su) (?:pedido|compra)|pedido confirmado|n[úu]mero de pedido`,
    String.raw`ご注文ありがとうございます|ご注文(?:を承りました|が完了しました)|注文番号`,
    String.raw`感谢您的(?:订购|购买|订单)|订单(?:已确认|已提交|号)`,
  ].join('|'),
  'i',
);

/** A guest option on a checkout sign-in step: its absence is a forced login. */
export const GUEST_CHECKOUT = /\bguest\b|sans (?:cr[ée]er de )?compte|en tant qu['’]invit[ée]|come ospite|als gast|como invitado|ゲスト|访客|游客/i;

/**
 * Checkout step names as step indicators and headings show them, tried in order:
 * "Delivery address" is the address step, "Delivery method" the delivery step.
 */
export const STEP_NAMES: Array<{ step: CheckoutStep; pattern: RegExp }> = [
  { step: 'login', pattern: /\b(?:sign ?in|log ?in)\b|identification|connexion|accedi|anmelden|iniciar sesi[oó]n|ログイン|登录/i },
  { step: 'review', pattern: /\b(?:review|summary|place order)\b|r[ée]capitulatif|riepilogo|[üu]berpr[üu]fen|zusammenfassung|resumen|revisar|ご注文内容の確認|确认订单/i },
  { step: 'payment', pattern: /\b(?:payment|billing)\b|paiement|pagamento|zahlung|pago|お支払い|支払|支付|付款/i },
  { step: 'shipping', pattern: /\b(?:address|information|contact details)\b|adresse|indirizzo|direcci[oó]n|お届け先|住所|地址/i },
  { step: 'delivery', pattern: /\bdelivery\b|shipping (?:method|options?)|livraison|consegna|lieferung|versandart|entrega|配送/i },
  { step: 'shipping', pattern: /\bshipping\b|exp[ée]dition|spedizione|versand|env[ií]o|配送先/i },
];

export function stepFromText(text: string): CheckoutStep | null {
  for (const { step, pattern } of STEP_NAMES) if (pattern.test(text)) return step;
  return null;
}
