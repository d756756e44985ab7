import i18next from 'i18next';

/**
 * Browser mode opened without the run's token (an address typed by hand, a bookmark, a server started
 * again since): what to do, in Indonesian with English beside it, instead of an empty workbench.
 */
export function NoAccess() {
  const example = `${window.location.origin}/#token=…`;
  return (
    <main className="no-access" data-testid="no-access">
      {(['id', 'en'] as const).map((language) => {
        const t = i18next.getFixedT(language);
        return (
          <section key={language} lang={language}>
            <h1>{t('ui.noAccess.title')}</h1>
            <p>{t('ui.noAccess.why')}</p>
            <p>{t('ui.noAccess.how', { example })}</p>
          </section>
        );
      })}
    </main>
  );
}
