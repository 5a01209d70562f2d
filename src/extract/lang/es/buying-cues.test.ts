import { describe, expect, it } from 'vitest';
import { analyze, expectOneSignal, signalsOf } from '../../test-builder.js';

/** Input fields that make the analyzer read each text as Spanish. */
const SPANISH = { language: 'es' } as const;

// Readiness to buy in the words of Spain, Mexico, the Caribbean, the Andes and the River Plate:
// tú, vos, usted, ustedes and vosotros forms, chat spellings and local go-aheads.
describe('Spanish readiness to buy', () => {
  it.each([
    // Choosing a quantity or an option.
    ['Vamos con las 1.800 cajas de vino tinto, mándame la proforma.', 'Vamos con las 1.800'],
    ['Órale, vámonos con los 3 contenedores de PET.', 'vámonos con los 3'],
    ['Listo, nos quedamos con la opción de acero galvanizado.', 'quedamos con la opción'],
    ['Nos decantamos por la versión de doble costura.', 'decantamos por la'],
    ['Dale, tomamos la opción con tapa metálica.', 'tomamos la opción'],
    // Go-aheads, from a plain "adelante" to "hágale", "dale nomás" and "démosle".
    ['Adelante con los 600 rollos de film, mismo calibre.', 'Adelante con los 600'],
    ['Perfecto, con 28 días sí llegamos a la campaña. Adelante.', 'Adelante'],
    ['Revisamos el informe de ensayo y todo cuadra. Procedemos.', 'Procedemos.'],
    ['Che, avanzá con las 900 camperas que el local ya las espera.', 'avanzá con las 900'],
    ['Listo, hágale pues, despache como quedamos.', 'hágale'],
    ['Dale nomás, el cliente ya aprobó el arte.', 'Dale nomás'],
    ['Ya, démosle con las poleras del colegio.', 'démosle'],
    ['Excelente, dale con la OC que ya tengo el presupuesto.', 'dale con la OC'],
    ['Todo en orden con la inspección. Pueden embarcar.', 'Pueden embarcar'],
    ['Con el certificado nuevo ya está todo correcto. Podemos seguir.', 'Podemos seguir.'],
    // Closing words.
    ['¡Vendido! Enviadnos la factura proforma.', 'Vendido!'],
    ['va va, cerramos!! 🙌', 'cerramos!!'],
    ['Me convenciste, mandame el contrato.', 'Me convenciste'],
    ['Ya no lo pensamos más, queremos los tableros.', 'Ya no lo pensamos más'],
    ['Quedamos en 3,20 dólares la unidad, sin más vueltas.', 'Quedamos en 3,20'],
    ['Compramos. Facturar a nombre de Agroandes SAC.', 'Compramos.'],
    // A condition met, then the buyer's move.
    ['Si me igualás el precio de Ningbo, te compro los 2 contenedores.', 'te compro'],
    ['A 2,40 el kilo le tomo las 5 toneladas.', 'le tomo'],
    ['Si nos dejáis el palé a 310 euros, os cogemos ocho palés.', 'os cogemos'],
    ['Si el flete baja de 2.000 dólares lo colocamos esta misma semana.', 'lo colocamos'],
    ['Si cumplen con la fecha del 10 de mayo, pedimos el contenedor completo.', 'Si cumplen con la fecha del 10 de mayo, pedimos'],
    // A purchase order announced for later.
    ['La semana que viene les paso la orden de compra.', 'les paso la orden'],
    ['Confírmenme el stock y mañana sin falta les mando la OC.', 'les mando la OC'],
    // Repeat orders.
    ['Queremos repetir el pedido de noviembre, mismas referencias.', 'repetir el pedido'],
    ['Repetimos: 20 tarimas del mismo jabón líquido.', 'Repetimos:'],
    ['Mándame lo mismo que la vez pasada, 60 cajas.', 'Mándame lo mismo'],
    ['Klk mi pana, prepárame otro contenedor igualito al anterior.', 'otro contenedor'],
    ['Igual que el pedido anterior pero con etiqueta en portugués.', 'Igual que el pedido'],
    ['Los clientes quedaron felices; queremos duplicar el pedido para la temporada.', 'duplicar el pedido'],
    // Holding, preparing and wanting goods now.
    ['Apártame 300 sacos de cemento para el jueves.', 'Apártame'],
    ['¿Me separa 40 cajas del lote nuevo?', 'Me separa 40'],
    ['Preparad 250 sillas en gris y avisadnos de la fecha de carga.', 'Preparad 250'],
    ['Ocupo 15 rollos de malla ciclónica para el lunes.', 'Ocupo 15'],
    ['Hagamos los 12.000 vasos ya, que el evento se viene.', 'Hagamos los 12.000'],
    ['Lo queremos ya, mándenos la PI.', 'Lo queremos ya'],
    ['Estamos listos para comprar las 50 bicicletas eléctricas.', 'listos para comprar'],
    ['Les vamos a necesitar 30 toneladas más para el segundo semestre.', 'vamos a necesitar 30'],
    // A first order to start with.
    ['Arrancamos con 400 pares y vemos cómo rota.', 'Arrancamos con 400'],
    ['Ya, partimos con 2 contenedores de quinua para el primer embarque.', 'partimos con 2'],
    ['Ya lo hablé con mi socio y vamos a por el pedido completo.', 'vamos a por'],
    // Sign-off on the buyer's side and a payment promised.
    ['Ya tenemos luz verde de gerencia para la compra.', 'tenemos luz verde'],
    ['Todo aprobado por el directorio, mandadme el contrato.', 'aprobado por el directorio'],
    ['Mándame la proforma y mañana a primera hora te transfiero el 40%.', 'te transfiero'],
    ['Pasadme la proforma y hacemos la transferencia del anticipo.', 'proforma y hacemos'],
    // Regional order words: "ponme" (Spain), "te encargo" and "va que va" (Mexico), "cuenten con el pedido".
    ['Ponme 300 cajas del rosado, que se nos acaba.', 'Ponme 300'],
    ['Te encargo 200 piezas para el viernes.', 'Te encargo 200'],
    ['Va que va, mándame la PI.', 'Va que va'],
    ['Cuenten con el pedido de mayo.', 'Cuenten con el pedido'],
  ] as const)('"%s" gives intent.purchase', (text, evidence) => {
    expectOneSignal(text, 'intent.purchase', evidence, SPANISH);
  });

  // A price question, a later maybe, an old order, a sample or a refusal: no readiness to buy.
  it.each([
    ['¿Cuánto cuesta el contenedor de 40 de cerámica?'],
    ['¿Cuál es el precio por 10.000 unidades FOB Ningbo?'],
    ['Tal vez más adelante les hagamos un pedido, ahora estamos llenos.'],
    ['Lo vamos a pensar y les avisamos.'],
    ['Nos interesa, pero lo dejamos para el próximo año.'],
    ['La orden que colocamos el mes pasado ya llegó a Callao.'],
    ['Recibimos el contenedor del pedido anterior sin problemas.'],
    ['Ya les compramos el año pasado y no quedamos conformes.'],
    ['Gracias, pero por ahora no vamos a comprar.'],
    ['No nos interesa, ya cerramos con otro proveedor.'],
    ['Mándame 2 muestras del modelo negro para probar.'],
    ['Antes de hacer el pedido necesitamos ver el certificado.'],
    ['Si les compro 5.000, ¿a cuánto me dejan la pieza?'],
    ['El otro pedido todavía no llega.'],
    ['Necesitamos 30 días para hacer las pruebas internas.'],
    ['Estamos evaluando otras opciones, todavía no decidimos.'],
    ['Otra vez llegó el pedido con retraso.'],
    ['¿Cómo va el pedido de las mochilas?'],
  ] as const)('"%s" gives no intent.purchase', (text) => {
    // The rules alone, without the learned layer.
    expect(signalsOf(analyze(text, SPANISH, { learned: null }), 'intent.purchase')).toEqual([]);
  });
});

