using System.Globalization;
using Corpus.Grains.Meetings;
using Corpus.Storage;
using Corpus.Storage.Articles;
using Corpus.Storage.Facts;
using Corpus.Storage.Meetings;
using Corpus.Storage.Statements;
using Corpus.Text.Articles;
using Corpus.Text.Fingerprints;
using Corpus.Text.Speakers;
using Corpus.Text.Statements;

namespace Corpus.Grains.Articles;

/// <summary>
/// What one article yields, unless it turns out to copy an article uploaded before it: found when it is analysed,
/// stored and handed on when it is settled. <see cref="Failure"/> says why an article could not be analysed.
/// </summary>
/// <param name="Buckets">Its near-copy index buckets.</param>
/// <param name="Shingles">Its word shingles, to confirm a near copy: computed with the analysis, where a silo has room.</param>
/// <param name="Quotable">The direct and partial statements among <paramref name="Statements"/>, as quote grains group them.</param>
/// <remarks>Immutable, so that a call within one silo hands it over without a deep copy of every statement and mention.</remarks>
[GenerateSerializer, Immutable, Alias("corpus.article-analysis")]
public sealed record ArticleAnalysis(
    string ArticleId,
    long Arrival,
    string? Failure,
    SettledArticle? Article,
    IReadOnlyList<long> Buckets,
    ulong[] Shingles,
    IReadOnlyList<StatementToStore> Statements,
    IReadOnlyList<QuotedStatement> Quotable,
    IReadOnlyList<StoredMention> Mentions,
    IReadOnlyList<MeetingMention> Meetings,
    ArticleParagraphs? Paragraphs)
{
    public static ArticleAnalysis Failed(string articleId, long arrival, string reason) => new(articleId, arrival, reason, null, [], [], [], [], [], [], null);

    /// <param name="rawText">The row's uploaded text, as analysed: it is stored with the clean text from now on.</param>
    public static ArticleAnalysis Of(StoredArticle row, string? rawText, AnalyzedArticle analysis, DuplicateFingerprint fingerprint, OutletFurniture furniture)
    {
        var article = analysis.Article;
        var source = row.Source ?? article.Source;
        var settled = SettledArticle.Of(
            row.Id,
            row.Title ?? article.Title,
            row.Published ?? article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            source,
            article.Authors,
            rawText,
            furniture.Removal.Body,
            furniture.Removal.RemovedAny ? article.Body : null,
            duplicateOf: null,
            fingerprint.Sketch);

        // Statements are numbered over the whole analysed text; one inside the outlet's furniture is not stored,
        // but its speaker is still mentioned, as it would have been had the furniture been learnt later.
        var statements = analysis.Statements.Select((s, i) => furniture.Removal.Map(s.Start, s.End) is { } span
            ? new StatementToStore(
                StableId.OfStatement(row.Id, row.Arrival, i),
                row.Id, i, source, s.Text, s.Kind, s.Cue, span.Start, span.End, s.Rule, s.Confidence,
                s.Speaker?.Name, StatementTexts.IsSlice(s.Text, furniture.Removal.Body, span.Start, span.End))
            : null).ToList();
        var quotable = statements.OfType<StatementToStore>()
            .Where(s => s.Kind is StatementKind.Direct or StatementKind.Partial)
            .Select(s => new QuotedStatement(s.Id, row.Arrival, s.Ordinal, s.Text, Outlet.Of(source, row.ClientKey, row.Id)))
            .ToList();

        var mentions = analysis.Statements
            .Select((s, i) => (Speaker: s.Speaker, StatementId: statements[i]?.Id))
            .Concat(analysis.Meetings.SelectMany(m => m.Participants).Select(p => (Speaker: (SpeakerRef?)p, StatementId: (string?)null)))
            .Where(m => m.Speaker is not null)
            .Select((m, i) => new StoredMention(
                row.Id, i, SpeakerNames.FamilyKey(m.Speaker!.Name, m.Speaker.Kind), row.Arrival, m.StatementId, m.Speaker.Name,
                m.Speaker.Kind == SpeakerKind.Organization ? "organization" : "person", m.Speaker.Aliases, m.Speaker.Roles))
            .ToList();

        var meetings = analysis.Meetings.Select((m, i) =>
        {
            var participants = m.Participants.Select(p => new MeetingParticipant(p.FamilyKey, p.Name)).ToList();
            return new MeetingMention(
                row.Id, row.Arrival, i, MeetingGrain.KeyOf(participants.Select(p => p.FamilyKey)), source, m.Title, m.Kind,
                m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Place, m.InPassing, participants,
                [.. m.StatementIndexes.Select(s => statements[s]?.Id).OfType<string>()]);
        }).ToList();

        var paragraphs = source is not null && furniture.Fingerprints.Count > 0
            ? new ArticleParagraphs(row.Id, source, row.Arrival, furniture.Fingerprints, furniture.Kept, Counted: true)
            : null;
        return new ArticleAnalysis(
            row.Id, row.Arrival, null, settled, fingerprint.Buckets, fingerprint.Shingles, [.. statements.OfType<StatementToStore>()], quotable, mentions, meetings, paragraphs);
    }
}
