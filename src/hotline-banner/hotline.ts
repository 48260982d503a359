import { quote } from '../core/attributes.js';
import { safeUrl, telHref } from '../core/safe-url.js';
import {
  DEFAULT_PRESET,
  HOTLINE_PRESETS,
  PRESET_IDS,
  STALE_AFTER_DAYS,
  daysSinceVerified,
  presetName,
  type HotlinePreset,
  type HotlinePresetId,
} from './presets.js';

/** What a partner may override, as raw attribute values (`null` = not set). */
export interface HotlineOverrides {
  name?: string | null;
  phone?: string | null;
  sms?: string | null;
  smsKeyword?: string | null;
  chatUrl?: string | null;
  tty?: string | null;
  hours?: string | null;
  emergency?: string | null;
}

export interface Dialable {
  number: string;
  href: string;
}

/** A hotline ready to render: every href already through the safe-URL check. */
export interface ResolvedHotline {
  presetId: HotlinePresetId;
  preset: HotlinePreset;
  /** True when the partner replaced the preset's name or number. */
  customised: boolean;
  name: string;
  phone: Dialable;
  sms?: Dialable & { keyword?: string };
  chatHref?: string;
  tty?: Dialable;
  /** Partner-written hours; undefined means the preset's own (24/7 or nothing). */
  hours?: string;
  emergency: Dialable;
}

/** Attribute name → problem, reported by the caller (which knows the element). */
export type HotlineWarning = (attribute: string, message: string) => void;

const staleWarned = new Set<string>();
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function isPresetId(value: string): value is HotlinePresetId {
  return (PRESET_IDS as string[]).includes(value);
}

/** Warn once per page when a preset has not been checked for too long. */
export function warnIfStale(id: HotlinePresetId, now = new Date()): void {
  const preset = HOTLINE_PRESETS[id];
  if (staleWarned.has(id) || daysSinceVerified(preset, now) <= STALE_AFTER_DAYS) return;
  staleWarned.add(id);
  console.warn(
    `Haven: hotline preset "${id}" was last verified on ${preset.verifiedOn}, over ${STALE_AFTER_DAYS} days ago. Check it at ${preset.source} and update haven-widgets.`,
  );
}

/**
 * Merge a preset with a partner's overrides. An empty `sms`, `chat-url` or `tty`
 * removes that channel. A number or URL that is not usable warns and keeps the preset's
 * value, so the hotline itself can never be configured away.
 */
export function resolveHotline(
  presetId: HotlinePresetId = DEFAULT_PRESET,
  overrides: HotlineOverrides = {},
  warn: HotlineWarning = () => {},
  lang = 'en',
): ResolvedHotline {
  const preset: HotlinePreset = HOTLINE_PRESETS[presetId];

  /** An override if it is set (even empty), else the preset's value. */
  const pick = (attribute: string, value: string | null | undefined, fallback?: string): string | undefined => {
    if (value == null) return fallback;
    const trimmed = value.trim();
    if (trimmed.length > 200) {
      warn(attribute, `${quote(value)} is too long; using the preset's.`);
      return fallback;
    }
    // A direction override (U+202E) makes a number read as another one than the one dialled.
    if (INVISIBLE.test(trimmed)) {
      warn(attribute, `${quote(value)} holds control or direction-override characters; using the preset's.`);
      return fallback;
    }
    return trimmed;
  };

  /** A dialable number; an unusable one warns and falls back (or drops the channel). */
  const dial = (attribute: string, value: string | undefined, fallback: string | undefined, scheme?: 'sms:') => {
    if (!value) return undefined;
    const href = telHref(value, scheme);
    if (href) return { number: value, href };
    warn(attribute, `${quote(value)} is not a phone number; ${fallback ? `using ${fallback}` : 'option hidden'}.`);
    return fallback ? { number: fallback, href: telHref(fallback, scheme) as string } : undefined;
  };

  const customName = pick('name', overrides.name) || undefined;
  const phone =
    overrides.phone == null
      ? { number: preset.phone, href: telHref(preset.dial ?? preset.phone) as string }
      : dial('phone', pick('phone', overrides.phone) || preset.phone, preset.phone)!;
  const emergency = dial('emergency', pick('emergency', overrides.emergency, preset.emergency) || preset.emergency, preset.emergency)!;

  let sms: ResolvedHotline['sms'] = dial('sms', pick('sms', overrides.sms, preset.sms), undefined, 'sms:');
  if (sms) {
    const keyword = pick('sms-keyword', overrides.smsKeyword, preset.smsKeyword) || undefined;
    // "?&body=" is the form both iOS and Android accept; prefill is still unreliable,
    // which is why the keyword is always shown as text as well.
    sms = { ...sms, keyword, href: keyword ? `${sms.href}?&body=${encodeURIComponent(keyword)}` : sms.href };
  }

  const chat = pick('chat-url', overrides.chatUrl, preset.chatUrl);
  let chatHref = chat ? safeUrl(chat, ['https:', 'http:']) : undefined;
  if (chat && !chatHref) {
    chatHref = preset.chatUrl;
    warn('chat-url', `${quote(chat)} is not an http(s) URL; ${chatHref ? `using ${chatHref}` : 'option hidden'}.`);
  }

  return {
    presetId,
    preset,
    customised: customName !== undefined || phone.number !== preset.phone,
    name: customName ?? presetName(preset, lang),
    phone,
    sms,
    chatHref,
    tty: dial('tty', pick('tty', overrides.tty, preset.tty), undefined),
    hours: pick('hours', overrides.hours),
    emergency,
  };
}
