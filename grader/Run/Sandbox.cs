using System.Diagnostics;

namespace Grader.Run;

/// <summary>
/// The OS sandbox around workers: bubblewrap (Debian package `bubblewrap`) when it is installed and works here. Inside,
/// the system is read-only, only what the worker needs is visible (not the assignments, not the submissions, not home
/// folders), /tmp is a small private tmpfs, the worker's own scratch folder is the only other writable place, every
/// namespace is unshared (so there is no network), and the environment is cleared.
/// </summary>
public static class Sandbox
{
    static readonly Lazy<string?> Bwrap = new(Find);

    /// <summary>Why the sandbox is off, or null when workers run inside it.</summary>
    public static string? Unavailable =>
        Bwrap.Value is null ? "bubblewrap (bwrap) is not installed or cannot create namespaces here" : null;

    public static ProcessStartInfo Wrap(WorkerLaunch launch, string scratch,
                                        IReadOnlyDictionary<string, string> environment)
    {
        var inner = launch.StartInfo();
        var info = new ProcessStartInfo(Bwrap.Value!);
        var args = info.ArgumentList;
        // Mounts apply in order: the private /tmp first, so a grader
        // or scratch folder under /tmp is bound on top of it.
        Add(args, "--proc", "/proc", "--dev", "/dev", "--size", (64 << 20).ToString(), "--tmpfs", "/tmp");
        foreach (var system in new[] { "/usr", "/lib", "/lib64", "/bin", "/etc" })
            Add(args, "--ro-bind-try", system, system);
        foreach (var dir in new[] { HostDirectory(inner.FileName), launch.AppDirectory }.Distinct())
            Add(args, "--ro-bind", dir, dir);
        Add(args, "--bind", scratch, scratch);
        Add(args, "--unshare-all", "--die-with-parent", "--new-session", "--clearenv", "--chdir", scratch);
        foreach (var (name, value) in environment.Append(new("HOME", scratch))) Add(args, "--setenv", name, value);
        args.Add("--");
        args.Add(inner.FileName);
        foreach (var argument in inner.ArgumentList) args.Add(argument);
        return info;
    }

    static void Add(IList<string> args, params string[] items)
    {
        foreach (var item in items) args.Add(item);
    }

    // The dotnet host may be a link into its install folder; the whole folder must be visible.
    static string HostDirectory(string host)
    {
        var path = host.Contains('/') ? host : OnPath(host) ?? host;
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        return Path.GetDirectoryName(target)!;
    }

    // The first file of that name in a folder on PATH, as a shell would find the command.
    static string? OnPath(string name) =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);

    // Found on PATH and able to start a process in fresh namespaces (some containers forbid it).
    static string? Find()
    {
        if (Environment.GetEnvironmentVariable("GRADER_NO_SANDBOX") == "1") return null;
        var bwrap = OnPath("bwrap");
        if (bwrap is null) return null;
        try
        {
            var probe = new ProcessStartInfo(bwrap) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { "--ro-bind", "/", "/", "--unshare-all", "--", "/bin/true" })
                probe.ArgumentList.Add(arg);
            using var process = Process.Start(probe)!;
            return process.WaitForExit(10_000) && process.ExitCode == 0 ? bwrap : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
