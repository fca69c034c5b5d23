// A server component: it renders the page's own HTML. The elements, their event handlers and their
// object properties live in a client component (guide.tsx), the only place a function can be passed.
import { Guide } from './guide';

export default function Page() {
  return (
    <main>
      <h1>Northside Spine Clinic</h1>
      <Guide />
    </main>
  );
}
