namespace Grader.Run;

/// <summary>
/// Inside a worker: whether anything a submission started can still run. Student code cannot name threads, timers or
/// schedulers, but a legal API can still queue work (a Progress&lt;T&gt; callback, the rest of an async void method,
/// a hand-written awaiter): all of it ends up as a thread-pool work item or a timer. So a worker whose pool has no
/// queued item and no busy thread, and which holds no more timers than when it started, has nothing of the last
/// submission left to run, whatever API queued it. A worker that cannot show that within the grace period is replaced.
/// </summary>
static class Quiescence
{
    static readonly long BaselineTimers = Timer.ActiveCount;

    /// <summary>Waits up to <paramref name="graceMs"/> for queued work to finish;
    /// true once the worker is idle.</summary>
    public static bool Settle(int graceMs)
    {
        if (Idle()) return true;
        var until = Environment.TickCount64 + graceMs;
        while (Environment.TickCount64 < until)
        {
            Thread.Sleep(1);
            if (Idle()) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the heap the next submission starts with is small: under a quarter of the worker's cap, after a full
    /// collection if it was not already. Whatever a submission left referenced from outside itself (a framework cache,
    /// a thread's slot) would otherwise eat into the next student's memory limit.
    /// </summary>
    public static bool HeapIsBack(long? limitBytes = null)
    {
        var limit = (limitBytes ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) / 4;
        if (GC.GetTotalMemory(forceFullCollection: false) < limit) return true;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true) < limit;
    }

    static bool Idle()
    {
        ThreadPool.GetMaxThreads(out int maxWorkers, out int maxIo);
        ThreadPool.GetAvailableThreads(out int freeWorkers, out int freeIo);
        return ThreadPool.PendingWorkItemCount == 0 && freeWorkers == maxWorkers && freeIo == maxIo
               && Timer.ActiveCount <= BaselineTimers;
    }
}
