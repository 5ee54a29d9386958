using System.Data.Common;

namespace Corpus.Storage;

/// <summary>
/// The connection one committer of <see cref="StoreWriter"/> keeps from one transaction to the next, so that what the
/// store caches per connection outlives a commit. A transaction that fails closes it: the next one opens a fresh one,
/// so a connection broken by a restarted server or a lost file handle is not used twice.
/// </summary>
internal sealed class WriterConnection(ICorpusStore store) : IAsyncDisposable
{
    private DbConnection? _connection;

    public async Task RunAsync(Func<StoreTransaction, Task> transaction)
    {
        _connection ??= await store.OpenWriterAsync(CancellationToken.None);
        try
        {
            await using var tx = await store.BeginAsync(_connection, Durability.Redoable, CancellationToken.None);
            await transaction(tx);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }
}
