/**
 * Loaded before every browser test (web-test-runner.config.mjs, testRunnerHtml). A failed assertion whose actual or
 * expected value is a DOM node (`expect(box(el)).to.equal(null)` while the error box shows) made the run stop after
 * 120 s with no message: the runner serialises both values to print a diff, and for a widget that walks its whole
 * object graph (its data, its controllers). Such values are replaced by a short description of the node.
 */
import { chai } from '@open-wc/testing';

const describeNode = (n: Node): string =>
  n instanceof Element ? `<${n.localName}${n.id ? `#${n.id}` : ''}> ${(n.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)}` : `${n.nodeName} ${(n.textContent ?? '').slice(0, 300)}`;

chai.use(({ Assertion }) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: unknown, ...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (e) {
      const err = e as { actual?: unknown; expected?: unknown };
      if (err.actual instanceof Node) err.actual = describeNode(err.actual);
      if (err.expected instanceof Node) err.expected = describeNode(err.expected);
      throw e;
    }
  };
});
