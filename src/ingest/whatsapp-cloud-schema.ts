import { z } from 'zod';

/**
 * Shapes of WhatsApp Business Cloud API webhook payloads as Meta documents
 * them (`object: "whatsapp_business_account"`, `entry[].changes[].value`).
 * Objects are loose because Meta adds fields; messages and statuses are
 * checked one by one so one bad message does not drop its payload.
 */
const optionalText = z.string().nullish();

const mediaSchema = z.looseObject({
  id: optionalText,
  mime_type: optionalText,
  caption: optionalText,
  filename: optionalText,
});

const replySchema = z.looseObject({ id: optionalText, title: optionalText, description: optionalText });

/** One message a customer sent; `timestamp` is Unix seconds as a string. */
export const cloudMessageSchema = z.looseObject({
  from: z.string().regex(/^\+?\d{6,15}$/, 'must be a phone number in digits (wa_id)'),
  /** Present only on messages the business sent (echoes); customer messages have none. */
  to: optionalText,
  id: z.string().min(1),
  timestamp: z.union([z.string().regex(/^\d{9,11}$/, 'must be Unix seconds'), z.number().int().positive()]),
  type: z.string().min(1),
  text: z.looseObject({ body: z.string() }).nullish(),
  image: mediaSchema.nullish(),
  video: mediaSchema.nullish(),
  audio: mediaSchema.nullish(),
  document: mediaSchema.nullish(),
  sticker: mediaSchema.nullish(),
  interactive: z.looseObject({ type: optionalText, button_reply: replySchema.nullish(), list_reply: replySchema.nullish() }).nullish(),
  button: z.looseObject({ text: optionalText, payload: optionalText }).nullish(),
  location: z
    .looseObject({ latitude: z.number().nullish(), longitude: z.number().nullish(), name: optionalText, address: optionalText })
    .nullish(),
  order: z.looseObject({ text: optionalText, product_items: z.array(z.looseObject({})).nullish() }).nullish(),
});
export type CloudMessage = z.infer<typeof cloudMessageSchema>;

const contactSchema = z.looseObject({ wa_id: z.string(), profile: z.looseObject({ name: optionalText }).nullish() });
export type CloudContact = z.infer<typeof contactSchema>;

const valueSchema = z.looseObject({
  messaging_product: optionalText,
  metadata: z.looseObject({ display_phone_number: z.string(), phone_number_id: optionalText }).nullish(),
  contacts: z.array(contactSchema).nullish(),
  messages: z.array(z.unknown()).nullish(),
  statuses: z.array(z.unknown()).nullish(),
});
export type CloudValue = z.infer<typeof valueSchema>;

/** One webhook payload: the body Meta POSTs to the webhook URL. */
export const cloudPayloadSchema = z.looseObject({
  object: optionalText,
  entry: z.array(
    z.looseObject({
      id: optionalText,
      changes: z.array(z.looseObject({ field: optionalText, value: valueSchema })),
    }),
  ),
});
export type CloudPayload = z.infer<typeof cloudPayloadSchema>;
