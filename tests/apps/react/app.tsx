// A React 19 app as the README shows it: the elements' tags, attributes, properties and events,
// type-checked with no typing of its own (custom-elements.d.ts only references the package's).
import 'upper-back-surgery-elements/risk-list.js';
import type { RiskListShow, UbsToggleDetail } from 'upper-back-surgery-elements/types';

const show: RiskListShow = 'common';

export function App({ onToggle }: { onToggle: (detail: UbsToggleDetail) => void }) {
  return (
    <main>
      <risk-list
        show={show}
        heading-level="3"
        expanded
        onubs-toggle={(event) => onToggle({ id: event.detail.id, open: event.detail.open })}
        ref={(list) => void list?.headingLevel}
      />
      <risk-list show="common" heading-level="3" onubs-toggle={(e) => e.detail.id} />
      <surgery-faq questions="recovery-time" headingLevel={2} overrides={{ faq: {} }} />
      <second-opinion clinic-name="Clinic" onubs-contact={(e) => e.detail.channel satisfies 'phone' | 'booking' | 'email'} />
      <candidacy-check onubs-candidacy-complete={(e) => e.detail.answers.duration.join()} />
      <back-surgery-guide heading-level={2} onubs-override-rejected={(e) => e.detail.paths.join()}>
        <p slot="note">A clinic's note.</p>
      </back-surgery-guide>
      {/* @ts-expect-error `show` is `all` or `common` */}
      <risk-list show="comon" />
      {/* @ts-expect-error `heading-level` is a number */}
      <recovery-tips heading-level="three" />
      {/* @ts-expect-error the detail of ubs-toggle has no `channel` */}
      <surgery-faq onubs-toggle={(e) => e.detail.channel} />
    </main>
  );
}
