import { describe, expect, it } from 'vitest';
import { overlayKindFromText } from '@/lib/recorder/friction/overlay-texts';

describe('what an overlay is for, in seven languages', () => {
  it.each([
    ['Sign up to our newsletter and be the first to know about new arrivals', 'newsletter'],
    ['Inscrivez-vous à notre newsletter', 'newsletter'],
    ['Iscriviti per ricevere le ultime novità', 'newsletter'],
    ['Jetzt abonnieren: Ihre E-Mail-Adresse', 'newsletter'],
    ['Suscríbete y recibe un 10% de descuento en tu primer pedido', 'newsletter'],
    ['メールマガジンに登録する', 'newsletter'],
    ['订阅我们的电子报', 'newsletter'],
    ['You are visiting our United States site. Ship to France?', 'region'],
    ['Choisissez votre pays ou région', 'region'],
    ['Seleziona il paese di spedizione', 'region'],
    ['Sie befinden sich auf unserer Website für die Schweiz. Land ändern', 'region'],
    ['Elige tu país o región', 'region'],
    ['国・地域を選択してください', 'region'],
    ['请选择您的国家/地区', 'region'],
    ['We use cookies to personalise content and offers. Accept all', 'cookie'],
    ['Nous utilisons des cookies et traceurs', 'cookie'],
    ['Questo sito utilizza cookie. Informativa', 'cookie'],
    ['Wir verwenden Cookies. Datenschutz-Einstellungen', 'cookie'],
    ['Utilizamos cookies propias y de terceros', 'cookie'],
    ['当サイトではCookieを使用しています', 'cookie'],
    ['我们使用Cookie来改善您的体验', 'cookie'],
    ['Enjoy 20% off selected styles — use code SPRING', 'promotion'],
    ['Jusqu’à -30 % : profitez de notre offre exclusive', 'promotion'],
    ['Saldi di fine stagione: sconto fino al 50%', 'promotion'],
    ['期間限定セール開催中', 'promotion'],
    ['限时优惠，全场折扣', 'promotion'],
    ['Chat with a client advisor — how can we help?', 'chat'],
    ['Besoin d’aide ? Un conseiller vous répond', 'chat'],
    ['在线客服', 'chat'],
    ['Guide des tailles', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(overlayKindFromText(text)).toBe(kind);
  });

  it('class names and ids count too', () => {
    expect(overlayKindFromText('newsletter popup  ')).toBe('newsletter');
    expect(overlayKindFromText('onetrust banner sdk Accept')).toBe('cookie');
  });
});
