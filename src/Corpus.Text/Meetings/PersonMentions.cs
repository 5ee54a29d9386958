using System.Text.RegularExpressions;
using Corpus.Text.Speakers;
using Corpus.Text.Statements;

namespace Corpus.Text.Meetings;

/// <summary>A person named at one place of the body.</summary>
internal sealed record PersonMention(int Start, int End, string FamilyKey);

/// <summary>
/// The people one article names: full names with their roles ("Russian Foreign Minister Sergey Lavrov"),
/// later bare surnames, role descriptors ("the foreign minister") and pronouns resolved to them.
/// </summary>
internal sealed partial class PersonMentions
{
    private static readonly HashSet<string> NotNameStarts = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "This", "That", "These", "Those", "But", "However", "When", "After", "Before", "During",
        "And", "Or", "If", "As", "Of", "For", "From", "By", "With", "Without", "It", "Its", "He", "She", "They", "We", "I", "His", "Her",
        "Their", "Our", "Speaking", "According", "Despite", "While", "Since", "Prior", "Earlier", "Later", "Meanwhile", "Update", "UPDATE",
        "NEW", "New", "Sign", "Click", "Read", "Watch", "Follow", "Share", "Published", "Copyright", "Have", "Filed", "Related", "Why",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "Secretary", "Minister", "President", "Senator", "Sen", "Rep", "Gov", "Sec", "Ambassador", "Chancellor",
        "Should", "Would", "Could", "Will", "Can", "Must", "Did", "Does", "Do", "Is", "Are", "Was", "Were", "What", "Who", "How", "Where",
        "There", "Here", "Not", "No", "Yes", "All", "Any", "Some", "Every", "Many", "Most", "One", "Two", "Let", "Get", "Make", "Take",
    };

    private static readonly HashSet<string> WordsNotInsideNames = new(StringComparer.Ordinal)
    {
        "The", "To", "Of", "And", "In", "On", "For", "A", "An", "At", "By", "With", "Due", "From", "Is", "Are", "Was", "Not", "Or",
    };

    private static readonly HashSet<string> NotPersonWords = new(StringComparer.Ordinal)
    {
        "House", "Department", "Office", "Committee", "Council", "Embassy", "Times", "Press", "News", "Business", "Party", "Congress",
        "Senate", "Union", "Nations", "States", "Kremlin", "Summit", "Democrats", "Republicans", "Agency", "Ministry", "Bureau",
        "Service", "Services", "Court", "Foundation", "Journal", "Post", "Network", "Club", "Street", "Square", "Garden", "Hall", "Center",
        "Centre", "Palace", "University", "Institute", "Commission", "Administration", "Government", "Treaty", "Organization", "Group",
        "Company", "Corporation", "Bank", "Fund", "Forum", "Conference", "Media", "Radio", "Television", "TV", "Airport", "Hotel", "Room",
        "Capitol", "Pentagon", "Intelligence", "Security", "Election", "Elections", "Unit", "Program", "War", "Wars", "Army", "Navy",
        "Minister", "Secretary", "President", "Chancellor", "Senator", "Ambassador", "Adviser", "Advisor", "Mayor", "Governor", "Director",
    };

    private static readonly string[] Pronouns = ["he", "she", "him", "her", "his", "hers"];

    private readonly List<(string FamilyKey, string Name, List<string> Roles)> _people = [];
    private readonly List<PersonMention> _mentions = [];

    private PersonMentions()
    {
    }

    public IReadOnlyList<PersonMention> Mentions => _mentions;

    /// <summary>The participant to report for a family: the fullest name the article gives, with its roles.</summary>
    public SpeakerRef Speaker(string familyKey)
    {
        var person = _people.First(p => p.FamilyKey == familyKey);
        return new SpeakerRef(person.Name, SpeakerKind.Person, [], [.. person.Roles]);
    }

    public static PersonMentions Find(string body, IReadOnlyList<StatementFinding> statements, QuoteSpans quotes)
    {
        var found = new PersonMentions();
        foreach (var speaker in statements.Select(s => s.Speaker).OfType<SpeakerRef>().Where(s => s.Kind == SpeakerKind.Person && CleanName().IsMatch(s.Name)))
        {
            found.Know(speaker.Name, speaker.Roles);
        }
        var named = new List<(int Start, int End, string Name, string? Role)>();
        foreach (Match m in TitledOrFullName().Matches(body))
        {
            var name = m.Groups["name"].Value;
            var nameEnd = m.Groups["name"].Index + m.Groups["name"].Length;
            if ((m.Index > 0 && char.IsLetter(body[m.Index - 1])) || (nameEnd < body.Length && char.IsLetter(body[nameEnd])))
            {
                // Glued to another word ("TrumpDonald John TrumpRepublicans"): page furniture, not a name in the text.
                continue;
            }
            var role = m.Groups["role"].Success ? CleanRole(m.Groups["role"].Value) : null;
            var tokens = name.Split(' ');
            var leading = m.Groups["role"].Success ? 0 : tokens.TakeWhile(t => ClosedClassWords.Contains(t)).Count();
            if (leading > 0 && leading < tokens.Length)
            {
                // "Both Ivo Marek and …", "Although Tilda Ferrand is …": the sentence's opening word is no part of the name.
                name = string.Join(' ', tokens[leading..]);
                tokens = tokens[leading..];
            }
            if (NotNameStarts.Contains(tokens[0].TrimEnd('.')) || tokens.Any(NotPersonWords.Contains) || tokens.Skip(1).Any(WordsNotInsideNames.Contains)
                || (leading > 0 && tokens.Any(t => ClosedClassWords.Contains(t))))
            {
                continue;
            }
            if (!m.Groups["role"].Success && tokens.Length < 2)
            {
                continue;
            }
            named.Add((m.Index, m.Index + m.Length, name, role));
            found.Know(name, role is null ? [] : [role]);
        }
        found.Resolve(body, named, quotes);
        return found;
    }

    private void Know(string name, IReadOnlyList<string> roles)
    {
        var key = SpeakerNames.FamilyKey(name, SpeakerKind.Person);
        var index = _people.FindIndex(p => p.FamilyKey == key);
        if (index < 0)
        {
            _people.Add((key, name, [.. roles]));
            return;
        }
        var known = _people[index];
        if (SpeakerIdentity.IsFuller(known.Name, name) && !name.Contains('.', StringComparison.Ordinal) && name.Split(' ').Length <= 3)
        {
            known = known with { Name = name };
        }
        foreach (var role in roles.Where(r => !known.Roles.Contains(r, StringComparer.OrdinalIgnoreCase)))
        {
            known.Roles.Add(role);
        }
        _people[index] = known;
    }

    private void Resolve(string body, List<(int Start, int End, string Name, string? Role)> named, QuoteSpans quotes)
    {
        var surnames = _people.ToDictionary(p => p.FamilyKey["person:".Length..], p => p.FamilyKey, StringComparer.Ordinal);
        var events = new List<PersonMention>();
        foreach (var (start, end, name, _) in named)
        {
            events.Add(new PersonMention(start, end, SpeakerNames.FamilyKey(name, SpeakerKind.Person)));
        }
        foreach (Match m in CapitalWord().Matches(body))
        {
            if (surnames.TryGetValue(SpeakerNames.Fold(m.Value), out var key) && !events.Any(e => e.Start <= m.Index && m.Index < e.End))
            {
                events.Add(new PersonMention(m.Index, m.Index + m.Length, key));
            }
        }
        foreach (Match m in RoleDescriptor().Matches(body))
        {
            var holder = _people.Where(p => p.Roles.Any(r => r.Equals(m.Groups["role"].Value, StringComparison.OrdinalIgnoreCase))).ToList();
            if (holder.Count == 1)
            {
                events.Add(new PersonMention(m.Index, m.Index + m.Length, holder[0].FamilyKey));
            }
        }
        events.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (Match m in Pronoun().Matches(body))
        {
            var last = events.LastOrDefault(e => e.End <= m.Index && !quotes.Inside(e.Start));
            if (last is not null && !quotes.Inside(m.Index))
            {
                _mentions.Add(new PersonMention(m.Index, m.Index + m.Length, last.FamilyKey));
            }
        }
        _mentions.AddRange(events);
        _mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"Russian Foreign Minister" → "Foreign Minister"; "U.S. Secretary of State" → "Secretary of State".</summary>
    private static string? CleanRole(string role)
    {
        var words = role.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && !RoleHead().IsMatch(string.Join(' ', words)))
        {
            words.RemoveAt(0);
        }
        var cleaned = string.Join(' ', words);
        var ofCountry = cleaned.IndexOf(" of ", StringComparison.Ordinal);
        if (ofCountry > 0 && !cleaned.StartsWith("Secretary of", StringComparison.Ordinal))
        {
            cleaned = cleaned[..ofCountry];
        }
        return cleaned is "counterpart" or "leader" or "envoy" ? null : SpeakerTitles.Split(cleaned + " X").Role ?? cleaned;
    }

    public static bool IsPronoun(string word) => Pronouns.Contains(word.ToLowerInvariant());

    private const string RoleWords =
        @"Secretary[ \u00A0]+of[ \u00A0]+State|Secretary[ \u00A0]+of[ \u00A0]+\p{Lu}\w+|Treasury[ \u00A0]+Secretary|National[ \u00A0]+Security[ \u00A0]+Advis[eo]r|Foreign[ \u00A0]+Minister|Prime[ \u00A0]+Minister|Vice[ \u00A0]+President|"
        + @"Defen[cs]e[ \u00A0]+Minister|Minister|President|Secretary|Chancellor|Senator|Sen\.|Rep\.|Gov\.|Sec\.|Ambassador|Premier|King|Queen|Pope|counterpart|"
        + @"press[ \u00A0]+secretary|spokes(?:man|woman|person)|Spokes(?:man|woman|person)|[Aa]dvis[eo]r|[Ee]nvoy|leader|Director|Mayor|Governor|Commissioner";

    [GeneratedRegex(@"(?<role>(?:(?:U\.S\.|\p{Lu}\p{Ll}+(?:an|ese|ish|i))[ \u00A0]+)?(?:(?:deputy|former|White[ \u00A0]+House)[ \u00A0]+)*(?:\p{Lu}\p{Ll}+[ \u00A0]+){0,2}(?:" + RoleWords + @")(?:[ \u00A0]+of[ \u00A0]+(?!State\b)\p{Lu}[\w.]*)?[ \u00A0]+)?(?<name>(?:Mc|Mac)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}{2,})?(?:[ \u00A0]+(?:\p{Lu}\.|(?:Mc|Mac)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}{2,})?)){0,3})(?!\p{Ll})")]
    private static partial Regex TitledOrFullName();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)){0,3}$")]
    private static partial Regex CleanName();

    [GeneratedRegex(@"(?:Mc|Mac)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}{2,})?(?!\p{Ll})")]
    private static partial Regex CapitalWord();

    [GeneratedRegex(@"\b[Tt]he[ \u00A0]+(?:(?:U\.S\.|\p{Lu}\p{Ll}+(?:an|ese|ish))[ \u00A0]+)?(?<role>foreign[ \u00A0]+minister|president|secretary[ \u00A0]+of[ \u00A0]+state|prime[ \u00A0]+minister|national[ \u00A0]+security[ \u00A0]+advis[eo]r|chancellor)\b(?![ \u00A0]+\p{Lu})")]
    private static partial Regex RoleDescriptor();

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:" + RoleWords + @")\b")]
    private static partial Regex RoleHead();
}
