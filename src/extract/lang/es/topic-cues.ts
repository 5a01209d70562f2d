/**
 * Spanish topic words for bare predicates ("muy alto", "no es posible"): the
 * nearest of these around such a predicate decides which objection it is.
 * Quality words are topics too, so "calidad muy alta" raises no objection.
 */
import type { TopicCues } from '../types.js';

export const ES_TOPICS: TopicCues = {
  words: [
    {
      type: 'objection.price',
      words: [
        'precio', 'precios', 'costo', 'costos', 'coste', 'costes', 'tarifa', 'tarifas', 'cotización', 'cotizacion',
        'cotizaciones', 'cotizado', 'cotizada', 'presupuesto', 'oferta', 'ofertado', 'valor', 'importe', 'monto',
        'usd', 'us$', 'dólar', 'dólares', 'dolar', 'dolares', 'dls', 'eur', 'euro', 'euros', 'mxn', 'cop', 'clp',
        'pen', 'ars', 'soles', 'pesos', 'rmb', 'objetivo', 'target', 'fob', 'cif', 'cfr', 'cnf', 'exw', 'ddp', 'dap',
      ],
    },
    {
      type: 'objection.moq',
      words: ['moq', 'moqs', 'mínimo', 'minimo', 'mínima', 'minima', 'cantidad', 'cantidades', 'qty', 'contenedor', 'contenedores', 'volumen'],
    },
    {
      type: 'objection.lead_time',
      words: [
        'entrega', 'entregas', 'plazo', 'plazos', 'tiempo', 'tiempos', 'producción', 'produccion', 'fabricación',
        'fabricacion', 'envío', 'envio', 'embarque', 'despacho', 'tránsito', 'transito', 'días', 'dias', 'semanas',
        'meses', 'eta', 'lead', 'leadtime', 'espera',
      ],
    },
    {
      type: 'objection.payment_terms',
      words: [
        'anticipo', 'adelanto', 'depósito', 'deposito', 'prepago', 'enganche', 'crédito', 'credito', 'l/c', 'lc',
        't/t', 'tt', 'condiciones', 'términos', 'terminos', 'pago', 'pagos', 'saldo', 'financiamiento', 'financiación',
        'financiacion',
      ],
    },
    {
      type: 'objection.quality',
      words: [
        'calidad', 'estándar', 'estandar', 'rendimiento', 'desempeño', 'brillo', 'acabado', 'acabados',
        'terminación', 'terminaciones', 'durabilidad', 'resistencia', 'resolución', 'resolucion', 'gama',
      ],
    },
    // Certificate words are topics too, so "sin el certificado no me sirve el precio" raises no price objection.
    {
      type: 'objection.certification',
      words: [
        'certificado', 'certificados', 'certificación', 'certificacion', 'certificaciones', 'registro', 'homologación',
        'homologacion', 'sello', 'ce', 'fda', 'iso', 'rohs', 'ul', 'nom', 'invima', 'cofepris', 'anmat', 'digemid',
        'halal', 'etl', 'fcc', 'saso', 'gcc',
        // The standard, mark or body a certificate objection names: "la norma que aparece", "la página del organismo".
        'norma', 'normas', 'marcado', 'organismo', 'certificadora', 'notificado',
      ],
    },
  ],
  entities: {
    money: 'objection.price',
    quantity: 'objection.moq',
    duration: 'objection.lead_time',
    payment_term: 'objection.payment_terms',
    certification: 'objection.certification',
  },
  bareNumber: 'objection.price',
  window: 8,
  timeReferences: ['antes', 'después', 'despues', 'contra', 'tras'],
};
