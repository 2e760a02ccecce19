using System.Collections.Concurrent;

namespace Grader.Run;

/// <summary>A fixed number of worker processes, started on demand;
/// a dead or killed worker is replaced on next use.</summary>
public sealed class WorkerPool(int size, int memoryLimitMb, WorkerLaunch launch) : IDisposable
{
    readonly ConcurrentBag<WorkerProcess> idle = [];
    readonly SemaphoreSlim slots = new(size, size);
    readonly HashSet<WorkerProcess> started = []; // busy or idle; guarded by itself
    bool stopped;

    public int Size => size;

    public WorkerLease Rent()
    {
        slots.Wait();
        // By construction: a worker takes the next submission only once nothing of the last one can still run in it.
        if (!idle.TryTake(out var worker) || worker.ProveIdle()) return new WorkerLease(this, worker);
        worker.Dispose();
        return new WorkerLease(this, null);
    }

    internal WorkerProcess Start()
    {
        lock (started) if (stopped) throw new OperationCanceledException("the batch was stopped");
        var worker = WorkerProcess.Start(launch, memoryLimitMb);
        lock (started) if (!stopped) { started.Add(worker); return worker; }
        worker.Dispose();
        throw new OperationCanceledException("the batch was stopped");
    }

    /// <summary>Kills every worker, busy or idle, and starts no more: the batch was interrupted.</summary>
    public void Stop()
    {
        lock (started)
        {
            stopped = true;
            foreach (var worker in started) worker.Abandon();
        }
    }

    internal void Return(WorkerProcess? worker)
    {
        try
        {
            if (worker is { IsAlive: true }) idle.Add(worker);
            else if (worker is not null) Retire(worker);
        }
        finally
        {
            slots.Release(); // whatever happened to the worker, the slot is free again
        }
    }

    internal void Retire(WorkerProcess worker)
    {
        lock (started) started.Remove(worker);
        worker.Dispose();
    }

    public void Dispose()
    {
        while (idle.TryTake(out var worker)) worker.Dispose();
    }
}

/// <summary>Exclusive use of one worker slot for one submission; replaces the process whenever it has died.</summary>
public sealed class WorkerLease(WorkerPool pool, WorkerProcess? worker) : IDisposable
{
    /// <summary>A live worker, started afresh if the previous one was killed. Fresh means nothing is loaded.</summary>
    public (WorkerProcess Worker, bool Fresh) Current()
    {
        if (worker is { IsAlive: true }) return (worker, false);
        if (worker is not null) pool.Retire(worker);
        worker = null; // if starting fails, nothing dead is handed back to the pool
        worker = pool.Start();
        return (worker, true);
    }

    /// <summary>The live worker, if there is one: never starts a new process.</summary>
    public WorkerProcess? Alive => worker is { IsAlive: true } ? worker : null;

    public void Dispose() => pool.Return(worker);
}
