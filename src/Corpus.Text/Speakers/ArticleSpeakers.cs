using System.Runtime.InteropServices;

namespace Corpus.Text.Speakers;

/// <summary>
/// The people and organisations of one article, for resolving mentions: surnames to the full name the article
/// gives, pronouns to the person spoken of last, nominals ("the secretary") to the person holding that role.
/// Names with titles seen anywhere in the article (not only in attributions) teach full names and roles.
/// </summary>
public sealed class ArticleSpeakers
{
    private readonly List<ArticleSpeaker> speakers = [];
    private readonly string body;
    private readonly Dictionary<string, string> surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> foldedNames = new(StringComparer.Ordinal);
    private List<(int Index, int Length)>? runs;
    private readonly Dictionary<string, List<int>> runsBySurname = new(StringComparer.Ordinal);
    private Mention?[]? parsedRuns;
    private bool[]? parsedRunsDone;
    private ArticleSpeaker? lastPerson;
    private ArticleSpeaker? lastOrganization;
    private ArticleWordCase? wordCase;

    /// <summary>Whether the body alone shows a lone name to be someone's (see <see cref="Knows"/>), asked once per name.</summary>
    private readonly Dictionary<string, bool> knownFromBody = new(StringComparer.Ordinal);

    public ArticleSpeakers(string body)
    {
        this.body = body;
    }

    /// <summary>Runs of capitalised words in the body (names with their titles), found on first need and parsed only when asked about.</summary>
    private List<(int Index, int Length)> Runs => runs ??= CapitalisedRuns.Find(body);

    /// <summary>The full name (two words or more) a run gives, parsed once.</summary>
    private Mention? FullNameOfRun(int run)
    {
        parsedRuns ??= new Mention?[Runs.Count];
        parsedRunsDone ??= new bool[Runs.Count];
        if (!parsedRunsDone[run])
        {
            var (index, length) = Runs[run];
            parsedRunsDone[run] = true;
            parsedRuns[run] = MentionParser.Parse(body.Substring(index, length)) is { Form: MentionForm.Name } mention && mention.Name.Contains(' ', StringComparison.Ordinal)
                ? mention
                : null;
        }
        return parsedRuns[run];
    }

