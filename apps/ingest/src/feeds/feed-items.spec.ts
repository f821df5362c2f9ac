import { feedArticles } from './feed-items';

describe(feedArticles.name, () => {
  const fetchedAt = '2026-11-25T00:00:00.000Z';

  it('reads RSS 2.0 items as articles: links resolved, HTML and scripts gone, dates kept', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
      <item><title>Rockets hit &lt;b&gt;Ain al-Asad&lt;/b&gt; base</title><link>/world/1</link>
        <pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate>
        <description><![CDATA[<p>Two <a href="https://x.example">rockets</a> hit the base.<script>alert(1)</script><img src="x.png"></p>]]></description></item>
      <item><title>Unlinked</title><description>text only</description></item>
    </channel></rss>`;

    const sut = await feedArticles(rss, 'https://wire.example/feeds/world.xml', fetchedAt);

    expect(sut.items[0]).toEqual({
      source: 'Test Wire',
      url: 'https://wire.example/world/1',
      title: 'Rockets hit Ain al-Asad base',
      body: 'Two rockets hit the base.',
      publishedAt: '2026-11-24T10:00:00.000Z',
    });
    // No link: passed on without a url, for intake to refuse with the reason.
    expect(sut.items[1]).toEqual({ source: 'Test Wire', url: undefined, title: 'Unlinked', body: 'text only', publishedAt: fetchedAt });
  });

  it('reads Atom entries, and names the source after the feed host when the feed has no title', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
      <entry><title>Quake in Chile</title><link href="https://atom.example/q1"/><id>urn:q1</id>
        <updated>2026-11-24T11:00:00Z</updated><summary type="html">&lt;p&gt;A quake &lt;i&gt;hit&lt;/i&gt; Valparaíso&lt;/p&gt;</summary></entry></feed>`;

    const sut = await feedArticles(atom, 'https://atom.example/feed', fetchedAt);

    expect(sut.items).toEqual([
      { source: 'atom.example', url: 'https://atom.example/q1', title: 'Quake in Chile', body: 'A quake hit Valparaíso', publishedAt: '2026-11-24T11:00:00.000Z' },
    ]);
  });

  it('refuses a document that is not a feed', async () => {
    await expect(feedArticles('<html><body>not a feed</body></html>', 'https://x.example/', fetchedAt)).rejects.toThrow();
  });
});
