using System.Collections.Frozen;

namespace Corpus.Text.Speakers;

/// <summary>
/// A described subject that names a body speaking as one: a party's members ("House Republicans", "some Democrats") or
/// the staff of a named organisation ("State Department officials", "Clinton campaign aides", "the Obama administration").
/// It becomes an organisation speaker named by its proper part ("House Republicans", "State Department", "Clinton
/// campaign"), with the staff noun as its role: what an analyst lists and searches by. A description with no proper
/// part ("officials", "critics", "local shop owners", "Trump aides") names no one a speaker list could hold, and stays
/// without a speaker.
/// </summary>
public static class GroupSource
{
    /// <summary>Plural nouns for a party's or movement's members, written capitalised.</summary>
    private static readonly FrozenSet<string> Members = new[]
    {
        "Democrats", "Republicans", "Conservatives", "Liberals", "Progressives", "Libertarians", "Independents", "Tories",
        "Socialists", "Evangelicals",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case plural nouns for the people who speak for an organisation.</summary>
    private static readonly FrozenSet<string> Staff = new[]
    {
        "officials", "aides", "advisers", "advisors", "spokesmen", "spokespeople", "spokeswomen", "staffers", "staff", "lawyers",
        "attorneys", "leaders", "representatives", "officers", "members", "strategists", "operatives", "investigators",
        "prosecutors", "sources", "executives", "negotiators", "diplomats",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case nouns that end an organisation's name after capitalised words: "Clinton campaign", "Obama administration".</summary>
    private static readonly FrozenSet<string> OrganisationHeads = new[]
    {
        "campaign", "administration", "government",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Institutions named by one proper noun.</summary>
    private static readonly FrozenSet<string> Institutions = new[] { "Pentagon", "Congress", "Senate", "Kremlin", "Vatican" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Determiners and quantifiers, capitalised or not, that open a group's description.</summary>
    private static readonly FrozenSet<string> Openers = new[]
    {
        "the", "a", "an", "some", "many", "most", "several", "other", "few", "both", "all", "two", "three", "four", "dozens",
        "senior", "top", "former", "current", "leading", "prominent", "key", "longtime", "veteran", "fellow",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word can end a group's description: a party's members, a staff noun or an organisation noun.</summary>
    public static bool IsHead(string word) => Members.Contains(word) || Staff.Contains(word) || OrganisationHeads.Contains(word);

    /// <summary>Whether a word may stand before a group's proper part: a determiner, a quantifier, "senior", "top".</summary>
    public static bool MayDescribe(ReadOnlySpan<char> word) => Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The group a subject's words name, or null. Leading determiners and "senior", "top" are passed over; any other lower-case word makes it no group.</summary>
    public static Mention? Parse(IReadOnlyList<string> words)
    {
        var first = 0;
        while (first < words.Count && Openers.Contains(words[first]))
        {
            first++;
        }
        if (first >= words.Count)
        {
            return null;
        }
        var last = words.Count - 1;
        var head = words[last];
        if (Members.Contains(head))
        {
            return AllCapitalised(words, first, last) ? new Mention(Join(words, first, last), MentionForm.Organization, []) : null;
        }
        if (Staff.Contains(head) && last > first)
        {
            return Organisation(words, first, last - 1) is { } name ? new Mention(name, MentionForm.Organization, [head]) : null;
        }
        return Organisation(words, first, last) is { } whole ? new Mention(whole, MentionForm.Organization, []) : null;
    }

    /// <summary>The name when words first..last name an organisation: capitalised words ending in an organisation word, or an acronym.</summary>
    private static string? Organisation(IReadOnlyList<string> words, int first, int last)
    {
        var end = words[last];
        if (OrganisationHeads.Contains(end))
        {
            return last > first && AllCapitalised(words, first, last - 1) ? Join(words, first, last) : null;
        }
        if (!AllCapitalised(words, first, last))
        {
            return null;
        }
        if (last == first)
        {
            // "Administration officials", "Police officials" open a sentence capitalised: one word names an institution only as an acronym or a proper noun.
            return IsAcronym(end) || Institutions.Contains(end) ? end : null;
        }
        return MentionParser.IsOrganizationWord(end) ? Join(words, first, last) : null;
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 5 && word.All(char.IsUpper);

    private static bool AllCapitalised(IReadOnlyList<string> words, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (words[i].Length < 2 || !char.IsUpper(words[i][0]) || words[i].EndsWith("’s", StringComparison.Ordinal) || words[i].EndsWith("'s", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static string Join(IReadOnlyList<string> words, int first, int last) => string.Join(' ', words.Skip(first).Take(last - first + 1));
}
