using Corpus.Grains.Quotes;
using Corpus.Grains.Runtime;
using Corpus.Storage;
using Corpus.Storage.Queue;
using Corpus.Storage.Speakers;
using Corpus.Storage.Statements;
using Corpus.Text.Speakers;

namespace Corpus.Grains.Speakers;

/// <summary>
/// One family of speakers: everyone with one surname, or one organisation. It decides who each mention
/// names, keeps each speaker's fullest name, aliases and roles, and attributes the statements.
/// </summary>
public sealed class SpeakerGrain : IGrain
{
    public const string KindName = "speaker";

    public string Kind => KindName;

    public Task<ITurn> PrepareAsync(IReadOnlyList<WorkItem> items, CancellationToken ct) =>
        Task.FromResult<ITurn>(new Turn([.. items.Select(i => (i.GrainKey, GrainMessages.Read<SpeakerMessage>(i.Payload)))]));

    private sealed class Turn(List<(string Family, SpeakerMessage Message)> messages) : ITurn
    {
        public async Task ApplyAsync(GrainTurn turn, CancellationToken ct)
        {
            var attributed = new List<(string StatementId, string? SpeakerId)>();
            var changed = new List<SpeakerState>();
            var families = messages.GroupBy(m => m.Family, StringComparer.Ordinal).ToList();
            var stored = await SpeakerRows.LoadFamiliesAsync(turn.Transaction, [.. families.Select(f => f.Key)], ct);
            foreach (var family in families)
            {
                ApplyFamily(turn, family.Key, stored[family.Key], family.Select(f => f.Message), attributed, changed);
            }
            await SpeakerRows.UpsertAsync(turn.Transaction, [.. changed.OrderBy(s => s.Id, StringComparer.Ordinal)], turn.NowMs, ct);
            await StatementRows.SetAsync(turn.Transaction, "speaker_id", attributed, ct);
        }

        private static void ApplyFamily(
            GrainTurn turn,
            string familyKey,
            List<SpeakerState> speakers,
            IEnumerable<SpeakerMessage> messages,
            List<(string StatementId, string? SpeakerId)> attributed,
            List<SpeakerState> changed)
        {
            var before = speakers.ToDictionary(s => s.Id, Snapshot, StringComparer.Ordinal);
            var mentioned = new HashSet<string>(StringComparer.Ordinal);
            var familyAttributed = new List<(string StatementId, string? SpeakerId)>();
            foreach (var mention in messages.SelectMany(m => m.Mentions))
            {
                var speaker = Identify(speakers, familyKey, mention);
                mentioned.Add(speaker.Id);
                if (mention.StatementId is not null)
                {
                    familyAttributed.Add((mention.StatementId, speaker.Id));
                }
            }
            // A speaker mentioned again under a name, alias and roles already known is not written again.
            changed.AddRange(speakers.Where(s => mentioned.Contains(s.Id) && (!before.TryGetValue(s.Id, out var known) || known != Snapshot(s))));
            attributed.AddRange(familyAttributed);
            foreach (var bySpeaker in familyAttributed.GroupBy(a => a.SpeakerId!))
            {
                turn.Send(QuoteGrain.KindName, bySpeaker.Key, new QuoteMessage([.. bySpeaker.Select(a => a.StatementId)]), familyKey);
            }
        }

        private static SpeakerState Identify(List<SpeakerState> speakers, string familyKey, SpeakerMention mention)
        {
            var match = SpeakerIdentity.Match([.. speakers.Select(s => new SpeakerCandidate(s.Name, s.Aliases, s.Roles))], mention.Name, mention.Roles);
            SpeakerState speaker;
            if (match < 0)
            {
                speaker = new SpeakerState(
                    StableId.Of("speaker", familyKey, SpeakerNames.Fold(mention.Name)),
                    familyKey,
                    mention.Name,
                    mention.Kind == SpeakerKind.Organization ? "organization" : "person",
                    [],
                    []);
                speakers.Add(speaker);
            }
            else
            {
                speaker = speakers[match];
                if (SpeakerIdentity.IsFuller(speaker.Name, mention.Name))
                {
                    AddDistinct(speaker.Aliases, speaker.Name);
                    speaker = speaker with { Name = mention.Name };
                    speakers[match] = speaker;
                }
            }
            foreach (var alias in mention.Aliases.Append(mention.Name).Where(a => a != speaker.Name))
            {
                AddDistinct(speaker.Aliases, alias);
            }
            foreach (var role in mention.Roles)
            {
                AddDistinct(speaker.Roles, role);
            }
            return speaker;
        }

        private static string Snapshot(SpeakerState s) => $"{s.Name}\n{s.Kind}\n{string.Join('\t', s.Aliases)}\n{string.Join('\t', s.Roles)}";

        private static void AddDistinct(List<string> list, string value)
        {
            if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                list.Add(value);
            }
        }
    }
}
