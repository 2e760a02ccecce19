using System.Diagnostics;
using System.Text;
using Grader.Run.Wire;

namespace Grader.Run;

/// <summary>
/// The parent's handle on one worker process, transport only: it writes requests and reads replies with WireCodec.
/// Every reply is waited for at most its time limit; a worker that overruns is killed, one that dies is reported by its
/// exit status (WorkerExit: a stack overflow kills the process), with its stderr's first line as text. After either,
/// IsAlive is false and the pool starts a fresh one.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    readonly Process process;
    readonly BinaryWriter input;
    readonly BinaryReader output;
    readonly StringBuilder stderrTail = new();
    readonly string scratch;

    bool alive = true;
    bool disposed;
    bool provenIdle = true; // a fresh worker has run nothing

    /// <summary>True when the process ended by itself while no request was waiting for a reply.</summary>
    public bool ExitedUnasked => alive && !disposed && process.HasExited;

    /// <summary>
    /// True once the worker has shown that nothing of the last submission can still run (see Quiescence); a worker
    /// that cannot is stopped. Asks only when a request was sent since the worker last showed it.
    /// </summary>
    public bool ProveIdle()
    {
        if (!IsAlive) return false;
        if (provenIdle) return true;
        var idle = Ask(new Request.Quiesce(), QuiesceLimitMs) is Heard.Said { Reply: Reply.Idle };
        if (!idle) Kill();
        return provenIdle = idle;
    }

    // The worker's own grace (Quiescence) plus unloading the script; generous, as it is never on a case's clock.
    const int QuiesceLimitMs = 5_000;

    /// <summary>
    /// The process the parent started (the sandbox's, when there is one; the worker is its descendant).
    /// </summary>
    internal int ProcessId => process.Id;

    /// <summary>False once killed, or once the process has ended on its own (a crash while idle).</summary>

    public bool IsAlive => alive && !disposed && !process.HasExited;

    /// <summary>The heap cap the worker runs under: what a MemoryExceeded reply is measured against.</summary>
    public int MemoryLimitMb { get; }

    WorkerProcess(Process process, int memoryLimitMb, string scratch)
    {
        this.process = process;
        MemoryLimitMb = memoryLimitMb;
        this.scratch = scratch;
        // Buffered both ways: a message is one write and one wake-up of the other side, not one per field.
        input = new BinaryWriter(new BufferedStream(process.StandardInput.BaseStream, 1 << 16));
        output = new BinaryReader(new BufferedStream(process.StandardOutput.BaseStream, 1 << 16));
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderrTail)
                if (e.Data is not null && stderrTail.Length < 2000) stderrTail.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
    }

    readonly Dictionary<object, int> caseNumbers = new(ReferenceEqualityComparer.Instance);

    /// <summary>This process's number for a case, and whether its arguments were already sent to it.</summary>
    public (int Number, bool Sent) CaseNumber(object graded)
    {
        if (caseNumbers.TryGetValue(graded, out var number)) return (number, true);
        caseNumbers[graded] = number = caseNumbers.Count;
        return (number, false);
    }

    public static WorkerProcess Start(WorkerLaunch launch, int memoryLimitMb)
    {
        var scratch = Directory.CreateTempSubdirectory("grader-worker-").FullName;
        var environment = new Dictionary<string, string>
        {
            // A hard heap cap turns a memory hog into an OutOfMemoryException inside the worker instead of a starved
            // machine.
            ["DOTNET_GCHeapHardLimit"] = "0x" + ((long)memoryLimitMb << 20).ToString("X"),
            ["DOTNET_gcServer"] = "0",
            // A worker lives for tens of submissions: rejitting its own hot paths costs more than they would ever save
            // (measured: 7-10% of the workers' CPU). Student code is debug code, never tiered either way.
            ["DOTNET_TieredCompilation"] = "0",
            // Every submission brings fresh code to JIT; W^X double mapping makes each of those methods dearer.
            ["DOTNET_EnableWriteXorExecute"] = "0",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        var info = Sandbox.Unavailable is null ? Sandbox.Wrap(launch, scratch, environment) : launch.StartInfo();
        foreach (var (name, value) in environment) info.Environment[name] = value;
        info.WorkingDirectory = scratch;
        info.RedirectStandardInput = info.RedirectStandardOutput = info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start a worker");
        var worker = new WorkerProcess(process, memoryLimitMb, scratch);
        if (worker.ReadReady() is false)
        {
            worker.Dispose();
            throw new InvalidOperationException($"a worker did not start: {worker.StderrText().Trim()}");
        }
        return worker;
    }

    const int StartTimeoutMs = 60_000;

    // The worker's first reply, read on this thread under the same kill timer as every other.
    bool ReadReady()
    {
        using var timer = new Timer(_ => Kill(), null, StartTimeoutMs, Timeout.Infinite);
        return WireCodec.ReadReply(output) is Decoded<Reply>.Message { Value: Reply.Ready };
    }

    string StderrText()
    {
        lock (stderrTail) return stderrTail.ToString();
    }

    /// <summary>Sends one request and reads its (first) reply.</summary>
    public Heard Ask(Request request, int timeLimitMs) => Write(request) ? Read(timeLimitMs) : new Heard.Lost(Died());

    /// <summary>Sends one request; false when the worker is gone (Read then reports how it died).</summary>
    public bool Write(Request request)
    {
        if (!IsAlive) return false;
        provenIdle = false;
        try
        {
            WireCodec.Write(input, request);
            input.Flush();
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The next reply, waiting at most the time limit; a worker that overruns is killed.</summary>
    public Heard Read(int timeLimitMs)
    {
        if (!IsAlive) return new Heard.Lost(Died());
        // Read on this thread; a timer kills the worker at the limit, which ends the read. No thread-pool hop per case.
        int expired = 0;
        Decoded<Reply> decoded;
        void Expire(object? _)
        {
            if (Interlocked.Exchange(ref expired, 1) == 0) Kill();
        }
        using (new Timer(Expire, null, timeLimitMs, Timeout.Infinite))
            decoded = WireCodec.ReadReply(output);
        if (Interlocked.Exchange(ref expired, 1) == 1) return new Heard.Lost(new TimedOut(timeLimitMs));
        return decoded.Match<Heard>(
            message: reply => new Heard.Said(reply),
            ended: () => new Heard.Lost(Died()),
            truncated: () => new Heard.Lost(Died()),
            malformed: reason => new Heard.Lost(Stop(new Crashed(reason))));
    }

    /// <summary>
    /// Stops a worker whose replies will not be read (its answers would be mistaken for the next request's).
    /// </summary>
    public void Abandon() => Kill();

    /// <summary>Stops the worker, with what that means for the case it was running.</summary>
    public RunOutcome Stop(RunOutcome outcome)
    {
        Kill();
        return outcome;
    }

    /// <summary>What a worker that died of runaway recursion reports.</summary>
    public const string StackOverflow = "stack overflow (infinite recursion?)";

    // How the worker died, from its exit status (WorkerExit) alone. What it said on stderr is shown, never parsed.
    RunOutcome Died()
    {
        // The parameterless wait also drains the asynchronous stderr reader, which holds the runtime's last words.
        if (process.WaitForExit(2000)) process.WaitForExit();
        Kill();
        var said = StderrText().Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        var words = said is null ? "" : ": " + said;
        if (!process.HasExited) return new Crashed($"the process died{words}");
        return (WorkerExit)process.ExitCode switch
        {
            WorkerExit.Aborted => new Crashed(StackOverflow),
            WorkerExit.OutOfMemory => new MemoryExceeded(MemoryLimitMb),
            WorkerExit.Unhandled => new Crashed($"an exception outside the case ended the process{words}"),
            // Exit codes are open (a signal, the sandbox's own failure): any other is named as it is.
            var other => new Crashed($"the process died with exit code {(int)other}{words}"),
        };
    }

    void Kill()
    {
        alive = false;
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        Kill();
        process.WaitForExit(2000);
        process.Dispose();
        try { Directory.Delete(scratch, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
