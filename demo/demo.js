// The demo page's language switcher. The elements have none on purpose: the page decides the
// language, and every element follows <html lang> (or the nearest lang) when it changes.
const select = document.querySelector('#language');
select.value = document.documentElement.lang;
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
});
