/**
 * One result card, and the same card as plain text for "Copy as text". Every value from
 * the data is bound as text (never markup) with `dir="auto"` so right-to-left names read
 * correctly, and every link was made safe when the record was normalised.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../core/safe-url.js';
import type { Result } from './filters.js';
import type { Units } from './geo.js';
import { dateFormat, formatDistance, languageName } from './formats.js';
import { describeRules, isOpenAt } from './hours.js';
import type { Phone, ServiceRecord } from './normalize.js';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface CardContext {
  t: Translate;
  lang: string;
  units: Units;
  now: Date;
  fallbackZone?: string;
  /** aria-level of the card's name. */
  level: number;
  reportUrl?: string;
  reportEmail?: string;
  copiedId?: string;
  onCopy(result: Result): void;
}

const YEAR_MS = 365 * 86_400_000;
const SHORT_DESCRIPTION = 320;

function ages({ minimumAge: min, maximumAge: max }: ServiceRecord, t: Translate): string | undefined {
  if (min !== undefined && max !== undefined) return t('ages-range', { min, max });
  if (min !== undefined) return t('ages-min', { min });
  if (max !== undefined) return t('ages-max', { max });
  return undefined;
}

function hoursText(record: ServiceRecord, lang: string): string | undefined {
  return record.hours?.text ?? (record.hours?.rules.length ? describeRules(record.hours.rules, lang) : undefined);
}

function phoneWords(phone: Phone, t: Translate): string {
  const words = t(phone.kind, { number: phone.number });
  return phone.extension ? `${words} ${t('extension', { extension: phone.extension })}` : words;
}

function addressLine(record: ServiceRecord): string | undefined {
  const { street, city, state, zip } = record.address ?? {};
  const line = [street, city, [state, zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return line || undefined;
}

/** Where "Report a problem" goes: the partner's page (with the listing's id and name) or an email. */
export function reportHref(record: ServiceRecord, context: Pick<CardContext, 'reportUrl' | 'reportEmail' | 't'>): string | undefined {
  if (context.reportUrl) {
    const url = new URL(context.reportUrl);
    url.searchParams.set('listing', record.id);
    url.searchParams.set('name', record.name);
    return url.href;
  }
  if (context.reportEmail) {
    return safeUrl(`mailto:${context.reportEmail}?subject=${encodeURIComponent(context.t('report-subject', { name: record.name }))}`, ['mailto:']);
  }
  return undefined;
}

function distanceText({ record, distanceKm }: Result, context: CardContext): string | undefined {
  if (distanceKm === undefined) return undefined;
  return record.confidential ? context.t('serves-area') : context.t('away', { distance: formatDistance(distanceKm, context.units, context.lang) });
}

/** Facts shown in the card's list, as [label, value] pairs, in reading order. */
function facts(record: ServiceRecord, context: CardContext): [string, string][] {
  const { t, lang } = context;
  const list: [string, string | undefined][] = [
    [t('address'), record.confidential ? t('confidential-address') : addressLine(record)],
    [t('hours'), hoursText(record, lang)],
    [t('languages'), record.languages.map((code) => languageName(code, lang)).join(', ') || undefined],
    [t('eligibility'), [record.eligibility, ages(record, t)].filter(Boolean).join(' ') || undefined],
    [t('fees'), record.fees ?? (record.free ? t('free') : undefined)],
    [t('next-steps'), record.nextSteps],
  ];
  return list.filter((fact): fact is [string, string] => !!fact[1]);
}

function verifiedText(record: ServiceRecord, context: CardContext): { text: string; stale: boolean } | undefined {
  if (!record.verified) return undefined;
  const date = new Date(`${record.verified}T12:00:00Z`);
  const text = context.t('verified', { date: dateFormat(context.lang).format(date) });
  return { text, stale: context.now.getTime() - date.getTime() > YEAR_MS };
}

/** The card as plain text, for the clipboard: what a person needs to reach the service. */
export function cardText(result: Result, context: CardContext): string {
  const { record } = result;
  const lines = [
    record.name,
    record.organization,
    ...record.phones.map((phone) => phoneWords(phone, context.t)),
    record.website,
    record.email,
    distanceText(result, context),
    ...facts(record, context).map(([label, value]) => `${label}: ${value}`),
  ];
  return lines.filter(Boolean).join('\n');
}

export function renderCard(result: Result, context: CardContext, position: number): TemplateResult {
  const { record } = result;
  const { t } = context;
  const open = isOpenAt(record.hours, context.now, context.fallbackZone);
  const distance = distanceText(result, context);
  const description = record.description && record.description.length > SHORT_DESCRIPTION
    ? `${record.description.slice(0, SHORT_DESCRIPTION - 1).trimEnd()}…`
    : record.description;
  const verified = verifiedText(record, context);
  const report = reportHref(record, context);
  const nameId = `card-${position}`;
  const badges = [
    record.status === 'temporarily closed' ? [t('temporarily-closed'), 'warning'] : undefined,
    open === undefined || record.status === 'temporarily closed' ? undefined : [t(open ? 'open-now' : 'closed-now'), open ? 'open' : ''],
    record.free ? [t('free'), ''] : undefined,
    distance ? [distance, 'distance'] : undefined,
  ].filter((badge): badge is string[] => !!badge);

  return html`<li>
    <article part="card" aria-labelledby=${nameId}>
      <div part="card-name" id=${nameId} role="heading" aria-level=${context.level} tabindex="-1" dir="auto">${record.name}</div>
      ${record.organization ? html`<p part="organization" dir="auto">${record.organization}</p>` : nothing}
      ${badges.length
        ? html`<ul part="badges">${badges.map(([label, kind]) => html`<li part="badge" class=${kind}>${label}</li>`)}</ul>`
        : nothing}
      ${record.alert ? html`<p part="alert" dir="auto">${record.alert}</p>` : nothing}
      ${description ? html`<p part="description" dir="auto">${description}</p>` : nothing}
      <dl part="details">
        ${facts(record, context).map(([label, value]) => html`<div><dt>${label}</dt><dd dir="auto">${value}</dd></div>`)}
      </dl>
      <div part="card-actions">
        ${record.phones.map((phone) => html`<a part="action ${phone.kind}" class="action" href=${phone.href}>${phoneWords(phone, t)}</a>`)}
        ${record.website
          ? html`<a part="action website" class="action" href=${record.website} rel="noopener noreferrer">${t('website')}</a>`
          : nothing}
        ${record.email ? html`<a part="action email" class="action" href=${safeUrl(`mailto:${record.email}`, ['mailto:']) ?? nothing}>${t('email')}</a>` : nothing}
        <button part="action copy" class="action" type="button" @click=${() => context.onCopy(result)}>
          ${context.copiedId === record.id ? t('copied') : t('copy')}
        </button>
      </div>
      ${verified ? html`<p part="verified" class=${verified.stale ? 'stale' : ''}>${verified.text}${verified.stale ? html` <strong>${t('stale')}</strong>` : nothing}</p>` : nothing}
      ${report ? html`<p part="report"><a href=${report}>${t('report')}</a></p>` : nothing}
    </article>
  </li>`;
}
