using System.Diagnostics;

namespace Grader.Run;

/// <summary>
/// How to start `grader worker`: through the same dotnet host that runs us, on grader.dll, so it works from the
/// apphost, from `dotnet grader.dll` and from a test runner alike.
/// </summary>
public sealed record WorkerLaunch(string Host, IReadOnlyList<string> Arguments, string AppDirectory)
{
    public static WorkerLaunch Default()
    {
        var graderDll = typeof(WorkerHost).Assembly.Location;
        var current = Environment.ProcessPath ?? "dotnet";
        var host = Path.GetFileNameWithoutExtension(current) == "dotnet" ? current
                 : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath ? hostPath
                 : "dotnet";
        return new WorkerLaunch(host, [graderDll, "worker"], Path.GetDirectoryName(graderDll)!);
    }

    public ProcessStartInfo StartInfo()
    {
        var info = new ProcessStartInfo(Host);
        foreach (var argument in Arguments) info.ArgumentList.Add(argument);
        return info;
    }
}
