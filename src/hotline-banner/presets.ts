/**
 * Hotline presets as data. Every fact here was checked against the organisation's own
 * published page named in `source` on `verifiedOn`; a channel that could not be
 * verified is left out rather than guessed. The banner warns in the console when a
 * preset is more than {@link STALE_AFTER_DAYS} days past its date, so partners and
 * maintainers know to check it again.
 *
 * Text that is read (hours, languages, "not police") lives in the translations under
 * `preset-<id>-*` keys, so it is translated and overridable like every other string.
 */
export interface HotlinePreset {
  /** Official name, and names the organisation itself publishes in other languages. */
  name: string;
  names?: Partial<Record<string, string>>;
  /** The number as people write it. */
  phone: string;
  /** The number as dialled, when it differs from `phone`'s digits (e.g. E.164 `+1…`). */
  dial?: string;
  /** SMS short code and keyword, when the hotline takes texts. */
  sms?: string;
  smsKeyword?: string;
  chatUrl?: string;
  /** Number for TTY / relay callers. */
  tty?: string;
  /** Answered around the clock. */
  open247: boolean;
  emergency: string;
  source: string;
  verifiedOn: string;
}

export const STALE_AFTER_DAYS = 180;

export const DEFAULT_PRESET = 'us-trafficking';

export const HOTLINE_PRESETS = {
  // humantraffickinghotline.org/about-us/what-we-do: number, 233733, 711, 24/7, 200+
  // languages by interpreter, "not law enforcement, immigration"; /en/report-trafficking:
  // live chat and "in immediate danger, call 911". The chat link points at that page,
  // which opens the chat; the HELP keyword follows the hotline's published campaigns.
  'us-trafficking': {
    name: 'National Human Trafficking Hotline',
    names: { es: 'Línea Nacional Contra la Trata de Personas' },
    phone: '1-888-373-7888',
    dial: '+18883737888',
    sms: '233733',
    smsKeyword: 'HELP',
    chatUrl: 'https://humantraffickinghotline.org/en/report-trafficking',
    tty: '711',
    open247: true,
    emergency: '911',
    source: 'https://humantraffickinghotline.org/about-us/what-we-do',
    verifiedOn: '2026-11-25',
  },
  // canadianhumantraffickinghotline.ca (/faq, /chat/, /who-are-we, /what-we-do): number,
  // 24/7, chat in English and French, 911. TTY is offered but no number is published.
  'ca-trafficking': {
    name: 'Canadian Human Trafficking Hotline',
    phone: '1-833-900-1010',
    dial: '+18339001010',
    chatUrl: 'https://www.canadianhumantraffickinghotline.ca/chat/',
    open247: true,
    emergency: '911',
    source: 'https://canadianhumantraffickinghotline.ca/faq',
    verifiedOn: '2026-11-25',
  },
  // modernslaveryhelpline.org: number, 24/7, run by Unseen; no text or chat channel.
  'uk-modern-slavery': {
    name: 'Modern Slavery & Exploitation Helpline',
    phone: '08000 121 700',
    open247: true,
    emergency: '999',
    source: 'https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline',
    verifiedOn: '2026-11-25',
  },
  // Consejo Ciudadano para la Seguridad y Justicia de la CDMX. The Consejo's own page
  // could not be read when this was checked: the number and 24-hour service come from
  // press reports quoting the Consejo (e.g. El Economista, 2025-10-18). Re-check first
  // when updating; the WhatsApp chat is left out until it can be verified.
  'mx-trafficking': {
    name: 'Línea Nacional contra la Trata de Personas',
    phone: '800 5533 000',
    open247: true,
    emergency: '911',
    source: 'https://consejociudadanomx.org/',
    verifiedOn: '2026-11-25',
  },
  // 988lifeline.org/get-help/what-to-expect: call or text 988 (Spanish: press 2 / text
  // AYUDA), chat. No TTY number is published beyond relay services, so none is shown.
  'us-988': {
    name: '988 Suicide & Crisis Lifeline',
    phone: '988',
    sms: '988',
    chatUrl: 'https://988lifeline.org/chat/',
    open247: true,
    emergency: '911',
    source: 'https://988lifeline.org/get-help/what-to-expect',
    verifiedOn: '2026-11-25',
  },
} satisfies Record<string, HotlinePreset>;

export type HotlinePresetId = keyof typeof HOTLINE_PRESETS;

export const PRESET_IDS = Object.keys(HOTLINE_PRESETS) as HotlinePresetId[];

/** Whole days between a preset's verified-on date and `now`. */
export function daysSinceVerified(preset: HotlinePreset, now: Date = new Date()): number {
  return Math.floor((now.getTime() - Date.parse(preset.verifiedOn)) / 86_400_000);
}

/** The preset's name in a language, when the organisation publishes one. */
export function presetName(preset: HotlinePreset, lang: string): string {
  return preset.names?.[lang] ?? preset.name;
}

