import type { TFunction } from 'i18next';

type Rule = [RegExp, (t: TFunction, m: RegExpMatchArray) => string];

// The contracts' zod messages are English; these rules give them back in the UI language.
const RULES: Rule[] = [
  [/^is required$/, (t) => t('validation.required')],
  [/^must be at most (\d+) characters$/, (t, m) => t('validation.maxChars', { n: m[1] })],
  [/^must be at least (\d+) characters$/, (t, m) => t('validation.minChars', { n: m[1] })],
  [
    /^must be empty or at least (\d+) characters$/,
    (t, m) => t('validation.emptyOrMin', { n: m[1] }),
  ],
  [/^must not start with aliyun or acs:$/, (t) => t('validation.noAliyunPrefix')],
  [/^must not start with http:\/\/ or https:\/\/$/, (t) => t('validation.noUrlPrefix')],
  [/^must start with a letter or Chinese character$/, (t) => t('validation.startLetter')],
  [/^may contain only letters, digits, _, - and \.$/, (t) => t('validation.nameChars')],
  [/^must be an IPv4 address/, (t) => t('validation.ipv4')],
  [/^must be an IPv4 CIDR block/, (t) => t('validation.cidr')],
  [/^must be an ID starting with (\S+)$/, (t, m) => t('validation.idPrefix', { prefix: m[1] })],
  [/^choose at least one EIP/, (t) => t('validation.snatIps')],
  [/^give either a source CIDR or a source vSwitch/, (t) => t('validation.snatSource')],
  [/^must be a port 1–65535/, (t) => t('validation.port')],
  [/^ports must be between 1 and 65535$/, (t) => t('validation.portRange')],
  [/^with protocol Any, both ports must be Any$/, (t) => t('validation.anyPorts')],
  [/^ports Any need protocol Any$/, (t) => t('validation.anyProtocol')],
  [/^must differ from the external IP$/, (t) => t('validation.differentIp')],
  [/^duplicate tag key$/, (t) => t('validation.duplicateTag')],
  [/^at most (\d+) tags$/, (t, m) => t('validation.maxTags', { n: m[1] })],
];

/** Translates a contracts validation message; an unknown message is shown as the server wrote it. */
export function translateValidation(t: TFunction, message: string): string {
  for (const [re, render] of RULES) {
    const m = message.match(re);
    if (m) return render(t, m);
  }
  return message;
}
