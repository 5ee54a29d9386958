using System.Globalization;
using System.Text.RegularExpressions;

namespace Corpus.Text.Cleaning.Metadata;

/// <summary>Dates as pages write them: ISO 8601 in tags, "December 10, 2019", "Dec. 10, 2019", "10 December 2019" in text.</summary>
internal static partial class DateParsing
{
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var iso = IsoDate().Match(value);
        if (iso.Success)
        {
            return Build(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }
        return FindInText(value);
    }

    /// <summary>The first written-out date in a line of text.</summary>
    public static DateOnly? FindInText(string text)
    {
        var monthFirst = MonthFirst().Match(text);
        if (monthFirst.Success)
        {
            return BuildNamed(monthFirst.Groups["y"].Value, monthFirst.Groups["mon"].Value, monthFirst.Groups["d"].Value);
        }
        var dayFirst = DayFirst().Match(text);
        if (dayFirst.Success)
        {
            return BuildNamed(dayFirst.Groups["y"].Value, dayFirst.Groups["mon"].Value, dayFirst.Groups["d"].Value);
        }
        var slashed = Slashed().Match(text);
        return slashed.Success ? Build(slashed.Groups["y"].Value, slashed.Groups["m"].Value, slashed.Groups["d"].Value) : null;
    }

    private static DateOnly? BuildNamed(string year, string month, string day)
    {
        var index = Array.FindIndex(MonthPrefixes, p => month.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : Build(year, (index + 1).ToString(CultureInfo.InvariantCulture), day);
    }

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static DateOnly? Build(string year, string month, string day)
    {
        if (int.TryParse(year, CultureInfo.InvariantCulture, out var y) && int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(day, CultureInfo.InvariantCulture, out var d) && y is >= 1900 and <= 2100 && m is >= 1 and <= 12
            && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }
        return null;
    }

    private const string MonthName = @"(?<mon>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)";

    [GeneratedRegex(@"\b(?<y>(19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @",?\s+(?<y>(19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?<y>(19|20)\d\d)/(?<m>\d\d)/(?<d>\d\d)\b")]
    private static partial Regex Slashed();
}
