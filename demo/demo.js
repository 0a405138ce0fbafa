// What a partner's own script might do: a language toggle, and reading the tool's events and form data.
// It also shows `elz-complete`, which the tool fires when the team clicks "Finish" on the summary.
const log = document.getElementById('event-log');
const formLog = document.getElementById('form-log');

let received = false;

function setLang(lang) {
  document.documentElement.lang = lang; // every elz element follows <html lang>
  for (const el of document.querySelectorAll('[data-nl]'))
    if (!(el === log && received)) el.textContent = el.dataset[lang];
  for (const b of document.querySelectorAll('[data-lang]'))
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}
for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => setLang(b.dataset.lang));

document.addEventListener('elz-change', (e) => {
  received = true;
  log.textContent = `elz-change from <${e.target.localName}>\n${JSON.stringify(e.detail, null, 2)}`;
});
document.addEventListener('elz-complete', (e) => {
  received = true;
  log.textContent = `elz-complete from <${e.target.localName}>\n${JSON.stringify(e.detail, null, 2)}`;
});
document.addEventListener('elz-error', (e) => {
  received = true;
  log.textContent = `elz-error from <${e.target.localName}>\n${JSON.stringify(e.detail, null, 2)}`;
});

document.getElementById('project-form').addEventListener('submit', (e) => {
  e.preventDefault(); // a real partner would send it; the demo shows what would be sent
  const data = new FormData(e.target);
  formLog.hidden = false;
  formLog.textContent = `FormData "tool":\n${JSON.stringify(JSON.parse(data.get('tool') ?? 'null'), null, 2)}`;
});
