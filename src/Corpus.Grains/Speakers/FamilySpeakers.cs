using Corpus.Storage;
using Corpus.Storage.Facts;
using Corpus.Storage.Speakers;
using Corpus.Text.Speakers;

namespace Corpus.Grains.Speakers;

/// <summary>
/// Who each mention of one family names, taken in upload order: a mention joins the speaker it matches (name, alias,
/// roles) or starts one; each speaker keeps its fullest name, aliases and roles. The same mentions in the same order
/// always make the same speakers with the same ids and places, so a family stored after some mentions and restored
/// takes the next ones in as if it had never stopped.
/// </summary>
internal sealed class FamilySpeakers(string familyKey)
{
    private readonly List<SpeakerState> _speakers = [];

    /// <summary>The family as stored, or null when the stored speakers do not hold each place once, from 0.</summary>
    public static FamilySpeakers? Restore(string familyKey, IReadOnlyList<SpeakerState> stored)
    {
        var family = new FamilySpeakers(familyKey);
        foreach (var speaker in stored.OrderBy(s => s.Place))
        {
            if (speaker.Place != family._speakers.Count)
            {
                return null;
            }
            family._speakers.Add(speaker);
        }
        return family;
    }

    public IReadOnlyList<SpeakerState> Speakers => _speakers;

    /// <summary>Takes in mentions in upload order.</summary>
    /// <returns>
    /// The speakers the mentions name, and the speaker of each statement they attribute (which the family does not keep:
    /// that would grow with the corpus).
    /// </returns>
    public (HashSet<string> Named, Dictionary<string, string> Attribution) Apply(IEnumerable<StoredMention> mentions)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var attribution = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var speaker = Apply(mention);
            named.Add(speaker.Id);
            if (mention.StatementId is not null)
            {
                attribution[mention.StatementId] = speaker.Id;
            }
        }
        return (named, attribution);
    }

    /// <returns>The speaker the mention names.</returns>
    private SpeakerState Apply(StoredMention mention)
    {
        var match = SpeakerIdentity.Match([.. _speakers.Select(s => new SpeakerCandidate(s.Name, s.Aliases, s.Roles))], mention.Name, mention.Roles);
        SpeakerState speaker;
        if (match < 0)
        {
            speaker = new SpeakerState(StableId.Of("speaker", familyKey, SpeakerNames.Fold(mention.Name)), familyKey, mention.Name, mention.Kind, [], [], mention.Arrival, _speakers.Count);
            _speakers.Add(speaker);
        }
        else
        {
            speaker = _speakers[match];
            if (SpeakerIdentity.IsFuller(speaker.Name, mention.Name))
            {
                AddDistinct(speaker.Aliases, speaker.Name);
                speaker = speaker with { Name = mention.Name };
                _speakers[match] = speaker;
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

    /// <summary>What a stored speaker row holds, to tell whether it must be written again.</summary>
    public static string Snapshot(SpeakerState s) => $"{s.Place}\n{s.Name}\n{s.Kind}\n{s.FirstArrival}\n{string.Join('\t', s.Aliases)}\n{string.Join('\t', s.Roles)}";

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }
}
