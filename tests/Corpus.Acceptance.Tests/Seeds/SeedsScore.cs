using System.Text;

namespace Corpus.Acceptance.Tests.Seeds;

/// <summary>One line of the seeds score: how many of a kind of check passed, and which failed.</summary>
public sealed record ScoreLine(string Name, int Passed, int Total, List<string> Failures)
{
    public double Ratio => Total == 0 ? 1 : (double)Passed / Total;
}

public sealed class SeedsScore
{
    private readonly Dictionary<string, ScoreLine> _lines = new(StringComparer.Ordinal);

    public ScoreLine this[string name] => _lines[name];

    public void Check(string name, bool passed, string what)
    {
        if (!_lines.TryGetValue(name, out var line))
        {
            _lines[name] = line = new ScoreLine(name, 0, 0, []);
        }
        _lines[name] = line with { Passed = line.Passed + (passed ? 1 : 0), Total = line.Total + 1 };
        if (!passed)
        {
            line.Failures.Add(what);
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder("Seeds gold score\n");
        foreach (var line in _lines.Values)
        {
            sb.AppendLine($"  {line.Name,-22} {line.Passed,3} / {line.Total,-3} ({line.Ratio:P0})");
        }
        foreach (var line in _lines.Values.Where(l => l.Failures.Count > 0))
        {
            sb.AppendLine($"  {line.Name} misses:");
            foreach (var failure in line.Failures)
            {
                sb.AppendLine($"    - {failure}");
            }
        }
        return sb.ToString();
    }
}