// Entertaining a counter-offer: another payment mix, a split shipment, a smaller first order, volume for price.
describe('Spanish negotiation openness', () => {
  it.each([
    ['Podríamos pagar con carta de crédito a 90 días en lugar de anticipo.', 'Podríamos pagar con carta'],
    ['¿Podemos empezar con 800 unidades y subir en el segundo pedido?', 'Podemos empezar con 800'],
    ['¿Y si partimos el pedido en dos embarques?', 'en dos embarques'],
    ['Mandad la mitad por avión y el resto en barco, pagaríamos la diferencia del flete.', 'pagaríamos la diferencia'],
    ['¿Hay forma de bajar el mínimo a 1.000 piezas por color?', 'Hay forma de bajar el mínimo a 1.000 piezas por color?'],
    ['¿Qué margen tenéis en el precio de las sillas?', 'Qué margen'],
    ['Ni tú ni yo: 5,10 el metro y lo dejamos cerrado.', 'Ni tú ni yo'],
    ['Como mucho un 20% de anticipo, lo demás contra copia del BL.', 'Como mucho un 20'],
    ['Aunque cueste un poco más por unidad, nos sirve un lote de 500.', 'Aunque cueste un poco más'],
    ['Si pudieran acercarse a 2,80 lo platicamos con dirección.', 'Si pudieran acercarse a 2,80 lo platicamos'],
    ['¿Podrían hacer 300 por diseño para la primera tanda?', 'Podrían hacer 300'],
    ['¿Podemos mezclar colores para llegar al mínimo?', 'mezclar colores'],
    ['A cambio, nos comprometemos a dos pedidos más este año.', 'A cambio'],
    ['Podemos 40% y el resto contra BL, no más que eso.', 'Podemos 40% y el resto'],
    ['Capaz que arranquemos con medio contenedor, ¿qué te parece?', 'Capaz que arranquemos'],
    ['Bájale tantito y te compro los 2 mil.', 'Bájale tantito y te compro'],
    ['Si nos dan 60 días de crédito, aceptamos el precio.', 'Si nos dan 60 días de crédito, aceptamos'],
    ['Si me igualás la oferta de Shenzhen, te firmo hoy.', 'Si me igualás la oferta de Shenzhen, te firmo'],
    ['El MOQ nos queda grande, quizás con menos podríamos probar.', 'quizás con menos'],
    ['Con 16 dólares podemos trabajar todo el año.', 'Con 16 dólares podemos'],
    ['¿Vamos a medias con el flete?', 'Vamos a medias'],
    ['Partamos la diferencia: 3,40 y listo.', 'Partamos la diferencia'],
    ['Te hago una propuesta: 4.000 unidades a 2,10.', 'Te hago una propuesta'],
  ] as const)('"%s" gives relationship.negotiation_openness', (text, evidence) => {
    expectOneSignal(text, 'relationship.negotiation_openness', evidence, SPANISH);
  });

  // A flat refusal, a first price question, a search for other suppliers, a delivery report: no openness.
  it.each([
    ['100% por adelantado no lo aceptamos, punto.'],
    ['¿Cuál es su mejor precio para 500 unidades?'],
    ['Otra vez con el mínimo de 10 mil, ya les dije que no.'],
    ['Estamos buscando alternativas a nuestro proveedor actual.'],
    ['El producto llegó en dos partes y una venía dañada.'],
    ['Lo retomamos en enero si os parece.'],
    ['Favor de incluir el flete en la cotización.'],
    ['Ya nos estafaron una vez con un anticipo.'],
    ['El proveedor de Rosario me lo deja a 1,85 el kilo.'],
    ['Nosotros asumimos el costo del courier de las muestras.'],
    ['Pago: 30% anticipo, saldo contra BL.'],
    ['Aceptamos la propuesta de 30% de adelanto y saldo contra BL.'],
    ['La mitad de las cajas llegó mojada y el resto bien.'],
    ['Recibimos un despacho parcial, faltan 40 cajas.'],
    ['No hay trato, el precio sigue alto.'],
  ] as const)('"%s" gives no relationship.negotiation_openness', (text) => {
    expect(signalsOf(analyze(text, SPANISH, { learned: null }), 'relationship.negotiation_openness')).toEqual([]);
  });
});
