/**
 * The first day of the week for the person's locale: 0 = Sunday … 6 = Saturday.
 *
 * Decided: the browser's own answer (`Intl.Locale#getWeekInfo`, or the older `weekInfo` property)
 * when it has one; otherwise Monday (ISO 8601, most of the world), except the regions whose
 * calendars start on Sunday or Saturday. It shapes the heat map's rows and the weeks in which a
 * "3 times a week" target is counted. It is read, never stored: a habit's history is the same days
 * whatever week they are drawn in.
 */
const SUNDAY_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'BR',
  'JP',
  'KR',
  'TW',
  'HK',
  'PH',
  'IL',
  'IN',
  'ZA',
  'AU',
  'SA',
  'PE',
  'CO',
  'VE',
  'AR',
  'GT',
  'HN',
  'DO',
  'PR',
  'TH',
  'ID',
  'KE',
  'ZW',
  'PK',
  'BD',
  'NP',
  'PA',
  'SV',
  'NI',
])
const SATURDAY_REGIONS = new Set([
  'AF',
  'DZ',
  'BH',
  'EG',
  'IQ',
  'IR',
  'JO',
  'KW',
  'LY',
  'OM',
  'QA',
  'SD',
  'SY',
  'AE',
])

interface WeekInfo {
  firstDay: number
}
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo }

export function getWeekStart(locale?: string): number {
  const tag = locale ?? (typeof navigator === 'undefined' ? 'en-GB' : navigator.language || 'en-GB')
  let parsed: LocaleWithWeek
  try {
    parsed = new Intl.Locale(tag) as LocaleWithWeek
  } catch {
    return 1
  }
  try {
    const info = parsed.getWeekInfo?.() ?? parsed.weekInfo
    // Intl counts 1 = Monday … 7 = Sunday.
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay % 7
  } catch {
    // Some engines throw for locales they know little about; the table below still answers.
  }
  const region = parsed.maximize().region ?? ''
  if (SUNDAY_REGIONS.has(region)) return 0
  if (SATURDAY_REGIONS.has(region)) return 6
  return 1
}
