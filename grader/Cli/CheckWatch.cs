using System.Diagnostics;

namespace Grader.Cli;

/// <summary>
/// `check --watch`: checks again every time the student saves. The process stays up, so Roslyn and the JIT stay warm
/// and a re-check costs the compile and the run, not the tool's start; each check says how long it took.
/// </summary>
public static class CheckWatch
{
    /// <summary>Runs <paramref name="check"/> now and after every change to <paramref name="path"/> (a file, or a
    /// folder's files) until <paramref name="stop"/>; exit code 130, as a shell reports Ctrl+C.</summary>
    public static async Task<int> Run(string path, Func<Task<int>> check, CancellationToken stop)
    {
        var full = Path.GetFullPath(path);
        bool folder = Directory.Exists(full);
        var (directory, filter) = folder ? (full, "*") : (Path.GetDirectoryName(full)!, Path.GetFileName(full));
        using var watcher = new FileSystemWatcher(directory, filter)
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
        };
        using var changed = new SemaphoreSlim(0);
        void Saved(object? sender, FileSystemEventArgs e) => changed.Release();
        watcher.Changed += Saved;
        watcher.Created += Saved;
        watcher.Renamed += Saved;
        watcher.EnableRaisingEvents = true;
        try
        {
            for (bool first = true; ; first = false)
            {
                var clock = Stopwatch.StartNew();
                await check();
                Console.WriteLine($"{(first ? "checked" : "re-checked")} in {clock.Elapsed.TotalSeconds:0.00} s; "
                                  + "checking again on every save (Ctrl+C stops)");
                await changed.WaitAsync(stop);
                // An editor saves in a burst (truncate, write, rename): check once, after the last.
                while (await changed.WaitAsync(100, stop)) { }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 130;
        }
    }
}
