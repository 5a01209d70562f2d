import { describe, it } from 'vitest';
import { expectNoSignal, expectOneSignal } from '../../test-builder.js';

const FR = { language: 'fr' } as const;

describe('French implicit objections', () => {
  it.each([
    // MOQ: a small business, or a quantity measured against what the buyer sells.
    ['Moi j\'ai une petite quincaillerie, votre minimum de 800 pièces c\'est trop.', 'objection.moq', 'j\'ai une petite quincaillerie'],
    ['Nous sommes une toute petite épicerie, 3 000 bocaux nous dureraient des années.', 'objection.moq', 'dureraient des années'],
    ['Votre minimum, c\'est pour les grosses enseignes.', 'objection.moq', 'pour les grosses enseignes'],
    ['800 cartons, c\'est plus que ce qu\'on écoule en un an.', 'objection.moq', 'plus que ce qu\'on écoule'],
    ['Ces 4 000 flacons représentent deux ans de ventes pour notre magasin.', 'objection.moq', 'ans de ventes'],
    ['On voudrait juste 300 pièces pour tester le marché.', 'objection.moq', 'juste 300 pièces pour tester'],
    ['600 sacs pour commencer et après on verra.', 'objection.moq', '600 sacs pour commencer et après on verra'],
    // Certification: a certificate word and what voids it.
    ['Le certificat CE que vous nous avez transmis a expiré en janvier.', 'objection.certification', 'certificat CE que vous nous avez transmis a expiré'],
    ['Le rapport d\'essai que vous avez joint date de 2018.', 'objection.certification', 'rapport d\'essai que vous avez joint date de 2018'],
    ['Nous ne trouvons pas votre numéro de licence dans la base officielle.', 'objection.certification', 'trouvons pas votre numéro de licence dans la base'],
    ['Le certificat d\'origine n\'est pas tamponné par la chambre de commerce.', 'objection.certification', 'certificat d\'origine n\'est pas tamponné'],
    ['On attend toujours les certificats RoHS pour ce lot.', 'objection.certification', 'attend toujours les certificats'],
    // Lead time: missed dates and long waits.
    ['Depuis février vous nous dites la semaine prochaine.', 'objection.lead_time', 'Depuis février vous nous dites la semaine prochaine'],
    ['La livraison devait partir le 4, on est le 19 et le camion n\'est toujours pas là.', 'objection.lead_time', 'toujours pas là'],
    ['Vous m\'aviez dit 20 jours, on est à 45.', 'objection.lead_time', 'm\'aviez dit 20 jours'],
    ['Avec votre délai de 90 jours, les maillots arrivent après la saison.', 'objection.lead_time', 'arrivent après la saison'],
    ['Dix semaines pour des tee-shirts unis ?', 'objection.lead_time', 'Dix semaines pour des tee-shirts unis ?'],
    // Price, payment terms, quality and supplier history stated as facts.
    ['Vous avez augmenté de 9 % sans nous prévenir.', 'objection.price', 'Vous avez augmenté'],
    ['C\'est nettement plus que ce que nous avions budgété pour ce projet.', 'objection.price', 'plus que ce que nous avions budgété'],
    ['50 % à la commande, ça me fait peur pour une première affaire.', 'objection.payment_terms', 'me fait peur'],
    ['Nous ne travaillons jamais avec des acomptes sur une première commande.', 'objection.payment_terms', 'travaillons jamais avec des acomptes'],
    ['On a reçu du 60 g au lieu du 80 g commandé.', 'objection.quality', 'reçu du 60 g au lieu du'],
    ['L\'an dernier un fournisseur nous a livré des moteurs contrefaits.', 'objection.supplier_history', 'un fournisseur nous a livré des moteurs contrefaits'],
    ['On a déjà perdu un acompte avec un exportateur de Guangzhou.', 'objection.supplier_history', 'perdu un acompte avec un exportateur'],
  ] as const)('"%s" gives %s', (text, type, evidence) => {
    expectOneSignal(text, type, evidence, FR);
  });

  it('reads a certificate in another company\'s name', () => {
    expectOneSignal('Votre attestation Halal est au nom d\'une autre société.', 'objection.certification', 'attestation Halal est au nom d\'une autre société', FR);
  });

  // A resolved objection, a question, a valid certificate and an on-time delivery raise none.
  it.each([
    ['Le minimum de 800 pièces était trop pour nous, mais c\'est réglé maintenant.', 'objection.moq'],
    ['Votre minimum de 500 pièces nous convient, on lance la commande.', 'objection.moq'],
    ['Nous sommes une petite boutique à Namur, quel est votre minimum de commande ?', 'objection.moq'],
    ['Quel est votre MOQ pour les bocaux de 250 ml ?', 'objection.moq'],
    ['Le certificat CE est valide jusqu\'en 2028 et porte bien le nom de votre usine.', 'objection.certification'],
    ['Nous avons trouvé votre numéro de licence dans la base officielle, merci.', 'objection.certification'],
    ['Le rapport d\'essai correspond au modèle commandé, tout est en ordre.', 'objection.certification'],
    ['La livraison était prévue le 4 et le camion est arrivé le 4, merci.', 'objection.lead_time'],
    ['Le conteneur est arrivé à Abidjan à la date promise, merci pour le suivi.', 'objection.lead_time'],
    ['Le délai de 30 jours nous convient.', 'objection.lead_time'],
    ['Le prix était trop élevé mais maintenant c\'est bon.', 'objection.price'],
    ['30 % d\'acompte et le solde contre BL, ça nous va.', 'objection.payment_terms'],
    ['Les échantillons correspondent parfaitement à la commande.', 'objection.quality'],
    ['Nous travaillons avec le même fournisseur depuis dix ans sans aucun souci.', 'objection.supplier_history'],
  ] as const)('"%s" gives no %s', (text, type) => {
    expectNoSignal(text, type, FR);
  });
});
