import { entities, getEntity, glossary, quotes, search, timeline, type Lang, type SearchHit, type Source } from 'open-weight-kb';
import { dir, formatDate, isolate, localize } from 'open-weight-kb/format';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const LANGS: readonly Lang[] = ['ar', 'en'];
const other = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');
const anchor = (kind: string, id: string) => `${kind}-${id}`;

export function App() {
  const { t, i18n } = useTranslation('owkb-ui');
  const lang = (i18n.resolvedLanguage ?? 'en') as Lang;

  // The document follows the language: <html lang dir>, the title, and ?lang= in the address.
  useEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = dir(lang);
    document.title = t('title');
    const url = new URL(location.href);
    if (url.searchParams.get('lang') !== lang) {
      url.searchParams.set('lang', lang);
      history.replaceState(null, '', url);
    }
  }, [lang, t]);

  return (
    <>
      <a className="skip" href="#search">
        {t('sections.search')}
      </a>
      <header className="masthead">
        <div className="masthead__inner">
          <div className="masthead__text">
            <p className="eyebrow">open-weight-kb</p>
            <h1>{isolate(t('title'), lang)}</h1>
            <p className="tagline">{t('tagline')}</p>
            <p className="counts">
              {[
                t('entity', { count: entities.length }),
                t('event', { count: timeline().length }),
                t('quote', { count: quotes.length }),
                t('term', { count: glossary.length }),
              ].join(' · ')}
            </p>
          </div>
          <LanguageSwitch lang={lang} onChange={(next) => void i18n.changeLanguage(next)} />
        </div>
        <nav className="sections" aria-label={t('sections.label')}>
          <ul>
            {(['search', 'entities', 'timeline', 'quotes', 'glossary'] as const).map((section) => (
              <li key={section}>
                <a href={`#${section}`}>{t(`sections.${section}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <Search lang={lang} />
        <Entities lang={lang} />
        <Timeline lang={lang} />
        <Quotes lang={lang} />
        <Glossary lang={lang} />
      </main>
      <footer className="footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}

function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const { t } = useTranslation('owkb-ui');
  return (
    <div className="switch" role="group" aria-label={t('language.label')}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === lang}
          className="switch__button"
          onClick={() => onChange(code)}
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}

function Search({ lang }: { lang: Lang }) {
  const { t } = useTranslation('owkb-ui');
  const [query, setQuery] = useState('');
  const hits = useMemo(() => (query.trim() ? search(query, { limit: 8 }) : []), [query]);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();

  // Arrow keys move between the search box and the results; Escape clears the box.
  const move = (event: KeyboardEvent<HTMLElement>) => {
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.current?.focus();
      else links[at - 1]!.focus();
    } else if (event.key === 'Escape') {
      setQuery('');
      input.current?.focus();
    }
  };

  return (
    <section id="search" className="panel search" aria-labelledby="search-heading">
      <h2 id="search-heading" className="visually-hidden">
        {t('sections.search')}
      </h2>
      <label htmlFor="search-box" className="search__label">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id="search-box"
        className="search__box"
        type="search"
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        placeholder={t('search.placeholder')}
        aria-describedby={hintId}
        aria-controls="search-results"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={move}
      />
      <p id={hintId} className="search__hint">
        {t('search.hint')}
      </p>
      <p className="search__status" role="status" aria-live="polite">
        {query.trim() ? (hits.length ? t('result', { count: hits.length }) : t('search.noResults', { query })) : ''}
      </p>
      <ul id="search-results" ref={list} className="results" aria-label={t('search.results')} onKeyDown={move}>
        {hits.map((hit) => (
          <Result key={`${hit.kind}:${hit.id}`} hit={hit} lang={lang} />
        ))}
      </ul>
    </section>
  );
}

function Result({ hit, lang }: { hit: SearchHit; lang: Lang }) {
  const { t } = useTranslation('owkb-ui');
  return (
    <li className="result" data-kind={hit.kind} data-id={hit.id}>
      <a href={`#${anchor(hit.kind, hit.id)}`}>
        <span className={`badge badge--${hit.kind}`}>{t(`kind.${hit.kind}`)}</span>
        <span className="result__label">{isolate(hit.label[lang], lang)}</span>
        <span className="result__other" lang={other(lang)} dir={dir(other(lang))}>
          {hit.label[other(lang)]}
        </span>
      </a>
    </li>
  );
}

/** A section of the page: its heading, with how many records it lists, then the list. */
function Panel({ id, unit, count, children }: { id: 'entities' | 'timeline' | 'quotes' | 'glossary'; unit: 'entity' | 'event' | 'quote' | 'term'; count: number; children: ReactNode }) {
  const { t } = useTranslation('owkb-ui');
  return (
    <section id={id} className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {t(`sections.${id}`)} <span className="count">{t(unit, { count })}</span>
      </h2>
      {children}
    </section>
  );
}

function Entities({ lang }: { lang: Lang }) {
  const { t } = useTranslation(['owkb-ui', 'owkb-entities']);
  return (
    <Panel id="entities" unit="entity" count={entities.length}>
      <ul className="cards">
        {entities.map((entity) => (
          <li key={entity.id} id={anchor('entity', entity.id)} className="card" tabIndex={-1}>
            <p className={`badge badge--entity`}>{t(`entityKind.${entity.kind}`)}</p>
            {/* The strings come through i18next here (owkb-entities), to show the resources at work. */}
            <h3>{isolate(t(`owkb-entities:${entity.id}.name`), lang)}</h3>
            <p className="muted">
              <bdi lang={other(lang)} dir={dir(other(lang))}>
                {entity.name[other(lang)]}
              </bdi>
            </p>
            <p>{isolate(t(`owkb-entities:${entity.id}.description`), lang)}</p>
            {entity.aliases[lang].length > 0 && (
              <p className="aliases">
                <span className="muted">{t('alsoWritten')}: </span>
                {entity.aliases[lang].map((alias) => isolate(alias, lang)).join(lang === 'ar' ? '، ' : ', ')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function Timeline({ lang }: { lang: Lang }) {
  const { t } = useTranslation('owkb-ui');
  const events = timeline();
  return (
    <Panel id="timeline" unit="event" count={events.length}>
      <ol className="timeline">
        {events.map((event) => {
          const view = localize(event, lang);
          return (
            <li key={event.id} id={anchor('event', event.id)} className="timeline__item" tabIndex={-1}>
              <p className="timeline__date">
                <time dateTime={event.date.precision === 'undated' ? undefined : event.date.value}>
                  {formatDate(event.date, lang, { undated: t('undated'), showTimeZone: true })}
                </time>
                <span className={`status status--${event.status}`}>{t(`status.${event.status}`)}</span>
              </p>
              <h3>{isolate(view.title, lang)}</h3>
              <p>{isolate(view.summary, lang)}</p>
              {view.dateNote && <p className="muted small">{isolate(view.dateNote, lang)}</p>}
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}

function Sources({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation('owkb-ui');
  const fromArticle = sources.filter((source) => source.kind === 'article');
  if (fromArticle.length === 0) return null;
  return (
    <details className="sources" open>
      <summary>
        {t('quote.source')} · {t('source', { count: fromArticle.length })}
      </summary>
      <ul>
        {fromArticle.map((source) => (
          <li key={`${source.paragraph}:${source.excerpt}`}>
            <span className="paragraph">{t('paragraph', { paragraph: source.paragraph })}</span>
            <span className="visually-hidden">{t('quote.excerpt')}: </span>
            <q lang="ar" dir="rtl" className="excerpt">
              {source.excerpt}
            </q>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Quotes({ lang }: { lang: Lang }) {
  const { t } = useTranslation('owkb-ui');
  return (
    <Panel id="quotes" unit="quote" count={quotes.length}>
      <ul className="quotes">
        {quotes.map((quote) => {
          const speaker = getEntity(quote.speaker);
          return (
            <li key={quote.id} id={anchor('quote', quote.id)} className="quote" tabIndex={-1}>
              <figure>
                <blockquote lang={lang}>
                  <p>{isolate(quote.text[lang], lang)}</p>
                </blockquote>
                <figcaption>
                  <strong>{speaker ? isolate(speaker.name[lang], lang) : quote.speaker}</strong>
                  {' · '}
                  {formatDate(quote.date, lang, { undated: t('undated') })}
                  {' · '}
                  <span className="muted">
                    {quote.original.lang === 'en' ? t('quote.original') : t('quote.originalAr')}
                    {!quote.original.verified && ` (${t('quote.unverified')})`}
                  </span>
                </figcaption>
              </figure>
              <p className="muted small">{isolate(quote.context[lang], lang)}</p>
              {quote.truncated && <p className="small">{t('quote.truncated')}</p>}
              <p className="article-text">
                <span className="muted small">{t('quote.articleWords')}: </span>
                <q lang="ar" dir="rtl">
                  {quote.articleText}
                </q>
              </p>
              {quote.url && (
                <p className="small">
                  <a href={quote.url} rel="noreferrer">
                    {t('quote.link')}
                  </a>
                </p>
              )}
              <Sources sources={quote.sources} />
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}

function Forms({ label, forms, lang, kind }: { label: string; forms: readonly string[]; lang: Lang; kind: string }) {
  if (forms.length === 0) return null;
  return (
    <div className={`forms forms--${kind}`}>
      <dt>{label}</dt>
      {forms.map((form) => (
        <dd key={form} lang={lang} dir={dir(lang)}>
          {form}
        </dd>
      ))}
    </div>
  );
}

function Glossary({ lang }: { lang: Lang }) {
  const { t } = useTranslation('owkb-ui');
  return (
    <Panel id="glossary" unit="term" count={glossary.length}>
      <ul className="terms">
        {glossary.map((term) => (
          <li key={term.id} id={anchor('term', term.id)} className={`term${term.mistranslated ? ' term--mistranslated' : ''}`} tabIndex={-1}>
            <h3>
              {isolate(term.forms[lang].preferred, lang)}
              <span className="muted term__other" lang={other(lang)} dir={dir(other(lang))}>
                {term.forms[other(lang)].preferred}
              </span>
            </h3>
            {term.mistranslated && <p className="badge badge--warning">{t('term.mistranslated')}</p>}
            <p>{isolate(term.definition[lang], lang)}</p>
            <div className="term__forms">
              {LANGS.map((formLang) => (
                <dl key={formLang} aria-label={t('term.forms', { term: term.forms[formLang].preferred })}>
                  <Forms label={t('term.preferred')} forms={[term.forms[formLang].preferred]} lang={formLang} kind="preferred" />
                  <Forms label={t('term.admitted')} forms={term.forms[formLang].admitted} lang={formLang} kind="admitted" />
                  <Forms label={t('term.deprecated')} forms={term.forms[formLang].deprecated} lang={formLang} kind="deprecated" />
                  <Forms label={t('term.article')} forms={term.forms[formLang].article} lang={formLang} kind="article" />
                </dl>
              ))}
            </div>
            {term.note && (
              <p className="note">
                <strong>{t('term.note')}: </strong>
                {isolate(term.note[lang], lang)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