    /// <summary>The runs ending with a surname (without a possessive), in body order; found once per surname the article asks about.</summary>
    private List<int> RunsEndingWith(string surname)
    {
        ref var found = ref CollectionsMarshal.GetValueRefOrAddDefault(runsBySurname, surname, out var known);
        if (!known)
        {
            found = [];
            for (var run = 0; run < Runs.Count; run++)
            {
                if (LastWord(Runs[run]).Equals(surname, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(run);
                }
            }
        }
        return found!;
    }

    private ReadOnlySpan<char> LastWord((int Index, int Length) run)
    {
        var span = body.AsSpan(run.Index, run.Length).TrimEnd(".,");
        if (span.EndsWith("’s", StringComparison.Ordinal) || span.EndsWith("'s", StringComparison.Ordinal))
        {
            span = span[..^2];
        }
        return span[(span.LastIndexOf(' ') + 1)..];
    }

    public ArticleSpeaker? Resolve(Mention mention, int position)
    {
        var speaker = mention.Form switch
        {
            MentionForm.Name => IsName(mention, position) ? ResolveName(mention, position) : null,
            MentionForm.Pronoun => mention.Name == "they" ? lastOrganization ?? lastPerson : lastPerson ?? LastNamedBefore(position),
            MentionForm.Nominal => ResolveNominal(mention, position),
            _ => ResolveOrganization(mention),
        };
        if (speaker is null)
        {
            return null;
        }
        if (speaker.Kind == SpeakerKind.Person)
        {
            lastPerson = speaker;
        }
        else
        {
            lastOrganization = speaker;
        }
        return speaker;
    }

    /// <summary>
    /// False for a lone capitalised word the article never gives as someone's surname nor writes as a name inside a
    /// sentence: where no verb confirms it is a subject, it is as likely an adjective ("Human rights groups …") as a name.
    /// </summary>
    public bool Knows(Mention mention, int position)
    {
        if (mention.Form != MentionForm.Name || mention.Name.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }
        var surname = Surname(mention.Name);
        foreach (var s in speakers)
        {
            if (s.Kind == SpeakerKind.Person && Surname(s.Name) == surname && s.Name.Contains(' ', StringComparison.Ordinal))
            {
                return true;
            }
        }
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(knownFromBody, mention.Name, out var asked);
        if (!asked)
        {
            // A full name with this surname anywhere in the body counts wherever the mention stands, so the answer holds for the article.
            known = LearnedFullName(surname, position) is not null || HasTitledRun(surname) || (wordCase ??= new ArticleWordCase(body)).IsWrittenAsName(mention.Name);
        }
        return known;
    }

    /// <summary>
    /// A lone capitalised word names someone when the article gives it as a surname (with a given name or a title)
    /// or capitalises it inside sentences and never writes it in lower case; else it only opens a sentence
    /// ("Lest …", "Troops said …") and makes no speaker.
    /// </summary>
    private bool IsName(Mention mention, int position) => Knows(mention, position);

    /// <summary>True when the article gives the surname with a title somewhere ("President Obama", "Sen. Cruz").</summary>
    private bool HasTitledRun(string surname)
    {
        foreach (var run in RunsEndingWith(surname))
        {
            var (index, length) = Runs[run];
            if (MentionParser.Parse(body.Substring(index, length)) is { Form: MentionForm.Name, Roles.Count: > 0 } mention && Surname(mention.Name) == surname)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The person spoken of last: the one a following pronoun would name.</summary>
    public ArticleSpeaker? LastPerson => lastPerson;

    /// <summary>Makes a speaker the one later pronouns refer to, e.g. the speaker carried into a continued quotation.</summary>
    public void Saw(ArticleSpeaker speaker)
    {
        if (speaker.Kind == SpeakerKind.Person)
        {
            lastPerson = speaker;
        }
    }

    private ArticleSpeaker ResolveName(Mention mention, int position)
    {
        var surname = Surname(mention.Name);
        var full = mention.Name.Contains(' ', StringComparison.Ordinal);
        ArticleSpeaker? found = null;
        for (var i = speakers.Count - 1; i >= 0 && found is null; i--)
        {
            var s = speakers[i];
            if (s.Kind == SpeakerKind.Person && Surname(s.Name) == surname
                && (!full || !s.Name.Contains(' ', StringComparison.Ordinal) || SpeakerIdentity.SameGivenName(s.Name, mention.Name)))
            {
                found = s;
            }
        }
        if (found is null)
        {
            found = new ArticleSpeaker(mention.Name, SpeakerKind.Person);
            speakers.Add(found);
        }
        found.Take(mention);
        if (!found.Name.Contains(' ', StringComparison.Ordinal) && LearnedFullName(surname, position) is { } learned)
        {
            found.Take(learned);
        }
        return found;
    }

    /// <summary>The person named last before a position, when no one has spoken yet.</summary>
    private ArticleSpeaker? LastNamedBefore(int position)
    {
        for (var run = Runs.Count - 1; run >= 0; run--)
        {
            if (Runs[run].Index <= position && FullNameOfRun(run) is { } mention)
            {
                return ResolveName(mention, Runs[run].Index);
            }
        }
        return null;
    }

    /// <summary>The full name with this surname given last before a position, or else first after it.</summary>
    private Mention? LearnedFullName(string surname, int position)
    {
        Mention? best = null;
        foreach (var run in RunsEndingWith(surname))
        {
            if (FullNameOfRun(run) is not { } mention || Surname(mention.Name) != surname)
            {
                continue;
            }
            if (Runs[run].Index > position && best is not null)
            {
                break;
            }
            best = mention;
            if (Runs[run].Index > position)
            {
                break;
            }
        }
        return best;
    }

    private ArticleSpeaker? ResolveNominal(Mention mention, int position)
    {
        var noun = mention.Name.Split(' ')[^1].ToLowerInvariant();
        if (noun is "campaign" or "administration" or "department" or "committee")
        {
            return lastOrganization is { } org && org.Name.Contains(noun, StringComparison.OrdinalIgnoreCase) ? org : null;
        }
        for (var i = speakers.Count - 1; i >= 0; i--)
        {
            if (speakers[i].HasRole(noun))
            {
                return speakers[i];
            }
        }
        for (var run = Runs.Count - 1; run >= 0; run--)
        {
            var (index, length) = Runs[run];
            if (index <= position && body.AsSpan(index, length).Contains(noun, StringComparison.OrdinalIgnoreCase)
                && FullNameOfRun(run) is { } candidate && candidate.Roles.Any(r => r.Contains(noun, StringComparison.OrdinalIgnoreCase)))
            {
                return ResolveName(candidate, index);
            }
        }
        return null;
    }

    private ArticleSpeaker ResolveOrganization(Mention mention)
    {
        var key = Folded(mention.Name);
        ArticleSpeaker? found = null;
        foreach (var s in speakers)
        {
            if (s.Kind == SpeakerKind.Organization && Folded(s.Name) == key)
            {
                found = s;
                break;
            }
        }
        if (found is null)
        {
            found = new ArticleSpeaker(mention.Name, SpeakerKind.Organization);
            speakers.Add(found);
        }
        found.Take(mention);
        return found;
    }

    /// <summary>The folded surname, as a person's family key holds it after its prefix; remembered, as the same names recur.</summary>
    private string Surname(string name)
    {
        ref var surname = ref CollectionsMarshal.GetValueRefOrAddDefault(surnames, name, out var known);
        if (!known)
        {
            surname = SpeakerNames.FamilyKey(name, SpeakerKind.Person)[PersonPrefix.Length..];
        }
        return surname!;
    }

    private string Folded(string name)
    {
        ref var folded = ref CollectionsMarshal.GetValueRefOrAddDefault(foldedNames, name, out var known);
        if (!known)
        {
            folded = SpeakerNames.Fold(name);
        }
        return folded!;
    }

    private const string PersonPrefix = "person:";
}

/// <summary>One person or organisation of an article as its mentions accumulate: fullest name, other names, roles.</summary>
public sealed class ArticleSpeaker(string name, SpeakerKind kind)
{
    private readonly List<string> aliases = [];
    private readonly List<string> roles = [];
    private SpeakerRef? built;

    public string Name { get; private set; } = name;

    public SpeakerKind Kind { get; } = kind;

    public bool HasRole(string noun) => roles.Any(r => r.Contains(noun, StringComparison.OrdinalIgnoreCase));

    public void Take(Mention mention)
    {
        built = null;
        if (string.Equals(mention.Name, Name, StringComparison.Ordinal))
        {
            AddRoles(mention);
            return;
        }
        if (SpeakerIdentity.IsFuller(Name, mention.Name))
        {
            AddDistinct(aliases, Name);
            Name = mention.Name;
        }
        else if (!string.Equals(mention.Name, Name, StringComparison.OrdinalIgnoreCase))
        {
            AddDistinct(aliases, mention.Name);
        }
        AddRoles(mention);
    }

    private void AddRoles(Mention mention)
    {
        foreach (var role in mention.Roles)
        {
            AddDistinct(roles, role);
        }
    }

    public SpeakerRef ToRef() => built ??= new SpeakerRef(Name, Kind, [.. aliases.Where(a => !string.Equals(a, Name, StringComparison.OrdinalIgnoreCase))], [.. roles]);

    private static void AddDistinct(List<string> list, string value)
    {
        if (value.Length > 0 && !list.Exists(known => string.Equals(known, value, StringComparison.OrdinalIgnoreCase)))
        {
            list.Add(value);
        }
    }
}
