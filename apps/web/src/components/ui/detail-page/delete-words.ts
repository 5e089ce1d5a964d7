import { useTranslation } from 'react-i18next';

// Chinese sets a space between a Han character and a Latin word or digit ("删除 NAT 网关",
// W3C clreq "Mixed text composition"): the templates hold no space, a Latin-led kind brings one.
const LATIN_START = /^[A-Za-z0-9]/;

/**
 * The words every delete dialog shares, built from the kind ("NAT gateway"): one title pattern,
 * one question, one submit wording, in every language (issue 18 item 11).
 */
export function useDeleteWords(kind: string) {
  const { t, i18n } = useTranslation();
  const chinese = (i18n.resolvedLanguage ?? i18n.language).startsWith('zh');
  const k = chinese && LATIN_START.test(kind) ? ` ${kind}` : kind;
  return {
    title: t('deletePlan.title', { kind: k }),
    confirm: (name: string) => t('deletePlan.confirm', { kind: k, name }),
    oneStep: t('deletePlan.oneStep', { kind: k }),
    submit: (steps: number) =>
      steps > 1 ? t('deletePlan.submitSteps', { count: steps }) : t('common.delete'),
  };
}
