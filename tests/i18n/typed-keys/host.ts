// A host app that opts into typed keys: its own namespace beside the package's prefixed ones.
import { createInstance } from 'i18next';
import type { OwkbResources } from '../../../src/i18n/index.js';

const app = { title: 'My app', save: 'Save' };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: OwkbResources & { app: typeof app };
  }
}

const i18n = createInstance();

export const keys: string[] = [
  i18n.t('owkb-entities:sam-altman.name'),
  i18n.t('owkb-entities:kimi-k2.description'),
  i18n.t('owkb-glossary:open-sourcing.preferred'),
  i18n.t('owkb-events:altman-delay-announcement.title'),
  i18n.t('owkb-quotes:altman-high-risk-areas.text'),
  i18n.t('owkb-ui:entity', { count: 3 }),
  i18n.t('owkb-ui:search.label'),
  i18n.t('owkb-ui:title'),
  i18n.t('title'),
  i18n.t('save'),
];

// @ts-expect-error a misspelt key of a record
i18n.t('owkb-entities:sam-altman.nmae');
// @ts-expect-error an id no record has
i18n.t('owkb-entities:sam-altmann.name');
// @ts-expect-error the unprefixed namespace is not the package's
i18n.t('entities:sam-altman.name');
// @ts-expect-error a ui key that does not exist
i18n.t('owkb-ui:search.lable');
