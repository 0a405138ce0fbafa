// Pages as partners' content management systems write them, for the webmaster's end-to-end case
// (cases/webmaster.js) and the documentation's screenshots (scripts/docs-screenshots.js): what the
// webmaster pasted sits where the CMS puts a block's HTML, among the CMS's usual markup, under the
// theme's stylesheet (a file: a strict Content-Security-Policy allows no CSS in the page).

/** The CSS of a WordPress block theme and of its global styles, as far as it reaches a block's content. */
export const WORDPRESS_CSS = `
:root {
  --wp--preset--color--base: #fbfaf7;
  --wp--preset--color--contrast: #1f2328;
  --wp--preset--color--primary: #2f6b3a;
  --wp--preset--font-family--body: "Source Sans 3", "Segoe UI", "DejaVu Sans", sans-serif;
  --wp--style--global--content-size: 760px;
  --wp--style--global--wide-size: 1200px;
}
*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0;
  background: var(--wp--preset--color--base);
  color: var(--wp--preset--color--contrast);
  font-family: var(--wp--preset--font-family--body);
  font-size: 1.125rem;
  line-height: 1.6;
}
a { color: var(--wp--preset--color--primary); }
h1, h2, h3, h4 { font-weight: 400; line-height: 1.2; letter-spacing: -0.01em; }
h1 { font-size: clamp(2rem, 4vw, 3rem); }
h2 { font-size: 2rem; }
button, input, select, textarea { font: inherit; }
button { background: var(--wp--preset--color--primary); color: #fff; border: 0; border-radius: 9999px; padding: 0.6em 1.4em; }
.wp-site-blocks > * + * { margin-block-start: 1.5rem; }
.wp-site-blocks { padding: 0 1.5rem; }
.is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) {
  max-width: var(--wp--style--global--content-size);
  margin-left: auto !important;
  margin-right: auto !important;
}
.is-layout-constrained > .alignwide { max-width: var(--wp--style--global--wide-size); }
.wp-block-post-content > * + * { margin-block-start: 1.2rem; }
header.wp-block-template-part { border-bottom: 1px solid #ddd; padding: 1rem 0; }
footer.wp-block-template-part { border-top: 1px solid #ddd; padding: 1rem 0; font-size: 0.9rem; }
.wp-block-site-title a { text-decoration: none; font-weight: 600; }
.is-layout-flex { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; justify-content: space-between; }
.wp-block-site-title { margin: 0; }
.wp-block-navigation ul { display: flex; gap: 1.5rem; list-style: none; margin: 0; padding: 0; }
`;

/** The CSS of a Drupal theme (after Olivero), as far as it reaches a text field's content. */
export const DRUPAL_CSS = `
html { font-family: "Metropolis", "Segoe UI", "DejaVu Sans", sans-serif; font-size: 100%; }
body { margin: 0; color: #232429; background: #f7f7f7; line-height: 1.5; }
*, *::before, *::after { box-sizing: border-box; }
.site-header { background: #2494db; color: #fff; padding: 1rem 2rem; }
.site-branding__name a { color: #fff; text-decoration: none; }
.main-content { max-width: 80rem; margin: 0 auto; padding: 2rem; background: #fff; }
.text-content h2, .text-content h3 { font-weight: 700; color: #0d1214; }
.text-content p { margin-block: 1.5rem; }
.text-content ul { padding-inline-start: 2rem; list-style: disc; }
button { font: inherit; border-radius: 1.5rem; }
.site-footer { background: #2e2f36; color: #fff; padding: 2rem; font-size: 0.875rem; }
`;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A page of a WordPress block theme (Twenty Twenty-Four's structure) with `pasted` in a Custom HTML
 * block (which WordPress prints as it is) and the theme's stylesheet at `stylesheet`.
 */
export function wordpressPage({ lang = 'fr-BE', title, pasted, stylesheet }) {
  const fr = lang.startsWith('fr');
  const site = fr ? 'Réseau social Anderlecht' : 'Welzijnsnetwerk Brugge';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>${escape(title)} &#8211; ${site}</title>
<link rel='stylesheet' id='partner-style-css' href='${stylesheet}?ver=1.2' media='all' />
</head>
<body class="page-template-default page page-id-42 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flex">
<p class="wp-block-site-title"><a href="/" rel="home">${site}</a></p>
<nav class="wp-block-navigation" aria-label="Navigation"><ul><li><a href="/">${fr ? 'Accueil' : 'Home'}</a></li><li><a href="/projecten/">${fr ? 'Projets' : 'Projecten'}</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
</div>
</header>
<main class="wp-block-group is-layout-flow">
<div class="wp-block-group is-layout-constrained">
<h1 class="wp-block-post-title">${escape(title)}</h1>
</div>
<div class="entry-content wp-block-post-content is-layout-constrained">
<p>${fr ? 'Impliquons-nous les bonnes personnes, et jusqu&#8217;où ? Remplissez l&#8217;outil ensemble, au début du projet.' : 'Betrekken we de juiste mensen, en hoe ver? Vul de tool samen in, bij de start van het project.'}</p>
${pasted}
<p>${fr ? 'Des questions ? Écrivez-nous.' : 'Vragen? Mail ons.'}</p>
</div>
</main>
<footer class="wp-block-template-part"><div class="is-layout-constrained"><p>${fr ? 'Fièrement propulsé par WordPress' : 'Trots aangedreven door WordPress'}</p></div></footer>
</div>
</body>
</html>`;
}

/** A Drupal page (Olivero's structure) with `pasted` in the body field, in the "Full HTML" text format. */
export function drupalPage({ lang = 'fr', title, pasted, stylesheet }) {
  return `<!DOCTYPE html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${escape(title)} | CPAS de Forest</title>
<link rel="stylesheet" media="all" href="${stylesheet}?t2x9q1" />
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-branding__name"><a href="/" title="Accueil" rel="home">CPAS de Forest</a></div>
</header>
<main role="main" class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--content-above"><h1 class="title page-title"><span class="field field--name-title">${escape(title)}</span></h1></div>
<div class="region region--content" id="content">
<article data-history-node-id="7" class="node node--type-page node--view-mode-full">
<div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${pasted}</div>
</div>
</article>
</div>
</main>
<footer class="site-footer"><p>CPAS de Forest</p></footer>
</div>
</div>
</body>
</html>`;
}
