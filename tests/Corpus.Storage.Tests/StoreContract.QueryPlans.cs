using Corpus.Storage.Dedup;
using Corpus.Storage.Facts;
using Corpus.Storage.Meetings;
using Corpus.Storage.Quotes;
using Corpus.Storage.Search;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Corpus.Storage.Tests.QueryPlans;
using Corpus.Storage.Views;
using Corpus.Text.Fingerprints;

namespace Corpus.Storage.Tests;

/// <summary>
/// No view reads a table whole: every list and detail the API serves seeks through an index, whatever the corpus
/// size, so a later change cannot silently bring back a scan.
/// </summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Every_view_seeks_and_none_scans_a_table()
    {
        SkipIfUnavailable();
        await SettleAsync(("a1", "Daily", "Harbour wall repairs"), ("a2", "Daily", "Harbour wall repairs again"), ("a3", "Herald", "Library opens"));
        await WriteAsync(async tx =>
        {
            await SpeakerRows.UpsertAsync(tx, [Speaker("sp-jane", "Jane Holloway"), Speaker("sp-john", "John Holloway")], CancellationToken.None);
            await StatementRows.AddAsync(tx, [Statement("s1", "a1", "Daily"), Statement("s2", "a2", "Daily"), Statement("s3", "a3", "Herald")], CancellationToken.None);
            await StatementLinks.SetAsync(tx, StatementLink.Speaker, [("s1", "sp-jane"), ("s2", "sp-jane"), ("s3", "sp-john")], CancellationToken.None);
            await QuoteRows.UpsertAsync(tx, [new QuoteState("q1", "sp-jane", "The wall will hold.", 1)], 0, CancellationToken.None);
            // Worded otherwise than the quote: its view reads their articles too.
            await StatementLinks.SetQuotesAsync(tx, [("s1", "q1", 0L), ("s2", "q1", 0L)], CancellationToken.None);
            await MeetingRows.UpsertAsync(
                tx, new MeetingState("m1", "holloway", "Harbour talks", "talks", "2019-05-01", null, false, [new("holloway", "Jane Holloway")], 1), [("a1", "Daily")], 0, CancellationToken.None);
            await StatementLinks.SetAsync(tx, StatementLink.Meeting, [("s1", "m1")], CancellationToken.None);
        });
        var store = new PlanRecordingStore(Store);
        var articles = new ArticleQueries(store);
        var meetings = new MeetingQueries(store);
        var speakers = new SpeakerQueries(store, meetings);
        var quotes = new QuoteQueries(store);
        var search = new StatementSearch(store);
        var walking = new StatementSearch(store, walks: true);
        var readingHits = new StatementSearch(store, walks: false);
        var byDay = new StatementSearch(store, ManyHits);
        var uploads = new UploadQueries(store);
        var ct = CancellationToken.None;
        // Lists with no filter walk their table in key order: the page's LIMIT stops the walk.
        var views = new (string View, string[] Walks, Func<PageRequest, Task<string?>> Read)[]
        {
            ("articles", ["articles"], async p => (await articles.ListAsync(null, null, p, ct))?.Next),
            ("articles?source", [], async p => (await articles.ListAsync("Herald", null, p, ct))?.Next),
            // PostgreSQL walks a common word's articles newest first, stopping at the page's end.
            ("articles?q", ["article_words"], async p => (await articles.ListAsync(null, "harbour", p, ct))?.Next),
            ("article", [], async _ => { await articles.GetAsync("a1", ct); return null; }),
            ("speakers", ["speakers"], async p => (await speakers.ListAsync(null, p, ct))?.Next),
            ("speakers?q", [], async p => (await speakers.ListAsync("holl", p, ct))?.Next),
            ("speakers?sort=statements", ["speakers"], async p => (await speakers.ListByStatementCountAsync(null, p, ct))?.Next),
            ("speakers?sort=statements&q", [], async p => (await speakers.ListByStatementCountAsync("holl", p, ct))?.Next),
            ("speaker", [], async _ => { await speakers.GetAsync("sp-jane", ct); return null; }),
            ("speaker timeline", [], async _ => { await speakers.TimelineAsync("sp-jane", ct); return null; }),
            ("speaker statements", [], async p => (await speakers.StatementsAsync("sp-jane", p, ct))?.Next),
            ("quotes", ["quotes"], async p => (await quotes.ListAsync(null, 1, p, ct))?.Next),
            ("quotes?minSources", ["quotes"], async p => (await quotes.ListAsync(null, 2, p, ct))?.Next),
            ("quotes?speaker", [], async p => (await quotes.ListAsync("sp-jane", 1, p, ct))?.Next),
            ("quote", [], async _ => { await quotes.GetAsync("q1", ct); return null; }),
            ("meetings", ["meetings"], async p => (await meetings.ListAsync(null, null, null, p, ct))?.Next),
            ("meetings?speaker&from&to", [], async p => (await meetings.ListAsync("sp-jane", "2019-01-01", "2019-12-31", p, ct))?.Next),
            ("meeting", [], async _ => { await meetings.GetAsync("m1", ct); return null; }),
            ("sources", ["source_counts"], async p => (await new SourceQueries(store).ListAsync(p, ct))?.Next),
            ("statements?q", ["articles"], async p => (await search.PageAsync(new StatementFilter(Text("harbour")), p, ct))?.Next),
            ("statements?q (walking by day)", ["articles"], async p => (await walking.PageAsync(new StatementFilter(Text("harbour")), p, ct))?.Next),
            ("statements?q (reading hits)", [], async p => (await readingHits.PageAsync(new StatementFilter(Text("harbour")), p, ct))?.Next),
            ("statements?q&source&from (reading hits)", [], async p => (await readingHits.PageAsync(new StatementFilter(Text("harbour"), Source: "Daily", From: "2019-01-01"), p, ct))?.Next),
            ("statements?q (by day)", [], async p => (await byDay.PageAsync(new StatementFilter(Text("harbour")), p, ct))?.Next),
            ("statements?q&source&from&to (by day)", [], async p => (await byDay.PageAsync(new StatementFilter(Text("harbour"), Source: "Daily", From: "2019-01-01", To: "2030-01-01"), p, ct))?.Next),
            ("statements?q&speaker (walking)", [], async p => (await walking.PageAsync(new StatementFilter(Text("harbour"), Speaker: "sp-jane"), p, ct))?.Next),
            ("statements?q&speaker (reading hits)", [], async p => (await readingHits.PageAsync(new StatementFilter(Text("harbour"), Speaker: "sp-jane"), p, ct))?.Next),
            ("statements?q&sort=relevance", [], async p => (await search.PageAsync(new StatementFilter(Text("harbour"), Order: StatementOrder.Relevance), p, ct))?.Next),
            ("statements?speaker&source&kind", [], async p => (await search.PageAsync(new StatementFilter(Speaker: "sp-jane", Source: "Daily", Kind: "direct"), p, ct))?.Next),
            ("uploads", ["uploads"], async p => (await uploads.ListAsync(p, ct))?.Next),
            ("upload", [], async _ => { await uploads.GetAsync("u1", ct); return null; }),
            ("queue", [], async _ => { await new ProgressQueries(store).GetAsync(ct); return null; }),
            // What grains read as they attribute, at every size of corpus.
            ("speaker grain", [], async _ => { await GrainReadAsync(store, c => SpeakerRows.LoadFamilyAttributionAsync(c, "holloway", null, ct)); return null; }),
            ("speaker grain after its checkpoint", [], async _ => { await GrainReadAsync(store, c => SpeakerRows.LoadFamilyAttributionAsync(c, "holloway", new FactPlace(2, 1), ct)); return null; }),
            ("speaker grain mentions after its checkpoint", [], async _ => { await GrainReadAsync(store, c => MentionRows.LoadFamilyAsync(c, "holloway", new FactPlace(2, 1), ct)); return null; }),
            ("speaker checkpoint", [], async _ => { await GrainReadAsync(store, c => GrainCheckpoints.LoadAsync(c, CheckpointedGrain.Speaker, "holloway", ct)); return null; }),
            ("quote grain", [], async _ => { await GrainReadAsync(store, c => QuoteRows.LoadSpeakerAsync(c, "sp-jane", ct)); return null; }),
            ("quote grain statements", [], async _ => { await GrainReadAsync(store, c => StatementRows.LoadQuotedAsync(c, "sp-jane", ct)); return null; }),
            ("quote grain links", [], async _ => { await GrainReadAsync(store, c => StatementRows.LoadQuotedLinksAsync(c, "sp-jane", ct)); return null; }),
            ("quote grain wordings", [], async _ => { await GrainReadAsync(store, c => StatementRows.LoadQuotedAsync(c, "sp-jane", ["s1", "s2"], ct)); return null; }),
            ("quote checkpoint", [], async _ => { await GrainReadAsync(store, c => GrainCheckpoints.LoadAsync(c, CheckpointedGrain.Quote, "sp-jane", ct)); return null; }),
            ("quote grain others", [], async _ => { await GrainReadAsync(store, c => QuoteRows.HoldOthersStatementsAsync(c, "sp-jane", ct)); return null; }),
            ("family disagreements", [], async _ => { await GrainReadAsync(store, c => QuoteRows.LoadDisagreeingSpeakersAsync(c, "holloway", null, ct)); return null; }),
            ("family disagreements after its checkpoint", [], async _ => { await GrainReadAsync(store, c => QuoteRows.LoadDisagreeingSpeakersAsync(c, "holloway", new FactPlace(2, 1), ct)); return null; }),
            ("near-copy candidates", [], async _ => { await GrainReadAsync(store, c => DedupBuckets.CandidatesAsync(c, [new CandidateQuery(10, [1L, -7L, int.MaxValue])], DedupParameters.Default, ct)); return null; }),
        };
        // Lists of what grows with the corpus that read their rows in the order they list them, stopping at the page's
        // end, rather than sort all they find. Only SQLite's plans tell: PostgreSQL sorts a small table's rows by choice.
        HashSet<string> inOrder = ["speaker statements", "statements?speaker&source&kind", "statements?q&speaker (walking)"];
        var scans = new List<string>();
        foreach (var (view, walks, read) in views)
        {
            // A page of one, then the page its cursor names: the first page and the keyset condition of later ones.
            if (await read(new PageRequest(1, null)) is { } next && PageRequest.TryCreate(1, next, out var following, out _))
            {
                await read(following);
            }
            var (queries, reads, sorts) = await store.TakeReadsAsync();
            Assert.True(queries > 0, $"No plan of {view} was seen.");
            scans.AddRange(reads.Where(r => !r.Walk || !walks.Contains(r.Table))
                .Select(r => $"{view} {(r.Walk ? "walks" : "scans")} {r.Table} in: {r.Query}"));
            if (Store.Dialect == SqlDialect.Sqlite && inOrder.Contains(view))
            {
                scans.AddRange(sorts.Select(q => $"{view} sorts in: {q}"));
            }
        }
        Assert.True(scans.Count == 0, string.Join("\n\n", scans));
    }

    private static async Task GrainReadAsync<T>(ICorpusStore store, Func<System.Data.Common.DbConnection, Task<T>> read)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await read(connection);
    }

    private static SearchText Text(string q) => SearchText.TryParse(q, out var text, out _) ? text! : throw new ArgumentException(q);
}
