import { describe, expect, it } from 'vitest';
import { analyze, expectNoSignal, expectOneSignal, signalsOf } from '../../test-builder.js';

/** Input fields that make the analyzer read each text as Spanish. */
const SPANISH = { language: 'es' } as const;

// Objections stated as plain facts, without "muy alto" or "demasiado largo".
describe('Spanish implicit objections', () => {
  it.each([
    // MOQ: a quantity beyond what the buyer sells, uses or stores, or a small business of its own.
    ['Somos una librería chica, 4.000 cuadernos es más de lo que vendemos en un año.', 'objection.moq', 'más de lo que vendemos'],
    ['Ese volumen equivale a seis meses de ventas para nosotros.', 'objection.moq', 'equivale a seis meses de ventas'],
    ['Con 2.000 rollos no tenemos dónde guardarlos.', 'objection.moq', 'no tenemos dónde guardarlos'],
    ['Mil litros de barniz se nos vencen antes de usarlos.', 'objection.moq', 'vencen antes de usarlos'],
    ['Nosotros vendemos unas 150 lámparas por mes, 2.000 por modelo no tiene sentido.', 'objection.moq', 'Nosotros vendemos unas 150 lámparas por mes'],
    ['Mi negocio es chiquito, 800 piezas por modelo no las muevo ni en un año.', 'objection.moq', 'Mi negocio es chiquito'],
    ['De un mes a otro el mínimo se duplicó.', 'objection.moq', 'mínimo se duplicó'],
    ['Veo muy difícil el mínimo de 3 pallets por color.', 'objection.moq', 'Veo muy difícil el mínimo'],
    ['No necesitamos 20.000 etiquetas, con 5.000 nos alcanza.', 'objection.moq', 'No necesitamos 20.000'],
    // Certification: expired, in another name, off the register, unaccredited, unsigned, another standard, pending.
    ['El certificado de conformidad que nos mandaron ayer para las bombas de agua está caducado.', 'objection.certification', 'certificado de conformidad que nos mandaron ayer para las bombas de agua está caducado'],
    ['El certificado que adjuntaron sale a nombre de una empresa de Hong Kong.', 'objection.certification', 'sale a nombre de una'],
    ['Buscamos el número del certificado en la web del organismo y no aparece.', 'objection.certification', 'no aparece'],
    ['El informe de ensayo no es de un laboratorio acreditado.', 'objection.certification', 'no es de un laboratorio acreditado'],
    ['Los certificados de calidad llegaron sin firma ni sello.', 'objection.certification', 'sin firma ni sello'],
    ['Nos ofrecen el sello GS, pero aquí nos exigen la marca INMETRO.', 'objection.certification', 'sello GS, pero aquí nos exigen'],
    ['El registro sanitario sigue en trámite, así no podemos importar.', 'objection.certification', 'en trámite'],
    // Lead time: a missed date, a long wait, dates moved, too late for the season.
    ['El plazo era de 20 días y ya vamos por 35.', 'objection.lead_time', '20 días y ya vamos por 35'],
    ['Hace 12 días que pagamos y todavía no hay booking.', 'objection.lead_time', 'no hay booking'],
    ['Otra vez nos cambiaron la fecha de embarque.', 'objection.lead_time', 'cambiaron la fecha'],
    ['La carga llegó tres semanas después de lo acordado.', 'objection.lead_time', 'llegó tres semanas después'],
    ['Con 70 días de producción nos quedamos fuera de la temporada de verano.', 'objection.lead_time', 'quedamos fuera de la temporada'],
    ['¿Dónde está nuestro contenedor? Nadie nos contesta.', 'objection.lead_time', 'Dónde está nuestro contenedor'],
    ['El pedido de octubre llegó en enero.', 'objection.lead_time', 'pedido de octubre llegó en enero'],
    ['45 días para unas simples bolsas de papel?', 'objection.lead_time', '45 días para unas simples bolsas de papel?'],
    // Price, payment terms, supplier history and quality, stated as facts.
    ['Ustedes están en 3,80 y el de Monterrey nos cobra 3,10.', 'objection.price', 'Ustedes están en 3,80'],
    ['Con ese precio nos quedamos sin margen.', 'objection.price', 'sin margen'],
    ['Nuestro directorio no aprueba pagos por adelantado.', 'objection.payment_terms', 'no aprueba'],
    ['Ahora nos piden el 100% por adelantado, antes era 30/70.', 'objection.payment_terms', 'Ahora nos piden el 100% por adelantado'],
    ['Un fabricante de Shenzhen nos mandó lámparas sin balastro.', 'objection.supplier_history', 'Un fabricante de Shenzhen nos mandó'],
    ['Lo mismo nos dijo el proveedor anterior.', 'objection.supplier_history', 'Lo mismo nos dijo'],
    ['Las tapas no cierran bien y el líquido se sale.', 'objection.quality', 'no cierran bien'],
    ['El análisis del laboratorio dio 4% de humedad, no 2%.', 'objection.quality', 'análisis del laboratorio dio'],
  ] as const)('"%s" gives %s', (text, type, evidence) => {
    expectOneSignal(text, type, evidence, SPANISH);
  });

  // A question, a resolved objection, a valid certificate, an on-time delivery: no objection.
  it.each([
    ['¿Cuál es el pedido mínimo para las tazas?', 'objection.moq'],
    ['El mínimo de 500 unidades está bien para nosotros.', 'objection.moq'],
    ['Somos una tienda pequeña y buscamos proveedor de velas.', 'objection.moq'],
    ['Pensábamos partir con 800, así que el mínimo de 500 no es problema.', 'objection.moq'],
    ['¿Tienen certificado CE para este modelo?', 'objection.certification'],
    ['El certificado ISO 9001 está vigente hasta 2028, todo en orden.', 'objection.certification'],
    ['El certificado CE está a nombre de su empresa, perfecto.', 'objection.certification'],
    ['Antes de comprar necesito saber si tienen registro INVIMA. Si no lo tienen, avísenme.', 'objection.certification'],
    ['El contenedor llegó a tiempo, gracias.', 'objection.lead_time'],
    ['Llegó justo en la fecha que nos dieron, perfecto.', 'objection.lead_time'],
    ['¿Cuál es el plazo de entrega para 500 unidades?', 'objection.lead_time'],
    ['Necesitamos 30 días para unas pruebas internas.', 'objection.lead_time'],
    ['El precio nos parece correcto.', 'objection.price'],
    ['Si el banco no aprueba la carta de crédito, les aviso.', 'objection.payment_terms'],
    ['El proveedor nos mandó la muestra y quedó perfecta.', 'objection.supplier_history'],
    ['Las muestras llegaron perfectas, la calidad es muy buena.', 'objection.quality'],
  ] as const)('"%s" gives no %s', (text, type) => {
    expectNoSignal(text, type, SPANISH);
  });
});

// The learned layer may veto these rules: the writers of the fitted sets labeled their hits otherwise on 30% or more of them. The rules alone keep the guide's reading.
describe('Spanish implicit objections, rules alone', () => {
  it.each([['Mandame 600 y si se venden bien repetimos.', 'objection.moq', '600 y si se venden bien']] as const)('"%s" gives %s', (text, type, evidence) => {
    expectOneSignal(text, type, evidence, SPANISH, { learned: null });
  });

  // NOTE: the layer fitted with train28 reads a certification objection into this line ("base", "aparece").
  it('reads a verified certificate as no objection', () => {
    const text = 'Revisamos el certificado en la base del organismo y aparece correctamente.';
    expect(signalsOf(analyze(text, SPANISH, { learned: null }), 'objection.certification')).toEqual([]);
  });
});
