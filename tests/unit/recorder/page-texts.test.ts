import { describe, expect, it } from 'vitest';
import { ADDED_TO_BAG, NO_RESULTS, NOT_FOUND, ORDER_CONFIRMED, parseResultCount, stepFromText } from '@/lib/recorder/page-texts';

describe('the words of seven languages', () => {
  it.each([
    ['en', 'Sorry, we couldn’t find any results for "blak tote"'],
    ['en', 'No results for "blak tote"'],
    ['fr', 'Aucun résultat ne correspond à votre recherche'],
    ['it', 'Nessun risultato trovato per "borsa nera"'],
    ['de', 'Leider keine Ergebnisse für „schwarze Tasche“'],
    ['es', 'No se han encontrado resultados para "bolso negro"'],
    ['ja', '「黒 トート」に該当する商品はありません'],
    ['zh', '抱歉，没有找到与“黑色托特包”相关的商品'],
  ])('%s: "%s" is a zero-result page', (_, text) => {
    expect(NO_RESULTS.test(text)).toBe(true);
  });

  it.each([
    ['124 results', 124],
    ['Showing 1,204 products', 1204],
    ['248 résultats', 248],
    ['37 risultati', 37],
    ['1.024 Artikel', 1024],
    ['56 resultados', 56],
    ['検索結果 128件', 128],
    ['共 64 件商品', 64],
  ])('reads "%s" as %d results', (text, count) => {
    expect(parseResultCount(text)).toBe(count);
  });

  it('does not read a price or a size as a result count', () => {
    expect(parseResultCount('£2,950')).toBeNull();
    expect(parseResultCount('IT 38')).toBeNull();
  });

  it('knows "added to bag" from "added to wishlist"', () => {
    for (const text of ['Added to your bag', 'Article ajouté au panier', 'Aggiunto al carrello', 'Zum Warenkorb hinzugefügt', 'Añadido a la cesta', 'ショッピングバッグに追加されました', '已加入购物袋']) {
      expect(ADDED_TO_BAG.test(text), text).toBe(true);
    }
    expect(ADDED_TO_BAG.test('Added to your wishlist')).toBe(false);
  });

  it('knows not-found pages and order confirmations', () => {
    for (const text of ['Page not found', 'Page introuvable', 'Pagina non trovata', 'Seite nicht gefunden', 'Página no encontrada', 'ページが見つかりません', '页面未找到']) {
      expect(NOT_FOUND.test(text), text).toBe(true);
    }
    for (const text of ['Thank you for your order', 'Merci pour votre commande', 'Grazie per il tuo ordine', 'Vielen Dank für Ihre Bestellung', 'Gracias por tu pedido', 'ご注文ありがとうございます', '感谢您的订购']) {
      expect(ORDER_CONFIRMED.test(text), text).toBe(true);
    }
  });

  it('names checkout steps from their labels', () => {
    expect(stepFromText('Sign in')).toBe('login');
    expect(stepFromText('Delivery address')).toBe('shipping');
    expect(stepFromText('Shipping')).toBe('shipping');
    expect(stepFromText('Delivery method')).toBe('delivery');
    expect(stepFromText('Paiement')).toBe('payment');
    expect(stepFromText('Review and place order')).toBe('review');
  });
});
