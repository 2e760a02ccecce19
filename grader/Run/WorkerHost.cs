using System.Diagnostics;
using System.Reflection;
using Grader.Values;
using Newtonsoft.Json.Linq;

namespace Grader.Run;

/// <summary>
/// The loop inside a worker process (`grader worker`): loads one submission at a time (WorkerSession) and runs the calls
/// the parent sends, with the arguments it keeps (CaseArguments). Student output goes to a bounded buffer, never to the
/// protocol stream. Runs no timer of its own: the parent owns the clock and kills the process.
/// </summary>
public static class WorkerHost
{
    /// <summary>Stack of the thread that runs the student's code: 1 MB, as on Windows.</summary>
    public const int StackBytes = 1 << 20;

    // Not on the 8 MB main stack: runaway recursion reaches the stack check, and unwinds, eight times sooner.
    public static int Run()
    {
        // Reflection would emit and compile an invoke stub for every method of every submission after its second call:
        // more compiling than the student's own code takes. Set before any call through reflection: it is read once.
        AppContext.SetSwitch("Switch.System.Reflection.ForceInterpretedInvoke", true);
        int exit = 0;
        var serve = new Thread(() => exit = Serve(), StackBytes) { Name = "cases" };
        serve.Start();
        serve.Join();
        return exit;
    }

    static int Serve()
    {
        // Buffered both ways: a message is one write and one wake-up of the other side, not one per field.
        var (requests, replies) = ProtocolChannel.Take();
        using var input = new BinaryReader(new BufferedStream(requests, 1 << 16));
        using var output = new BinaryWriter(new BufferedStream(replies, 1 << 16));
        var captured = new BoundedWriter(Protocol.OutputLimit);
        Console.SetOut(captured);
        Console.SetError(captured);
        Console.SetIn(TextReader.Null);
        var session = new WorkerSession();
        var cases = new CaseArguments();
        JsonValues.ToJson(JsonValues.ToObject(JArray.Parse("[[1.5]]"), typeof(double[,]))); // warm the JIT before saying Ready
        Reply(output, Protocol.Ready);
        while (true)
        {
            byte kind;
            try { kind = input.ReadByte(); }
            catch (EndOfStreamException) { return 0; }
            captured.Reset();
            ResetThreadState();
            try
            {
                switch (kind)
                {
                    case Protocol.Load:
                        var image = input.ReadBytes(input.ReadInt32());
                        session.Load(image, input.ReadString());
                        Reply(output, Protocol.Ok, captured.Text);
                        break;
                    case Protocol.CallMany:
                        if (!CallMany(input, output, captured, session, cases)) return 3;
                        break;
                    case Protocol.Quiesce:
                        session.Unload();
                        ResetSharedState();
                        bool idle = Quiescence.Settle(QuiesceGraceMs) && Quiescence.HeapIsBack();
                        Reply(output, idle ? Protocol.Ok : Protocol.Dirty, "");
                        if (!idle) return 4; // the pool's threads are background threads: they end with the process
                        break;
                    default:
                        return 2;
                }
            }
            catch (Exception e) when (OutOfMemory(e))
            {
                if (!replying) Reply(output, Protocol.MemoryExceeded, freed: false);
                return 3; // outside a case the memory may still be held: a fresh process is cheaper than trusting this one
            }
            catch (Exception e)
            {
                var error = Unwrap(e);
                Reply(output, Protocol.Threw, Cut(error.GetType().Name), Cut(error.Message), ScriptFrames(error, session.Assembly), captured.Text);
            }
        }
    }

    // The cases of one request, in a frame of their own: nothing they touched stays referenced from Serve's locals,
    // so the submission can be unloaded and released at Quiesce. False when the worker must exit.
    static bool CallMany(BinaryReader input, BinaryWriter output, BoundedWriter captured, WorkerSession session, CaseArguments cases)
    {
        var name = input.ReadString();
        var typeList = input.ReadString();
        var types = typeList.Split('|', StringSplitOptions.RemoveEmptyEntries);
        bool checkArguments = input.ReadBoolean();
        var calls = Enumerable.Range(0, input.ReadInt32()).Select(_ => cases.Read(input)).ToList();
        foreach (var call in calls)
        {
            var after = RunOne(output, captured, session.Assembly, () =>
            {
                object?[] passed = [];
                var value = session.Call(name, types, method => passed = cases.Arguments(call, typeList, method));
                return (value, checkArguments ? cases.Modified(call, typeList, passed) : "");
            });
            if (after == AfterCase.Exit) return false;
            if (after == AfterCase.DropRest) break;
        }
        return true;
    }

