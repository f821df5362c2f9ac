import { withHistoryContext } from './history-context';

describe(withHistoryContext.name, () => {
  const email = { subject: 's', text: 'body', html: '<!doctype html>\n<html><body style="x">\n<h2>t</h2></body></html>' };
  it('puts the context first in text and html, escaped', () => {
    const sut = withHistoryContext(email, '3rd level ≥ 3 incident in <Anbar> in 7 days');
    expect(sut.text).toBe('3rd level ≥ 3 incident in <Anbar> in 7 days\n\nbody');
    expect(sut.html).toContain('<body style="x">\n<p class="context"><b>3rd level ≥ 3 incident in &lt;Anbar&gt; in 7 days</b></p>');
    expect(sut.subject).toBe('s');
  });
  it('leaves the email alone without context', () => {
    expect(withHistoryContext(email, undefined)).toBe(email);
  });
});
