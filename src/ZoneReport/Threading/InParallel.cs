using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace ZoneReport.Threading;

/// <summary>
/// Runs independent pieces of work on every core and hands back their results in the order of the
/// inputs, so whatever is built from them is the same from one build to the next, whatever the
/// thread timing was.
/// </summary>
public static class InParallel
{
    /// <summary>
    /// <paramref name="work"/> must not depend on the other items. It should record a file's
    /// <see cref="Diagnostics.BuildException"/> itself (ErrorCollector.Try) so every problem is
    /// reported, not only the first one to be thrown.
    /// </summary>
    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work)
    {
        var results = new TResult[items.Count];
        try
        {
            Parallel.For(0, items.Count, i => results[i] = work(items[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Throw what a plain loop would have thrown (a BuildException, an IOException), not the
            // wrapper, so callers and the CLI treat it the same way.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return results;
    }

    /// <summary>
    /// Runs <paramref name="work"/> for every item on <paramref name="threads"/> threads of its own,
    /// for work that mostly waits (on the file system) rather than computes: the thread pool would
    /// run only about one per core. Throws as a plain loop would.
    /// </summary>
    public static void ForEachOnThreads<TItem>(IReadOnlyCollection<TItem> items, int threads, Action<TItem> work)
    {
        var queue = new ConcurrentQueue<TItem>(items);
        var workers = Enumerable.Range(0, Math.Min(threads, items.Count))
            .Select(_ => Task.Factory.StartNew(() =>
            {
                while (queue.TryDequeue(out var item)) work(item);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
