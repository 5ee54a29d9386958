using System.Globalization;
using Corpus.Grains.Meetings;
using Corpus.Grains.Runtime;
using Corpus.Grains.Sources;
using Corpus.Storage;
using Corpus.Storage.Meetings;
using Corpus.Storage.Statements;
using Corpus.Text.Articles;
using Corpus.Text.Speakers;

namespace Corpus.Grains.Articles;

/// <summary>A message and the key of the grain it goes to.</summary>
public sealed record Addressed<T>(string Key, T Message);

/// <summary>
/// What one article adds to the corpus unless it turns out to copy an article that arrived before it: found when the
/// article is taken in, stored and sent when it is settled.
/// </summary>
/// <param name="Arrival">The queue id of the article's first message: its place in the order articles arrived in.</param>
/// <param name="Buckets">Its near-copy index buckets.</param>
public sealed record ArticleFindings(
    long Arrival,
    IReadOnlyList<long> Buckets,
    IReadOnlyList<StatementToStore> Statements,
    IReadOnlyList<Addressed<SpeakerMessage>> Speakers,
    IReadOnlyList<Addressed<MeetingMessage>> Meetings,
    Addressed<SourceMessage>? Source)
{
    public static ArticleFindings Of(string articleId, string? source, AnalyzedArticle analysis, IReadOnlyList<long> buckets, OutletFurniture furniture, long arrival)
    {
        // Statements are numbered over the whole analysed text; one inside the outlet's furniture is not stored,
        // but its speaker is still mentioned, as it would have been had the furniture been learnt later.
        var statements = analysis.Statements.Select((s, i) => furniture.Removal.Map(s.Start, s.End) is { } span
            ? new StatementToStore(
                StableId.Of("statement", articleId, i.ToString(CultureInfo.InvariantCulture)),
                articleId, i, source, s.Text, s.Kind.ToString().ToLowerInvariant(), s.Cue, span.Start, span.End, s.Rule, s.Confidence,
                s.Speaker is null ? null : GrainMessages.Write(s.Speaker))
            : null).ToList();

        var mentions = analysis.Statements
            .Select((s, i) => (s.Speaker, StatementId: statements[i]?.Id))
            .Concat(analysis.Meetings.SelectMany(m => m.Participants).Select(p => ((SpeakerRef?)p, StatementId: (string?)null)))
            .Where(m => m.Item1 is not null)
            .Select(m => new SpeakerMention(m.StatementId, m.Item1!.Name, m.Item1.Kind, m.Item1.Aliases, m.Item1.Roles));
        var speakers = mentions
            .GroupBy(m => SpeakerNames.FamilyKey(m.Name, m.Kind))
            .Select(family => new Addressed<SpeakerMessage>(family.Key, new SpeakerMessage(articleId, source, [.. family])))
            .ToList();

        var meetings = analysis.Meetings.Select((m, i) =>
        {
            var participants = m.Participants.Select(p => new MeetingParticipant(p.FamilyKey, p.Name)).ToList();
            return new Addressed<MeetingMessage>(MeetingGrain.KeyOf(participants.Select(p => p.FamilyKey)), new MeetingMessage(
                articleId, source, i, m.Title, m.Kind, m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Place, m.InPassing,
                participants, [.. m.StatementIndexes.Select(s => statements[s]?.Id).OfType<string>()]));
        }).ToList();

        var outlet = source is not null && furniture.Fingerprints.Count > 0
            ? new Addressed<SourceMessage>(source, new SourceMessage(articleId, furniture.Fingerprints, furniture.Kept, Counted: true))
            : null;
        return new ArticleFindings(arrival, buckets, [.. statements.OfType<StatementToStore>()], speakers, meetings, outlet);
    }
}
