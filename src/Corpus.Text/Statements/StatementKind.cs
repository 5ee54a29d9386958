namespace Corpus.Text.Statements;

public enum StatementKind
{
    Direct,
    Indirect,
    Partial,
}
