import type { MarketplaceField, WebformField } from '../config/mappings.js';
import type { FieldSynonyms } from './mapping.js';

/**
 * Headers that marketplace RFQ and inquiry exports use for each field.
 * Matching ignores case, spaces and punctuation (`normalizeHeader`), then
 * role and request words (`headerVariants`), and no synonym appears under
 * two fields.
 */
export const MARKETPLACE_SYNONYMS: FieldSynonyms<MarketplaceField> = {
  id: ['rfq id', 'rfq no', 'rfq number', 'inquiry id', 'inquiry no', 'enquiry id', 'request id', 'lead id', 'id'],
  subject: ['subject', 'title', 'rfq title', 'inquiry title'],
  product: ['product', 'product name', 'item', 'item name', 'product title', 'commodity', 'goods'],
  quantity: ['quantity', 'qty', 'order quantity', 'purchase quantity', 'required quantity', 'quantity required'],
  unit: ['unit', 'uom', 'unit of measure', 'quantity unit', 'qty unit'],
  targetPrice: ['target price', 'target unit price', 'price', 'unit price', 'expected price', 'budget'],
  currency: ['currency', 'ccy', 'price currency'],
  destination: ['destination', 'destination port', 'port', 'port of destination', 'delivery port', 'ship to', 'delivery location'],
  buyer: ['buyer', 'buyer name', 'contact', 'contact name', 'contact person', 'sender name', 'sender', 'name'],
  company: ['company', 'company name', 'buyer company', 'sender company', 'organization', 'organisation'],
  country: ['country', 'buyer country', 'country region', 'buyer country region', 'region'],
  email: ['email', 'e-mail', 'email address', 'buyer email', 'contact email', 'sender email'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'phone number', 'mobile number', 'whatsapp', 'buyer phone', 'sender mobile'],
  handle: ['handle', 'buyer id', 'member id', 'buyer handle', 'username', 'user id'],
  message: [
    'message',
    'enquiry message',
    'inquiry message',
    'query message',
    'buyer message',
    'description',
    'requirements',
    'requirement',
    'details',
    'remarks',
    'comments',
    'inquiry',
    'enquiry',
    'content',
    'body',
  ],
  date: ['date', 'created', 'created at', 'created on', 'posted', 'posted at', 'inquiry date', 'rfq date', 'timestamp', 'time'],
};

/** Headers that website form exports use for each field, matched like `MARKETPLACE_SYNONYMS`. */
export const WEBFORM_SYNONYMS: FieldSynonyms<WebformField> = {
  id: ['submission id', 'entry id', 'response id', 'lead id', 'id'],
  form: ['form', 'form name', 'form id', 'form title'],
  name: ['name', 'full name', 'your name', 'contact name', 'contact'],
  firstName: ['first name', 'firstname', 'given name'],
  lastName: ['last name', 'lastname', 'surname', 'family name'],
  company: ['company', 'company name', 'organization', 'organisation', 'business name'],
  country: ['country', 'country region', 'region'],
  email: ['email', 'e-mail', 'email address', 'your email', 'work email'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'phone number', 'whatsapp', 'your phone'],
  subject: ['subject', 'topic', 'inquiry type', 'enquiry type'],
  product: ['product', 'product name', 'product interest', 'interested in', 'products'],
  quantity: ['quantity', 'qty', 'estimated quantity', 'quantity required'],
  message: [
    'message',
    'your message',
    'enquiry message',
    'inquiry message',
    'query message',
    'comments',
    'comment',
    'inquiry',
    'enquiry',
    'requirement',
    'requirements',
    'details',
    'how can we help',
    'question',
    'description',
    'body',
  ],
  date: ['submitted at', 'submitted', 'submission date', 'date submitted', 'date', 'created', 'created at', 'timestamp', 'time'],
};