    enum AfterCase { Next, DropRest, Exit }

    // One case of a CallMany: its own reply whatever happens. A function that exhausted memory once would do it again
    // on every later case (seconds each), so the rest of the request is dropped; Exit when the heap stays exhausted.
    static AfterCase RunOne(BinaryWriter output, BoundedWriter captured, Assembly? script, Func<(string Value, string Modified)> call)
    {
        captured.Reset();
        try
        {
            var (value, modified) = call();
            Reply(output, Protocol.Returned, value, captured.Text, modified);
            return AfterCase.Next;
        }
        catch (Exception e) when (OutOfMemory(e))
        {
            // Half a reply already sent, or a type initialiser that failed for want of memory (broken for every later
            // submission): then the worker ends without another word, and the parent starts a fresh one.
            if (replying) return AfterCase.Exit;
            bool freed = Unwrap(e) is OutOfMemoryException && MemoryFreed();
            Reply(output, Protocol.MemoryExceeded, freed);
            return freed ? AfterCase.DropRest : AfterCase.Exit;
        }
        catch (Exception e) when (Unwrap(e) is InsufficientExecutionStackException)
        {
            Reply(output, Protocol.StackOverflow);
            return AfterCase.Next;
        }
        catch (Exception e)
        {
            var error = Unwrap(e);
            Reply(output, Protocol.Threw, Cut(error.GetType().Name), Cut(error.Message), ScriptFrames(error, script), captured.Text);
            return AfterCase.Next;
        }
    }

    // What a case allocated is garbage once its frames are gone, unless the script's own fields hold it. A worker that
    // gets its heap back is as good as new; a fresh process would cost a hundred times the case. Aggressive: the memory
    // goes back to the system too, or the collector stays in its low-memory mode and the next hog in this worker takes
    // 0.5-1.1 s instead of 20 ms to reach the cap (measured), long enough to be judged a time-out instead.
    static bool MemoryFreed()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var heap = GC.GetGCMemoryInfo();
        return heap.HeapSizeBytes < heap.TotalAvailableMemoryBytes / 4;
    }

    // A student's exception text goes into a report: a kilobyte says all there is to say.
    static string Cut(string text) => text.Length <= 1024 ? text : text[..1024] + "…";

    /// <summary>How long queued work may take to finish after a submission's last case before the worker is replaced.</summary>
    const int QuiesceGraceMs = 100;

    // Process-wide settings a submission may change and the next would inherit (through new pool threads).
    static void ResetSharedState()
    {
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = null;
        System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = null;
    }

    // Culture lives on the thread that runs every submission: a culture one submission sets must not reach the next.
    static void ResetThreadState()
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
    }

    // True while a reply is being written: a failure then must not start another one in the middle of it.
    static bool replying;

    static void Reply(BinaryWriter output, byte kind, bool freed)
    {
        replying = true;
        output.Write(kind);
        output.Write(freed);
        output.Flush();
        replying = false;
    }

    static void Reply(BinaryWriter output, byte kind, params string[] fields)
    {
        replying = true;
        output.Write(kind);
        foreach (var field in fields) output.Write(field);
        output.Flush();
        replying = false;
    }

    static bool OutOfMemory(Exception? e) => e is not null && (e is OutOfMemoryException || OutOfMemory(e.InnerException));

    static Exception Unwrap(Exception e) => e is TargetInvocationException { InnerException: { } inner } ? Unwrap(inner) : e is AggregateException { InnerException: { } first } ? Unwrap(first) : e;

    // The stack frames in the student's script, innermost first, as "token:offset;…": the parent, which has the
    // compilation, turns them into the student's line.
    static string ScriptFrames(Exception e, Assembly? script) =>
        string.Join(";", new StackTrace(e, false).GetFrames()
            .Where(f => script is not null && f.GetMethod()?.Module.Assembly == script && f.GetILOffset() != StackFrame.OFFSET_UNKNOWN)
            .Select(f => $"{f.GetMethod()!.MetadataToken}:{f.GetILOffset()}"));
}
