// The clinic's page with the guide's text already in it: renderElement writes the element with a
// declarative shadow root, readable before (or without) any script. The page carries the same settings
// (renderSettings), so the element in the browser takes this HTML over instead of rendering it again.
import { renderElement, renderSettings } from 'upper-back-surgery-elements/server.js';

const settings = { clinicName: 'Northside Spine Clinic' };

export default async function () {
  const guide = await renderElement('back-surgery-guide', { attributes: { 'heading-level': 2 }, settings });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Northside Spine Clinic: upper back surgery (Eleventy)</title>
  </head>
  <body>
    <main>
      <h1>Northside Spine Clinic</h1>
      ${renderSettings(settings)}
      ${guide}
      <p role="status">Open a risk to read more.</p>
    </main>
    <script type="module" src="/ubs/upper-back-surgery.js"></script>
    <script type="module">
      const status = document.querySelector('[role="status"]');
      document.addEventListener('ubs-toggle', (event) => {
        status.textContent = 'You ' + (event.detail.open ? 'opened' : 'closed') + ' "' + event.detail.id + '".';
      });
    </script>
  </body>
</html>`;
}
