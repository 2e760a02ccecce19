using System.Diagnostics;
using System.Text;
using Grader.Compile;

namespace Grader.Run;

/// <summary>
/// The parent's handle on one worker process. Every request waits at most its time limit; a worker that overruns is
/// killed, one that dies is reported with what it said on stderr (a stack overflow kills the process). After either,
/// IsAlive is false and the pool starts a fresh one.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    readonly Process process;
    readonly BinaryWriter input;
    readonly BinaryReader output;
    readonly StringBuilder stderrTail = new();
    readonly int memoryLimitMb;
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
        var idle = Send(writer => writer.Write(Protocol.Quiesce), QuiesceLimitMs) is Returned;
        if (!idle) Kill();
        return provenIdle = idle;
    }

    // The worker's own grace (Quiescence) plus unloading the script; generous, as it is never on a case's clock.
    const int QuiesceLimitMs = 5_000;

    /// <summary>The process the parent started (the sandbox's, when there is one; the worker is its descendant).</summary>
    internal int ProcessId => process.Id;

    /// <summary>False once killed, or once the process has ended on its own (a crash while idle).</summary>

    public bool IsAlive => alive && !disposed && !process.HasExited;

    WorkerProcess(Process process, int memoryLimitMb, string scratch)
    {
        this.process = process;
        this.memoryLimitMb = memoryLimitMb;
        this.scratch = scratch;
        // Buffered both ways: a message is one write and one wake-up of the other side, not one per field.
        input = new BinaryWriter(new BufferedStream(process.StandardInput.BaseStream, 1 << 16));
        output = new BinaryReader(new BufferedStream(process.StandardOutput.BaseStream, 1 << 16));
        process.ErrorDataReceived += (_, e) => { lock (stderrTail) if (e.Data is not null && stderrTail.Length < 2000) stderrTail.AppendLine(e.Data); };
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
            // A hard heap cap turns a memory hog into an OutOfMemoryException inside the worker instead of a starved machine.
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
        var worker = new WorkerProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start a worker"), memoryLimitMb, scratch);
        if (worker.ReadReady() is false)
        {
            worker.Dispose();
            throw new InvalidOperationException($"a worker did not start: {worker.StderrText().Trim()}");
        }
        return worker;
    }

    const int StartTimeoutMs = 60_000;

    // The worker's first byte, read on this thread under the same kill timer as every reply.
    bool ReadReady()
    {
        using var timer = new Timer(_ => Kill(), null, StartTimeoutMs, Timeout.Infinite);
        try { return output.ReadByte() == Protocol.Ready; }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException) { return false; }
    }

    string StderrText()
    {
        lock (stderrTail) return stderrTail.ToString();
    }

    /// <summary>Sends one request and reads its reply; <paramref name="lines"/> names the student's line of an exception.</summary>
    public RunOutcome Send(Action<BinaryWriter> request, int timeLimitMs, SourceLines? lines = null) => Write(request) ? Read(timeLimitMs, lines) : Died();

    /// <summary>Sends one request; false when the worker is gone (Read then reports how it died).</summary>
    public bool Write(Action<BinaryWriter> request)
    {
        if (!IsAlive) return false;
        provenIdle = false;
        try
        {
            request(input);
            input.Flush();
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The next reply, waiting at most the time limit; a worker that overruns is killed.</summary>
    public RunOutcome Read(int timeLimitMs, SourceLines? lines = null)
    {
        if (!IsAlive) return Died();
        // Read on this thread; a timer kills the worker at the limit, which ends the read. No thread-pool hop per case.
        int expired = 0;
        RunOutcome? reply;
        IReadOnlyList<CodeOffset> frames = [];
        using (new Timer(_ => { if (Interlocked.Exchange(ref expired, 1) == 0) Kill(); }, null, timeLimitMs, Timeout.Infinite))
            reply = ReadReply(out frames);
        if (Interlocked.Exchange(ref expired, 1) == 1) return new TimedOut(timeLimitMs);
        // Finding the line may compile the script again: never on the case's clock.
        if (reply is Threw threw && lines is not null) reply = threw with { Line = lines.LineOf(frames) };
        return reply ?? Died();
    }

    /// <summary>Stops a worker whose replies will not be read (its answers would be mistaken for the next request's).</summary>
    public void Abandon() => Kill();

    // A Threw reply's line is left for the caller to find; `frames` says where in the script it was thrown.
    RunOutcome? ReadReply(out IReadOnlyList<CodeOffset> frames)
    {
        frames = [];
        try
        {
            var kind = output.ReadByte();
            if (kind == Protocol.Threw)
            {
                var (type, message) = (Field(), Field());
                frames = Frames(Field());
                return new Threw(type, message, null, Field());
            }
            return kind switch
            {
                Protocol.Ok => new Returned(Newtonsoft.Json.Linq.JValue.CreateNull(), Field()),
                Protocol.Returned => new Returned(Newtonsoft.Json.Linq.JToken.Parse(Field()), Field()) { Modified = Positions(Field()) },
                Protocol.MemoryExceeded => output.ReadBoolean() ? new MemoryExceeded(memoryLimitMb) : MarkDead(new MemoryExceeded(memoryLimitMb)),
                Protocol.StackOverflow => new Crashed(StackOverflow),
                Protocol.Dirty => MarkDead(new Crashed("work the submission queued was still running")),
                var other => MarkDead(new Crashed($"the worker answered nonsense ({other})")),
            };
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException)
        {
            return null;
        }
        catch (InvalidDataException e)
        {
            return MarkDead(new Crashed(e.Message));
        }
    }

    /// <summary>A reply larger than this is refused: one submission must not exhaust the grader's memory.</summary>
    const int MaxField = 16 << 20;

    // BinaryReader.ReadString, with the length checked before anything is allocated.
    string Field()
    {
        int length = output.Read7BitEncodedInt();
        if (length < 0 || length > MaxField) throw new InvalidDataException($"the answer is too large ({length / 1048576} MB; the limit is {MaxField >> 20} MB)");
        return System.Text.Encoding.UTF8.GetString(output.ReadBytes(length));
    }

    // "0,2", as the worker writes the positions of changed arguments.
    static List<int> Positions(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, out var i) ? i : -1).Where(i => i >= 0).ToList();

    // "token:offset;…", as the worker writes a stack's frames in the script.
    static List<CodeOffset> Frames(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(frame => frame.Split(':'))
            .Where(parts => parts.Length == 2 && int.TryParse(parts[0], out _) && int.TryParse(parts[1], out _))
            .Select(parts => new CodeOffset(int.Parse(parts[0]), int.Parse(parts[1]))).ToList();

    const string StackOverflow = "stack overflow (infinite recursion?)";

    RunOutcome MarkDead(RunOutcome outcome)
    {
        Kill();
        return outcome;
    }

    RunOutcome Died()
    {
        // The parameterless wait also drains the asynchronous stderr reader, which holds the runtime's last words.
        if (process.WaitForExit(2000)) process.WaitForExit();
        Kill();
        var said = StderrText();
        if (said.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)) return new Crashed(StackOverflow);
        if (said.Contains("OutOfMemory", StringComparison.Ordinal)) return new MemoryExceeded(memoryLimitMb);
        var code = process.HasExited ? $" with exit code {process.ExitCode}" : "";
        var firstLine = said.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        return new Crashed($"the process died{code}{(firstLine is null ? "" : ": " + firstLine)}");
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
        try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
